package org.migportal.web.api.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migportal.platform.control.PageRequest;
import org.migportal.report.boundary.Reports;
import org.migportal.report.control.ArchiveFilter;
import org.migportal.report.control.ArchivedReport;
import org.migportal.report.control.ReportFile;
import org.migportal.report.control.ReportJob;
import org.migportal.report.control.ReportRequest;
import org.migportal.report.control.ReportType;
import org.migportal.web.api.Page;

/**
 * Reports: the archive (a donor's list holds the reports published to them), the archived files byte
 * for byte, and generation, which answers 202 with the job to poll. The {@link Reports} boundary decides who may.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Generated PDF reports, their archive and their publication to donors")
public class ReportsResource {

    @Inject
    Reports reports;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listReports", summary = "Archived reports the caller may see, newest first")
    public Page<ArchivedReport> list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @QueryParam("type") ReportType type,
            @QueryParam("published") Boolean published,
            @QueryParam("countryIso") String countryIso) {
        ArchiveFilter filter = new ArchiveFilter(type, published, countryIso);
        PageRequest page = PageRequest.of(first, size);
        List<ArchivedReport> items = reports.archive(filter, page);
        return new Page<>(reports.count(filter), page.first(), page.size(), items);
    }

    @GET
    @Path("{id}/file")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadReport", summary = "The archived PDF, exactly as archived (its SHA-256 in X-Content-SHA256)")
    public Response download(@PathParam("id") long id) {
        ReportFile file = reports.download(id);
        return Response.ok(file.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Content-SHA256", file.sha256())
                .build();
    }

    @POST
    @Operation(operationId = "generateReport", summary = "Starts generating a report; answers 202 with the job to poll")
    public Response generate(@NotNull @Valid ReportRequest request) {
        ReportJob job = reports.generate(request);
        return Response.accepted(job)
                .location(uriInfo.getBaseUriBuilder().path("reports/jobs/{id}").build(job.id()))
                .build();
    }

    @GET
    @Path("regions")
    @Operation(operationId = "listReportRegions",
            summary = "The regions the caller may generate a regional report for (admins all, regional managers their own)")
    public List<ReportRegion> regions() {
        return reports.regions().stream().map(ReportRegion::of).toList();
    }

    @POST
    @Path("{id}/publish")
    @Operation(operationId = "publishReport", summary = "Publishes an archived report to the donors of its countries")
    public ArchivedReport publish(@PathParam("id") long id) {
        return reports.publish(id);
    }

    @GET
    @Path("jobs/{id}")
    @Operation(operationId = "getReportJob", summary = "The state of a report the caller started generating")
    public ReportJob job(@PathParam("id") String id) {
        return reports.job(id);
    }
}
