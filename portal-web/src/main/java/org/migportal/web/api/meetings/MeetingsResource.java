package org.migportal.web.api.meetings;

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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.meeting.boundary.MeetingFilter;
import org.migportal.meeting.boundary.Meetings;
import org.migportal.meeting.entity.AttendanceStatus;
import org.migportal.meeting.entity.Meeting;
import org.migportal.meeting.entity.MeetingKind;
import org.migportal.member.boundary.Members;
import org.migportal.member.entity.Member;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.PageRequest;
import org.migportal.web.api.InvalidRequest;
import org.migportal.web.api.Page;

/**
 * A forum's meetings and their attendance: list, read, record, change, delete. The {@link Meetings}
 * boundary decides who may: country officers in their countries, a forum secretary in their own forum.
 */
@Path("meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meetings of forums, with minutes, attendance and reflection sections")
public class MeetingsResource {

    private static final String MEETING = "Meeting";

    @Inject
    Meetings meetings;

    @Inject
    Forums forums;

    @Inject
    Members members;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listMeetings", summary = "Meetings in the caller's scope, newest first, one page at a time")
    public Page<MeetingSummary> list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @QueryParam("sort") @Size(max = 40) @Parameter(description = "heldOn (default, newest first), forum, kind or place") String sort,
            @QueryParam("asc") @DefaultValue("true") boolean asc,
            @QueryParam("forumId") Long forumId,
            @QueryParam("kind") MeetingKind kind,
            @QueryParam("from") @Parameter(description = "Held on or after, yyyy-mm-dd") String from,
            @QueryParam("to") @Parameter(description = "Held on or before, yyyy-mm-dd") String to) {
        MeetingFilter filter = new MeetingFilter(forumId, kind, date("from", from), date("to", to));
        PageRequest page = new PageRequest(first, size, sort, asc);
        List<MeetingSummary> items = meetings.search(filter, page).stream().map(MeetingSummary::of).toList();
        return new Page<>(meetings.count(filter), page.first(), page.size(), items);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMeeting", summary = "One meeting with its minutes, decisions and reflection sections")
    public MeetingDetails get(@PathParam("id") long id) {
        return MeetingDetails.of(meetings.get(id));
    }

    @POST
    @Operation(operationId = "createMeeting", summary = "Record a meeting a forum held")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new meeting",
            content = @Content(schema = @Schema(implementation = MeetingDetails.class)))
    public Response create(@NotNull @Valid MeetingRequest request) {
        Forum forum = forums.get(request.forumId());
        Meeting created = meetings.create(request.applyTo(null, forum, member(request.chairedById()),
                member(request.minutesById())));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(MeetingDetails.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateMeeting", summary = "Change a meeting's details, minutes or reflection sections",
            description = "Replaces every field: send all of them, as read, with the changes. The forum cannot change. "
                    + "Refused with 409 if the meeting was saved by someone else since the given version.")
    public MeetingDetails update(@PathParam("id") long id, @NotNull @Valid MeetingRequest request) {
        long version = InvalidRequest.requireVersion(request.version());
        Meeting meeting = meetings.get(id);
        if (meeting.getVersion() != version) {
            throw new ConflictException(MEETING);
        }
        if (!meeting.getForum().getId().equals(request.forumId())) {
            throw new InvalidRequest("forumId", "must be the meeting's forum: a meeting never moves to another forum");
        }
        request.applyTo(meeting, meeting.getForum(), member(request.chairedById()), member(request.minutesById()));
        return MeetingDetails.of(meetings.update(meeting));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteMeeting",
            summary = "Delete a meeting with its attendance, commitments and adaptations (all of them go with it)")
    public void delete(@PathParam("id") long id,
            @QueryParam("version") @Parameter(description = "The version the deletion was decided on") Long version) {
        meetings.delete(id, InvalidRequest.requireVersion(version));
    }

    @GET
    @Path("{id}/attendance")
    @Operation(operationId = "getAttendance",
            summary = "The members listed for a meeting (seated in the forum on its day) with their status")
    public List<AttendanceEntry> attendance(@PathParam("id") long id) {
        return meetings.attendance(id).stream().map(AttendanceEntry::of).toList();
    }

    @PUT
    @Path("{id}/attendance")
    @Operation(operationId = "recordAttendance",
            summary = "Record a meeting's whole attendance in one go; members left out are absent",
            description = "Made on the meeting's version, which it raises: 409 if someone saved the meeting meanwhile.")
    public List<AttendanceEntry> recordAttendance(@PathParam("id") long id, @NotNull @Valid AttendanceSheet sheet) {
        Map<Long, AttendanceStatus> statuses = new HashMap<>();
        for (AttendanceSheet.Mark mark : sheet.entries()) {
            if (statuses.put(mark.memberId(), mark.status()) != null) {
                throw new InvalidRequest("entries", "names member " + mark.memberId() + " twice");
            }
        }
        meetings.recordAttendance(id, sheet.version(), statuses);
        return attendance(id);
    }

    private Member member(Long id) {
        return id == null ? null : members.get(id);
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(parameter, "must be a date as yyyy-mm-dd");
        }
    }
}
