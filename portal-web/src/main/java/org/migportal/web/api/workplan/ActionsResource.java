package org.migportal.web.api.workplan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migportal.forum.boundary.Forums;
import org.migportal.platform.control.PageRequest;
import org.migportal.web.api.InvalidRequest;
import org.migportal.web.api.Page;
import org.migportal.web.api.workplan.WorkPlanBodies.ActionDetails;
import org.migportal.web.api.workplan.WorkPlanBodies.ActionRequest;
import org.migportal.web.api.workplan.WorkPlanBodies.ActionStatusChange;
import org.migportal.web.api.workplan.WorkPlanBodies.AssessmentBody;
import org.migportal.web.api.workplan.WorkPlanBodies.AssessmentRequest;
import org.migportal.web.api.workplan.WorkPlanBodies.OrderRequest;
import org.migportal.web.api.workplan.WorkPlanBodies.SequenceBody;
import org.migportal.workplan.boundary.ActionFilter;
import org.migportal.workplan.boundary.ActionPosition;
import org.migportal.workplan.boundary.Actions;
import org.migportal.workplan.boundary.AssessmentForm;
import org.migportal.workplan.boundary.PlanOutline;
import org.migportal.workplan.boundary.WorkPlans;
import org.migportal.workplan.entity.Action;
import org.migportal.workplan.entity.ActionStatus;
import org.migportal.workplan.entity.ChecklistQuestion;
import org.migportal.workplan.entity.Feasibility;
import org.migportal.workplan.entity.Payer;

/**
 * A forum's actions, their feasibility assessments, and the order the forum chose beside the suggested one.
 * The {@link Actions} boundary decides who may.
 */
@Path("actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actions", description = "What forums plan to do, assessed for difficulty, risk and cost, and in which order")
public class ActionsResource {

    @Inject
    Actions actions;

    @Inject
    Forums forums;

    @Inject
    WorkPlans workPlans;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listActions", summary = "Actions in the caller's scope, in the forum's order, one page at a time")
    public Page<ActionDetails> list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @QueryParam("sort") @Size(max = 40)
            @Parameter(description = "chosenPosition (default), title, dueOn, status, difficulty, risk or cost") String sort,
            @QueryParam("asc") @DefaultValue("true") boolean asc,
            @QueryParam("forumId") Long forumId,
            @QueryParam("workPlanId") Long workPlanId,
            @QueryParam("status") ActionStatus status,
            @QueryParam("text") @Size(max = 100) String text) {
        ActionFilter filter = new ActionFilter(forumId, workPlanId, status, text);
        PageRequest page = new PageRequest(first, size, sort, asc);
        List<ActionDetails> items = actions.search(filter, page).stream().map(a -> ActionDetails.of(a, false)).toList();
        return new Page<>(actions.count(filter), page.first(), page.size(), items);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAction", summary = "One action with its assessment and checklist answers")
    public ActionDetails get(@PathParam("id") long id) {
        Action action = actions.get(id);
        ActionDetails details = ActionDetails.of(action, false);
        AssessmentBody assessment = actions.assessment(id).map(a -> AssessmentBody.of(a, true)).orElse(null);
        return new ActionDetails(details.id(), details.version(), details.forumId(), details.workPlanId(),
                details.milestoneId(), details.title(), details.description(), details.changeArea(), details.doers(),
                details.payer(), details.payerActorId(), details.estimatedCost(), details.ownContribution(),
                details.currencyCode(), details.dueOn(), details.status(), details.doneOn(), details.replacedById(),
                details.chosenPosition(), assessment);
    }

    @POST
    @Operation(operationId = "createAction", summary = "Record an action of a forum, at the end of the forum's order")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new action",
            content = @Content(schema = @Schema(implementation = ActionDetails.class)))
    public Response create(@NotNull @Valid ActionRequest request) {
        Action draft = new Action(forums.get(request.forumId()), request.title());
        if (request.workPlanId() != null) {
            PlanOutline outline = workPlans.outline(request.workPlanId());
            draft.setWorkPlan(outline.plan());
            if (request.milestoneId() != null) {
                draft.setMilestone(outline.milestones().stream().filter(m -> m.getId().equals(request.milestoneId()))
                        .findFirst().orElseThrow(() -> new InvalidRequest("milestoneId", "is not a milestone of the work-plan")));
            }
        } else if (request.milestoneId() != null) {
            throw new InvalidRequest("milestoneId", "needs the workPlanId it belongs to");
        }
        draft.setDescription(request.description());
        draft.setChangeArea(request.changeArea());
        draft.setDoers(request.doers());
        draft.setPayer(request.payer() == null ? Payer.NOT_KNOWN : request.payer());
        draft.setEstimatedCost(request.estimatedCost());
        draft.setOwnContribution(request.ownContribution());
        draft.setCurrencyCode(request.currencyCode());
        draft.setDueOn(request.dueOn());
        Action created = actions.create(draft);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(ActionDetails.of(created, false))
                .build();
    }

    @PUT
    @Path("{id}/status")
    @Operation(operationId = "changeActionStatus",
            summary = "Mark an action planned, in progress, done (with the day) or dropped")
    public ActionDetails changeStatus(@PathParam("id") long id, @NotNull @Valid ActionStatusChange change) {
        actions.changeStatus(id, change.version(), change.status(), change.doneOn());
        return get(id);
    }

    @PUT
    @Path("{id}/assessment")
    @Operation(operationId = "assessAction",
            summary = "Save an action's feasibility checklist; the difficulty, risk and cost ratings are computed from it")
    public AssessmentBody assess(@PathParam("id") long id, @NotNull @Valid AssessmentRequest request) {
        Map<ChecklistQuestion, AssessmentForm.Answer> answers = new EnumMap<>(ChecklistQuestion.class);
        request.answers().forEach((question, answer) -> answers.put(question, new AssessmentForm.Answer(answer.answer(), answer.note())));
        Map<Feasibility, AssessmentForm.Adjustment> adjustments = new EnumMap<>(Feasibility.class);
        if (request.adjustments() != null) {
            request.adjustments().forEach((side, adjustment) ->
                    adjustments.put(side, new AssessmentForm.Adjustment(adjustment.rating(), adjustment.reason())));
        }
        return AssessmentBody.of(actions.saveAssessment(id, new AssessmentForm(request.version(), answers, adjustments,
                request.commitment(), request.passion(), request.easesLater())), true);
    }

    @GET
    @Path("sequence")
    @Operation(operationId = "getActionSequence",
            summary = "A forum's open actions in the order it chose, beside the suggested order")
    public SequenceBody sequence(@QueryParam("forumId") Long forumId) {
        long forum = requireForum(forumId);
        return SequenceBody.of(forum, actions.sequence(forum));
    }

    @PUT
    @Path("sequence")
    @Operation(operationId = "reorderActions", summary = "Save the order a forum chose for its open actions",
            description = "Every open action once, each with the version read: 409 if any changed or was added meanwhile.")
    public SequenceBody reorder(@QueryParam("forumId") Long forumId, @NotNull @Valid OrderRequest request) {
        long forum = requireForum(forumId);
        return SequenceBody.of(forum, actions.reorder(forum,
                request.order().stream().map(p -> new ActionPosition(p.id(), p.version())).toList()));
    }

    private static long requireForum(Long forumId) {
        if (forumId == null) {
            throw new InvalidRequest("forumId", "is required");
        }
        return forumId;
    }
}
