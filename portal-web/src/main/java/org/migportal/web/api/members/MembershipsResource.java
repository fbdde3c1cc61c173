package org.migportal.web.api.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migportal.forum.boundary.Forums;
import org.migportal.member.boundary.Members;
import org.migportal.member.boundary.Memberships;
import org.migportal.member.entity.Membership;
import org.migportal.platform.control.ConflictException;

/** Seats of members in forums: add, change, end (kept as history). The {@link Memberships} boundary decides who may. */
@Path("memberships")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Memberships", description = "A member's seat in a forum, with role and own contributions")
public class MembershipsResource {

    private static final String MEMBERSHIP = "Membership";

    @Inject
    Memberships memberships;

    @Inject
    Forums forums;

    @Inject
    Members members;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{id}")
    @Operation(operationId = "getMembership", summary = "One membership")
    public MembershipDetails get(@PathParam("id") long id) {
        return MembershipDetails.of(memberships.get(id));
    }

    @POST
    @Operation(operationId = "addMembership", summary = "Give a member a seat in a forum of their country")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new membership",
            content = @Content(schema = @Schema(implementation = MembershipDetails.class)))
    public Response add(@NotNull @Valid NewMembership request) {
        Membership membership = request.toMembership(forums.get(request.forumId()), members.get(request.memberId()));
        Membership added = memberships.add(membership);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(added.getId())).build())
                .entity(MembershipDetails.of(added))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateMembership",
            summary = "Change the role, selection, joining date or contributions of a current membership",
            description = "Replaces every field: send all of them, as read, with the changes. "
                    + "Refused with 409 if the membership was saved by someone else since the given version.")
    public MembershipDetails update(@PathParam("id") long id, @NotNull @Valid MembershipChange change) {
        Membership membership = memberships.get(id);
        // The boundary compares the stored version with the edited copy's: the copy is loaded here, so compare the client's.
        if (membership.getVersion() != change.version()) {
            throw new ConflictException(MEMBERSHIP);
        }
        change.applyTo(membership);
        return MembershipDetails.of(memberships.update(membership));
    }

    @POST
    @Path("{id}/end")
    @Operation(operationId = "endMembership", summary = "End a membership on a day; it stays in the forum's history")
    public MembershipDetails end(@PathParam("id") long id, @NotNull @Valid MembershipEnd end) {
        return MembershipDetails.of(memberships.end(id, end.version(), end.leftOn()));
    }
}
