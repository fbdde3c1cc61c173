package org.migportal.memberimport.boundary;

import java.io.Serializable;
import java.util.List;

/** What an import saved: members, the market actors it created and the forum seats; and the rows it left out. */
public record ImportResult(int members, int actorsCreated, int memberships, List<PreviewRow> skipped)
        implements Serializable {

    public ImportResult {
        skipped = List.copyOf(skipped);
    }
}
