package org.migportal.report.control;

import java.io.Serializable;
import java.util.Set;

/**
 * The archived reports a caller may see: all (admin); those whose countries all lie in
 * {@code countries} (officers, regional managers; donors, published only); a secretary's forum reports.
 */
public record ArchiveScope(boolean everything, Set<String> countries, Set<String> forums, boolean publishedOnly) implements Serializable {

    public ArchiveScope {
        countries = Set.copyOf(countries);
        forums = Set.copyOf(forums);
    }
}
