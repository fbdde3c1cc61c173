package org.migportal.memberimport.boundary;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** One row of an import file as written: its line (or spreadsheet row) number and its cells' text. */
public record ImportLine(int number, Map<ImportColumn, String> values) implements Serializable {

    public ImportLine {
        values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
    }

    /** The cell's text, stripped; {@code null} when empty or missing. */
    public String value(ImportColumn column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
