package org.migportal.web.api.communication;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migportal.communication.boundary.CommunicationFilter;
import org.migportal.communication.boundary.CommunicationLog;
import org.migportal.communication.entity.CommunicationEntry;
import org.migportal.communication.entity.CommunicationKind;
import org.migportal.communication.entity.CommunicationPurpose;
import org.migportal.forum.boundary.Forums;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.PageRequest;
import org.migportal.web.api.InvalidRequest;
import org.migportal.web.api.Page;

/** Forums' communication logs: list, read, record, correct and remove entries. The {@link CommunicationLog} boundary decides who may. */
@Path("communication")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Communication log", description = "Who the forums' members communicated with, how, why and with what outcome")
public class CommunicationResource {

    private static final String ENTRY = "CommunicationEntry";
    private static final String SORT_FIELDS = "By date (default, newest first), forum, kind, channel or purpose";

    @Inject
    CommunicationLog log;

    @Inject
    Forums forums;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listCommunicationEntries",
            summary = "Communication log entries of the forums in the caller's scope, one page at a time")
    public Page<CommunicationEntrySummary> list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @QueryParam("sort") @Size(max = 40) @Parameter(description = SORT_FIELDS) String sort,
            @QueryParam("asc") @DefaultValue("false") boolean asc,
            @QueryParam("countryIso") @Parameter(description = "ISO code, e.g. KE") String countryIso,
            @QueryParam("forumId") Long forumId,
            @QueryParam("kind") CommunicationKind kind,
            @QueryParam("purpose") CommunicationPurpose purpose,
            @QueryParam("from") @Parameter(description = "First day of the period, yyyy-mm-dd") LocalDate from,
            @QueryParam("to") @Parameter(description = "Last day of the period, yyyy-mm-dd") LocalDate to,
            @QueryParam("text") @Parameter(description = "Part of the summary, outside parties or outcome") String text) {
        CommunicationFilter filter = new CommunicationFilter(countryIso, forumId, kind, purpose, from, to, text);
        PageRequest page = new PageRequest(first, size, sort, asc);
        List<CommunicationEntrySummary> items = log.search(filter, page).stream().map(CommunicationEntrySummary::of).toList();
        return new Page<>(log.count(filter), page.first(), page.size(), items);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCommunicationEntry", summary = "One communication log entry")
    public CommunicationEntryDetails get(@PathParam("id") long id) {
        return CommunicationEntryDetails.of(log.get(id));
    }

    @POST
    @Operation(operationId = "createCommunicationEntry",
            summary = "Record an entry in the log of an open forum the caller may change")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new entry",
            content = @Content(schema = @Schema(implementation = CommunicationEntryDetails.class)))
    public Response create(@NotNull @Valid CommunicationEntryRequest request) {
        CommunicationEntry entry = new CommunicationEntry();
        entry.setForum(forums.get(request.forumId()));
        request.applyTo(entry);
        CommunicationEntry created = log.create(entry, request.parties());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(CommunicationEntryDetails.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateCommunicationEntry", summary = "Correct a communication log entry",
            description = "Replaces every field: send all of them, as read, with the changes. "
                    + "Refused with 409 if the entry was saved by someone else since the given version.")
    public CommunicationEntryDetails update(@PathParam("id") long id, @NotNull @Valid CommunicationEntryRequest request) {
        long version = InvalidRequest.requireVersion(request.version());
        CommunicationEntry entry = log.get(id);
        if (entry.getVersion() != version) {
            throw new ConflictException(ENTRY);
        }
        if (!entry.getForum().getId().equals(request.forumId())) {
            throw new InvalidRequest("forumId", "an entry stays in the log of its forum");
        }
        request.applyTo(entry);
        return CommunicationEntryDetails.of(log.update(entry, request.parties()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteCommunicationEntry", summary = "Remove an entry from an open forum's log")
    public void delete(@PathParam("id") long id,
            @QueryParam("version") @Parameter(description = "The version the deletion was decided on") Long version) {
        log.delete(id, InvalidRequest.requireVersion(version));
    }
}
