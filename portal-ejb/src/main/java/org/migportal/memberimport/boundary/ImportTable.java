package org.migportal.memberimport.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * An import file as read: the columns it has, the headers that matched none (ignored, and shown
 * so), and its rows. The preview hands it back to {@link MemberImports#importValid}, which checks
 * every row again.
 */
public record ImportTable(String fileName, List<ImportColumn> columns, List<String> ignoredHeaders,
        List<ImportLine> lines) implements Serializable {

    public ImportTable {
        columns = List.copyOf(columns);
        ignoredHeaders = List.copyOf(ignoredHeaders);
        lines = List.copyOf(lines);
    }
}
