package org.migportal.report.control;

import java.io.Serializable;

/**
 * Which archived reports a list shows: a type, only published ones, a country (ISO code), or any
 * when null. The caller's scope narrows it further.
 */
public record ArchiveFilter(ReportType type, Boolean published, String country) implements Serializable {

    public static final ArchiveFilter ALL = new ArchiveFilter(null, null, null);
}
