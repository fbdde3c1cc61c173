package org.migportal.web.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migportal.report.boundary.Reports;
import org.migportal.report.control.ArchiveFilter;
import org.migportal.report.control.ArchivedReport;
import org.migportal.report.control.ReportType;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.BoundaryLazyModel;
import org.migportal.web.faces.CallerBacking;
import org.migportal.web.faces.Messages;

/**
 * The report archive, newest first, one page at a time: filtered by type and whether published;
 * staff who may publish a report publish it to the donors of its countries from here. A donor sees
 * the reports published to them (the same list, on their home page too).
 */
@Named
@ViewScoped
public class ListReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    @Inject
    CallerBacking caller;

    private ReportType type;
    private Boolean published;
    private BoundaryLazyModel<ArchivedReport> model;
    /** The boundary's answer per report shown, asked once per report rather than on every render. */
    private final Map<Long, Boolean> publishable = new HashMap<>();

    public void load() {
        model = new BoundaryLazyModel<>(() -> reports.count(filter()), page -> reports.archive(filter(), page),
                ArchivedReport::id);
    }

    private ArchiveFilter filter() {
        return new ArchiveFilter(type, caller.isDonorOnly() ? null : published, null);
    }

    public void publish(ArchivedReport report) {
        BoundaryCall.run(() -> {
            reports.publish(report.id());
            publishable.remove(report.id());
            Messages.info("reports.published", report.title(), report.scope());
        });
    }

    /** Whether the caller may publish this report now (donors and regional managers never). */
    public boolean canPublish(ArchivedReport report) {
        return !report.published() && (caller.isAdmin() || caller.isOfficer())
                && publishable.computeIfAbsent(report.id(), reports::canPublish);
    }

    public List<ReportType> getTypes() {
        return List.of(ReportType.values());
    }

    public ReportType getType() {
        return type;
    }

    public void setType(ReportType type) {
        this.type = type;
    }

    public Boolean getPublished() {
        return published;
    }

    public void setPublished(Boolean published) {
        this.published = published;
    }

    /** The model, made on first use: the donor's home page shows the list without a view action of its own. */
    public BoundaryLazyModel<ArchivedReport> getModel() {
        if (model == null) {
            load();
        }
        return model;
    }
}
