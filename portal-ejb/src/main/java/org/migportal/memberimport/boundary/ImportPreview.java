package org.migportal.memberimport.boundary;

import java.io.Serializable;
import java.util.List;

/** What an import would do: every row with its problems, and the table to import if the user goes on. */
public record ImportPreview(String countryIso, ImportTable table, List<PreviewRow> rows) implements Serializable {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long validRows() {
        return rows.stream().filter(PreviewRow::isValid).count();
    }

    public long invalidRows() {
        return rows.size() - validRows();
    }

    public long newActors() {
        return rows.stream().filter(PreviewRow::isValid).filter(PreviewRow::newActor)
                .map(row -> row.actorName().toLowerCase()).distinct().count();
    }
}
