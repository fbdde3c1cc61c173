package org.migportal.web.api.outcomes;

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
import org.migportal.forum.boundary.Forums;
import org.migportal.outcome.boundary.EvidenceFile;
import org.migportal.outcome.boundary.OutcomeFilter;
import org.migportal.outcome.boundary.Outcomes;
import org.migportal.outcome.entity.Outcome;
import org.migportal.outcome.entity.OutcomeEvidence;
import org.migportal.outcome.entity.OutcomeType;
import org.migportal.platform.control.PageRequest;
import org.migportal.web.api.InvalidRequest;
import org.migportal.web.api.Page;
import org.migportal.web.outcomes.DownloadEvidenceServlet;

/** What forums achieved: list, read and record outcomes, add and download their evidence. The {@link Outcomes} boundary decides who may. */
@Path("outcomes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Outcomes", description = "Changes the forums achieved, who benefits, and the evidence")
public class OutcomesResource {

    private static final String SORT_FIELDS = "By date (default, newest first), forum, country, type, beneficiaries, "
            + "beyondMembers or verifiedOn";

    @Inject
    Outcomes outcomes;

    @Inject
    Forums forums;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listOutcomes", summary = "Outcomes of the forums in the caller's scope, one page at a time")
    public Page<OutcomeSummary> list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @QueryParam("sort") @Size(max = 40) @Parameter(description = SORT_FIELDS) String sort,
            @QueryParam("asc") @DefaultValue("false") boolean asc,
            @QueryParam("countryIso") @Parameter(description = "ISO code, e.g. KE") String countryIso,
            @QueryParam("forumId") Long forumId,
            @QueryParam("type") OutcomeType type,
            @QueryParam("from") @Parameter(description = "First day of the period, yyyy-mm-dd") LocalDate from,
            @QueryParam("to") @Parameter(description = "Last day of the period, yyyy-mm-dd") LocalDate to,
            @QueryParam("beyondMembers") @Parameter(description = "true: only outcomes that reach beyond the members")
            Boolean beyondMembers,
            @QueryParam("text") @Parameter(description = "Part of the description") String text) {
        OutcomeFilter filter = new OutcomeFilter(countryIso, forumId, type, from, to, beyondMembers, text);
        PageRequest page = new PageRequest(first, size, sort, asc);
        List<OutcomeSummary> items = outcomes.search(filter, page).stream().map(OutcomeSummary::of).toList();
        return new Page<>(outcomes.count(filter), page.first(), page.size(), items);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOutcome", summary = "One outcome with its actions and evidence files")
    public OutcomeDetails get(@PathParam("id") long id) {
        return OutcomeDetails.of(outcomes.get(id), outcomes.evidence(id));
    }

    @POST
    @Operation(operationId = "createOutcome", summary = "Record an outcome of an open forum the caller may change")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new outcome",
            content = @Content(schema = @Schema(implementation = OutcomeDetails.class)))
    public Response create(@NotNull @Valid OutcomeRequest request) {
        Outcome outcome = new Outcome();
        outcome.setForum(forums.get(request.forumId()));
        request.applyTo(outcome);
        Outcome created = outcomes.create(outcome, request.actions());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(OutcomeDetails.of(created, List.of()))
                .build();
    }

    @POST
    @Path("{id}/evidence")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "application/pdf", "image/png", "image/jpeg"})
    @Operation(operationId = "addOutcomeEvidence", summary = "Add an evidence file (PDF, PNG or JPEG, at most 10 MB) to an outcome",
            description = "The body is the file; its type is taken from its content, which must agree with the name's ending. "
                    + "At most 10 files an outcome.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = EvidenceDetails.class)))
    public Response addEvidence(@PathParam("id") long id,
            @QueryParam("fileName") @Parameter(description = "The file's name, e.g. letter.pdf") String fileName,
            byte[] content) {
        if (fileName == null || fileName.isBlank()) {
            throw new InvalidRequest("fileName", "name the file, e.g. letter.pdf");
        }
        OutcomeEvidence added = outcomes.addEvidence(id, fileName, content == null ? new byte[0] : content);
        return Response.created(uriInfo.getBaseUriBuilder().path("outcomes/evidence/{id}/file").build(added.getId()))
                .entity(EvidenceDetails.of(added))
                .build();
    }

    @GET
    @Path("evidence/{id}/file")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadOutcomeEvidence",
            summary = "An evidence file as stored, as an attachment (its SHA-256 in X-Content-SHA256)")
    public Response download(@PathParam("id") long id) {
        EvidenceFile file = outcomes.download(id);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", DownloadEvidenceServlet.contentDisposition(file.fileName()))
                .header("X-Content-SHA256", file.sha256())
                .header("Cache-Control", "no-store")
                .build();
    }
}
