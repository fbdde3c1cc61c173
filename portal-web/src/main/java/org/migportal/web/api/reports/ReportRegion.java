package org.migportal.web.api.reports;

import org.migportal.geography.entity.Region;

/** A region the caller may generate a regional report for. */
public record ReportRegion(String code, String name) {

    static ReportRegion of(Region region) {
        return new ReportRegion(region.getCode(), region.getName());
    }
}
