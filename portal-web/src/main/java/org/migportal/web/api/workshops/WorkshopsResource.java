package org.migportal.web.api.workshops;

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
import org.migportal.geography.boundary.Geography;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.PageRequest;
import org.migportal.web.api.InvalidRequest;
import org.migportal.web.api.Page;
import org.migportal.workshop.boundary.WorkshopFilter;
import org.migportal.workshop.boundary.Workshops;
import org.migportal.workshop.entity.Workshop;
import org.migportal.workshop.entity.WorkshopConstraint;

/** Market-mapping workshops and the constraints they listed. The {@link Workshops} boundary decides who may. */
@Path("workshops")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workshops", description = "Market-mapping workshops: constraints, votes and the forums set up for them")
public class WorkshopsResource {

    private static final String WORKSHOP = "Workshop";
    private static final String SORT_FIELDS = "By date (default, newest first), district, country, marketSystem or participantCount";

    @Inject
    Workshops workshops;

    @Inject
    Geography geography;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listWorkshops", summary = "Workshops in the caller's countries, one page at a time")
    public Page<WorkshopSummary> list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @QueryParam("sort") @Size(max = 40) @Parameter(description = SORT_FIELDS) String sort,
            @QueryParam("asc") @DefaultValue("false") boolean asc,
            @QueryParam("countryIso") @Parameter(description = "ISO code, e.g. KE") String countryIso,
            @QueryParam("districtId") Long districtId,
            @QueryParam("marketSystem") @Parameter(description = "Part of the market system's name") String marketSystem,
            @QueryParam("from") @Parameter(description = "Held on or after, yyyy-mm-dd") LocalDate from,
            @QueryParam("to") @Parameter(description = "Held on or before, yyyy-mm-dd") LocalDate to) {
        WorkshopFilter filter = new WorkshopFilter(countryIso, districtId, marketSystem, from, to);
        PageRequest page = new PageRequest(first, size, sort, asc);
        List<WorkshopSummary> items = workshops.search(filter, page).stream().map(WorkshopSummary::of).toList();
        return new Page<>(workshops.count(filter), page.first(), page.size(), items);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWorkshop", summary = "One workshop with its constraints ranked by votes")
    public WorkshopDetails get(@PathParam("id") long id) {
        return WorkshopDetails.of(workshops.get(id), constraintsOf(id));
    }

    @GET
    @Path("{id}/constraints")
    @Operation(operationId = "listWorkshopConstraints",
            summary = "A workshop's constraints ranked by votes, each with the forum set up for it")
    public List<ConstraintDetails> constraints(@PathParam("id") long id) {
        return constraintsOf(id);
    }

    @POST
    @Operation(operationId = "createWorkshop", summary = "Record a workshop in a district the caller may change records in")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new workshop",
            content = @Content(schema = @Schema(implementation = WorkshopDetails.class)))
    public Response create(@NotNull @Valid WorkshopRequest request) {
        Workshop workshop = new Workshop();
        request.applyTo(workshop, geography.district(request.districtId()));
        Workshop created = workshops.create(workshop);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(WorkshopDetails.of(created, List.of()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateWorkshop", summary = "Change a workshop's details",
            description = "Replaces every field: send all of them, as read, with the changes. "
                    + "Refused with 409 if the workshop was saved by someone else since the given version.")
    public WorkshopDetails update(@PathParam("id") long id, @NotNull @Valid WorkshopRequest request) {
        long version = InvalidRequest.requireVersion(request.version());
        Workshop workshop = workshops.get(id);
        if (workshop.getVersion() != version) {
            throw new ConflictException(WORKSHOP);
        }
        request.applyTo(workshop, geography.district(request.districtId()));
        Workshop saved = workshops.update(workshop);
        return WorkshopDetails.of(saved, constraintsOf(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWorkshop",
            summary = "Delete a workshop and its constraints; refused (422) once a forum was set up at it")
    public void delete(@PathParam("id") long id,
            @QueryParam("version") @Parameter(description = "The version the deletion was decided on") Long version) {
        workshops.delete(id, InvalidRequest.requireVersion(version));
    }

    @POST
    @Path("{id}/constraints")
    @Operation(operationId = "addWorkshopConstraint", summary = "Add a constraint the workshop's participants identified")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new constraint",
            content = @Content(schema = @Schema(implementation = ConstraintDetails.class)))
    public Response addConstraint(@PathParam("id") long id, @NotNull @Valid ConstraintRequest request) {
        WorkshopConstraint constraint = new WorkshopConstraint();
        constraint.setWorkshop(workshops.get(id));
        request.applyTo(constraint);
        WorkshopConstraint created = workshops.addConstraint(constraint);
        return Response.created(uriInfo.getBaseUriBuilder().path(WorkshopConstraintsResource.class)
                        .path(String.valueOf(created.getId())).build())
                .entity(ConstraintDetails.of(created, 0, null))
                .build();
    }

    private List<ConstraintDetails> constraintsOf(long workshopId) {
        return workshops.constraints(workshopId).stream().map(ConstraintDetails::of).toList();
    }
}
