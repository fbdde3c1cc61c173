package org.migportal.web.api.schedules;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migportal.delivery.boundary.ReportSchedules;
import org.migportal.delivery.boundary.ScheduleDraft;
import org.migportal.delivery.entity.ReportSchedule;
import org.migportal.platform.control.PageRequest;
import org.migportal.web.api.Page;

/**
 * Report schedules: country and donor reports generated monthly or quarterly and e-mailed to their recipients.
 * Admins and country officers (schedules of their own countries); the {@link ReportSchedules} boundary decides.
 */
@Path("report-schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Report schedules", description = "Reports generated on a schedule and e-mailed")
public class ReportSchedulesResource {

    @Inject
    ReportSchedules schedules;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listReportSchedules", summary = "The report schedules the caller manages, next due first")
    public Page<ScheduleDetails> list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        PageRequest page = PageRequest.of(first, size);
        return new Page<>(schedules.count(), page.first(), page.size(),
                schedules.search(page).stream().map(ScheduleDetails::of).toList());
    }

    @POST
    @Operation(operationId = "createReportSchedule",
            summary = "Schedule a country or donor report for countries the caller may change records in")
    public Response create(@NotNull @Valid ScheduleDraft draft) {
        ReportSchedule created = schedules.create(draft);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(ScheduleDetails.of(created, 0L, 0L))
                .build();
    }

    @POST
    @Path("{id}/run")
    @Operation(operationId = "runReportSchedule",
            summary = "Generate the schedule's report now (the months that ended yesterday) and e-mail it in the background; "
                    + "answers 202 with the schedule")
    public Response run(@PathParam("id") long id) {
        schedules.runNow(id);
        return Response.accepted(ScheduleDetails.of(schedules.get(id), null, null)).build();
    }
}
