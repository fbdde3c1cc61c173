package org.migportal.web.api.forums;

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
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.geography.boundary.Geography;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.PageRequest;
import org.migportal.web.api.InvalidRequest;
import org.migportal.web.api.Page;
import org.migportal.web.api.members.MembershipDetails;

/** Forums: list, read, create, edit, and move along their lifecycle. The {@link Forums} boundary decides who may. */
@Path("forums")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Forums", description = "Market Interest Groups in the caller's countries or forums")
public class ForumsResource {

    private static final String FORUM = "Forum";
    private static final String SORT_FIELDS =
            "By name (default), code, district, country, marketSystem, status, changeArea or establishedOn";

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listForums", summary = "Forums in the caller's scope, one page at a time")
    public Page<ForumSummary> list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @QueryParam("sort") @Size(max = 40) @Parameter(description = SORT_FIELDS) String sort,
            @QueryParam("asc") @DefaultValue("true") boolean asc,
            @QueryParam("countryIso") @Parameter(description = "ISO code, e.g. KE") String countryIso,
            @QueryParam("districtId") Long districtId,
            @QueryParam("marketSystem") String marketSystem,
            @QueryParam("status") ForumStatus status,
            @QueryParam("changeArea") ChangeArea changeArea,
            @QueryParam("text") @Parameter(description = "Part of the name, code or vision") String text) {
        ForumFilter filter = new ForumFilter(countryIso, districtId, marketSystem, status, changeArea, text);
        PageRequest page = new PageRequest(first, size, sort, asc);
        List<ForumSummary> items = forums.search(filter, page).stream().map(ForumSummary::of).toList();
        return new Page<>(forums.count(filter), page.first(), page.size(), items);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getForum", summary = "One forum")
    public ForumDetails get(@PathParam("id") long id) {
        return ForumDetails.of(forums.get(id));
    }

    @GET
    @Path("{id}/memberships")
    @Operation(operationId = "listForumMemberships",
            summary = "A forum's memberships: current ones first, then former ones")
    public List<MembershipDetails> memberships(@PathParam("id") long id) {
        return forums.allMemberships(id).stream().map(MembershipDetails::of).toList();
    }

    @POST
    @Operation(operationId = "createForum",
            summary = "Create a forum (proposed) in a district the caller may change records in")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new forum",
            content = @Content(schema = @Schema(implementation = ForumDetails.class)))
    public Response create(@NotNull @Valid ForumRequest request) {
        Forum forum = new Forum();
        request.applyTo(forum, geography.district(request.districtId()));
        Forum created = forums.create(forum);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(ForumDetails.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateForum",
            summary = "Change a forum's details; its status changes through /status and /close",
            description = "Replaces every field: send all of them, as read, with the changes. "
                    + "Refused with 409 if the forum was saved by someone else since the given version.")
    public ForumDetails update(@PathParam("id") long id, @NotNull @Valid ForumRequest request) {
        long version = InvalidRequest.requireVersion(request.version());
        Forum forum = forums.get(id);
        // The boundary compares the stored version with the edited copy's: the copy is loaded here, so compare the client's.
        if (forum.getVersion() != version) {
            throw new ConflictException(FORUM);
        }
        request.applyTo(forum, geography.district(request.districtId()));
        return ForumDetails.of(forums.update(forum));
    }

    @PUT
    @Path("{id}/status")
    @Operation(operationId = "changeForumStatus",
            summary = "Move a forum along its lifecycle: ACTIVE, RE_ENERGISING or DORMANT")
    public ForumDetails changeStatus(@PathParam("id") long id, @NotNull @Valid StatusChange change) {
        return ForumDetails.of(forums.changeStatus(id, change.version(), change.status()));
    }

    @POST
    @Path("{id}/close")
    @Operation(operationId = "closeForum",
            summary = "Close a forum for good, with its lessons learned; it is read-only afterwards")
    public ForumDetails close(@PathParam("id") long id, @NotNull @Valid Closing closing) {
        return ForumDetails.of(forums.close(id, closing.version(), closing.lessonsLearned()));
    }
}
