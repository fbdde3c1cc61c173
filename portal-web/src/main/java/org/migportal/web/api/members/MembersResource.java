package org.migportal.web.api.members;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migportal.member.boundary.MarketActors;
import org.migportal.member.boundary.MemberFilter;
import org.migportal.member.boundary.Members;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Sex;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.PageRequest;
import org.migportal.web.api.InvalidRequest;
import org.migportal.web.api.Page;
import org.migportal.web.members.MemberListExport;

/** Members: the people who represent market actors in forums. The {@link Members} boundary decides who may. */
@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "People representing market actors; personal data, see the consent fields")
public class MembersResource {

    private static final String MEMBER = "Member";
    private static final String EXPORT_TYPE = "text/csv; charset=UTF-8";
    private static final ResourceBundle LABELS = ResourceBundle.getBundle("org.migportal.web.i18n.messages", Locale.ENGLISH);
    private static final String SORT_FIELDS = "By name (default), actor, actorType, sex, birthYear or country";

    @Inject
    Members members;

    @Inject
    MarketActors actors;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listMembers", summary = "Members in the caller's scope, one page at a time")
    public Page<MemberSummary> list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @QueryParam("sort") @Size(max = 40) @Parameter(description = SORT_FIELDS) String sort,
            @QueryParam("asc") @DefaultValue("true") boolean asc,
            @QueryParam("countryIso") @Parameter(description = "ISO code, e.g. KE") String countryIso,
            @QueryParam("forumId") @Parameter(description = "Current members of this forum") Long forumId,
            @QueryParam("actorType") ActorType actorType,
            @QueryParam("sex") Sex sex,
            @QueryParam("youth") @Parameter(description = "By the youth age range of the member's country") Boolean youth,
            @QueryParam("marginalised") Boolean marginalised,
            @QueryParam("text") @Parameter(description = "Part of the name or of the actor's name") String text) {
        MemberFilter filter = new MemberFilter(countryIso, forumId, actorType, sex, youth, marginalised, text);
        PageRequest page = new PageRequest(first, size, sort, asc);
        List<MemberSummary> items = members.search(filter, page).stream().map(MemberSummary::of).toList();
        return new Page<>(members.count(filter), page.first(), page.size(), items);
    }

    @GET
    @Path("export")
    @Produces(EXPORT_TYPE)
    @Operation(operationId = "exportMembers", summary = "Members in the caller's scope as CSV, with the list's filters",
            description = "UTF-8 with a byte order mark, comma separated, one row per member, columns and labels as the "
                    + "member list's export on the pages (English); text that a spreadsheet would run as a formula starts "
                    + "with an apostrophe. Send Accept: text/csv.")
    public Response export(
            @QueryParam("countryIso") @Parameter(description = "ISO code, e.g. KE") String countryIso,
            @QueryParam("forumId") @Parameter(description = "Current members of this forum") Long forumId,
            @QueryParam("actorType") ActorType actorType,
            @QueryParam("sex") Sex sex,
            @QueryParam("youth") @Parameter(description = "By the youth age range of the member's country") Boolean youth,
            @QueryParam("marginalised") Boolean marginalised,
            @QueryParam("text") @Parameter(description = "Part of the name or of the actor's name") String text) {
        MemberFilter filter = new MemberFilter(countryIso, forumId, actorType, sex, youth, marginalised, text);
        // A refusal (role, invalid filter) must come before the first byte of the answer is written.
        members.count(filter);
        StreamingOutput csv = out -> MemberListExport.of(members, filter).writeCsv(out, LABELS);
        return Response.ok(csv, EXPORT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"members-" + LocalDate.now() + ".csv\"")
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMember", summary = "One member, with contact details and consent")
    public MemberDetails get(@PathParam("id") long id) {
        return MemberDetails.of(members.get(id));
    }

    @POST
    @Operation(operationId = "createMember",
            summary = "Register a member representing a market actor; the member belongs to the actor's country")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new member",
            content = @Content(schema = @Schema(implementation = MemberDetails.class)))
    public Response create(@NotNull @Valid MemberRequest request) {
        Member member = new Member();
        request.applyTo(member, actors.get(request.actorId()));
        Member created = members.create(member);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(MemberDetails.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateMember", summary = "Change a member's details",
            description = "Replaces every field: send all of them, as read, with the changes. "
                    + "Refused with 409 if the member was saved by someone else since the given version.")
    public MemberDetails update(@PathParam("id") long id, @NotNull @Valid MemberRequest request) {
        long version = InvalidRequest.requireVersion(request.version());
        Member member = members.get(id);
        // The boundary compares the stored version with the edited copy's: the copy is loaded here, so compare the client's.
        if (member.getVersion() != version) {
            throw new ConflictException(MEMBER);
        }
        MarketActor actor = member.getActor().getId().equals(request.actorId())
                ? member.getActor()
                : actors.get(request.actorId());
        request.applyTo(member, actor);
        return MemberDetails.of(members.update(member));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteMember",
            summary = "Delete a member who never sat in a forum (others: end their memberships)")
    public void delete(@PathParam("id") long id,
            @QueryParam("version") @Parameter(description = "The version the deletion was decided on") Long version) {
        members.delete(id, InvalidRequest.requireVersion(version));
    }
}
