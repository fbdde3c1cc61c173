package org.migportal.web.api.meetings;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migportal.meeting.boundary.CommitmentFilter;
import org.migportal.meeting.boundary.Commitments;
import org.migportal.meeting.entity.Commitment;
import org.migportal.meeting.entity.CommitmentStatus;
import org.migportal.platform.control.PageRequest;
import org.migportal.web.api.Page;

/** Commitments members made at meetings, and what became of them. The {@link Commitments} boundary decides who may. */
@Path("commitments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commitments", description = "What members promised at meetings, by when, and whether they kept it")
public class CommitmentsResource {

    @Inject
    Commitments commitments;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listCommitments", summary = "Commitments in the caller's scope, by due date, one page at a time")
    public Page<CommitmentDetails> list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @QueryParam("sort") @Size(max = 40) @Parameter(description = "dueOn (default), status or heldOn") String sort,
            @QueryParam("asc") @DefaultValue("true") boolean asc,
            @QueryParam("forumId") Long forumId,
            @QueryParam("meetingId") Long meetingId,
            @QueryParam("status") CommitmentStatus status,
            @QueryParam("overdue") @DefaultValue("false")
            @Parameter(description = "Only open or renegotiated commitments past their date") boolean overdue) {
        CommitmentFilter filter = new CommitmentFilter(forumId, meetingId, status, overdue);
        PageRequest page = new PageRequest(first, size, sort, asc);
        List<CommitmentDetails> items = commitments.search(filter, page).stream().map(CommitmentDetails::of).toList();
        return new Page<>(commitments.count(filter), page.first(), page.size(), items);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCommitment", summary = "One commitment")
    public CommitmentDetails get(@PathParam("id") long id) {
        return CommitmentDetails.of(commitments.get(id));
    }

    @POST
    @Operation(operationId = "addCommitment", summary = "Record what a member promised at a meeting, and by when")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new commitment",
            content = @Content(schema = @Schema(implementation = CommitmentDetails.class)))
    public Response add(@NotNull @Valid NewCommitment request) {
        Commitment added = commitments.add(request.meetingId(), request.memberId(), request.description(), request.dueOn());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(added.getId())).build())
                .entity(CommitmentDetails.of(added))
                .build();
    }

    @PUT
    @Path("{id}/status")
    @Operation(operationId = "changeCommitmentStatus",
            summary = "Mark a commitment kept, renegotiated (with the new date), not possible, broken, or open again")
    public CommitmentDetails changeStatus(@PathParam("id") long id, @NotNull @Valid CommitmentStatusChange change) {
        return CommitmentDetails.of(commitments.changeStatus(id, change.version(), change.status(), change.newDueOn(),
                change.note()));
    }
}
