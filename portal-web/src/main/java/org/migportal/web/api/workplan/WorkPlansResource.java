package org.migportal.web.api.workplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migportal.forum.boundary.Forums;
import org.migportal.web.api.InvalidRequest;
import org.migportal.web.api.workplan.WorkPlanBodies.WorkPlanDetails;
import org.migportal.web.api.workplan.WorkPlanBodies.WorkPlanRequest;
import org.migportal.web.api.workplan.WorkPlanBodies.WorkPlanSummary;
import org.migportal.workplan.boundary.WorkPlans;
import org.migportal.workplan.entity.WorkPlan;

/** A forum's work-plans with their objectives and milestones. The {@link WorkPlans} boundary decides who may. */
@Path("work-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Work-plans", description = "A forum's plans per period, with objectives and milestones")
public class WorkPlansResource {

    @Inject
    WorkPlans workPlans;

    @Inject
    Forums forums;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listWorkPlans", summary = "A forum's work-plans, the latest period first")
    public List<WorkPlanSummary> list(@QueryParam("forumId") Long forumId) {
        if (forumId == null) {
            throw new InvalidRequest("forumId", "is required");
        }
        return workPlans.ofForum(forumId).stream().map(WorkPlanSummary::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWorkPlan", summary = "A work-plan with its objectives and milestones")
    public WorkPlanDetails get(@PathParam("id") long id) {
        return WorkPlanDetails.of(workPlans.outline(id));
    }

    @POST
    @Operation(operationId = "createWorkPlan", summary = "Start a forum's work-plan for a period")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new work-plan",
            content = @Content(schema = @Schema(implementation = WorkPlanSummary.class)))
    public Response create(@NotNull @Valid WorkPlanRequest request) {
        WorkPlan created = workPlans.create(new WorkPlan(forums.get(request.forumId()), request.title(), request.startsOn(),
                request.endsOn()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(WorkPlanSummary.of(created))
                .build();
    }
}
