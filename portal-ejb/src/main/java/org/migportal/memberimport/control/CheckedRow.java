package org.migportal.memberimport.control;

import java.io.Serializable;
import org.migportal.memberimport.boundary.PreviewRow;

/** A row after its checks: how the preview shows it, and what to save if it has no problem. */
public record CheckedRow(PreviewRow preview, MemberDraft draft) implements Serializable {

    public boolean valid() {
        return preview.isValid();
    }
}
