package org.migportal.web.api.actors;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.District;
import org.migportal.member.boundary.ActorFilter;
import org.migportal.member.boundary.MarketActors;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarketActor;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.PageRequest;
import org.migportal.web.api.InvalidRequest;
import org.migportal.web.api.Page;

/** Market actors: the organisations members represent. The {@link MarketActors} boundary decides who may. */
@Path("actors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Market actors", description = "Organisations and enterprises of the market system")
public class MarketActorsResource {

    private static final String ACTOR = "MarketActor";
    private static final String SORT_FIELDS = "By name (default), actorType or country";

    @Inject
    MarketActors actors;

    @Inject
    Geography geography;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listActors", summary = "Market actors in the caller's countries, one page at a time")
    public Page<ActorSummary> list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @QueryParam("sort") @Size(max = 40) @Parameter(description = SORT_FIELDS) String sort,
            @QueryParam("asc") @DefaultValue("true") boolean asc,
            @QueryParam("countryIso") @Parameter(description = "ISO code, e.g. KE") String countryIso,
            @QueryParam("actorType") ActorType actorType,
            @QueryParam("text") @Parameter(description = "Part of the name") String text) {
        ActorFilter filter = new ActorFilter(countryIso, actorType, text);
        PageRequest page = new PageRequest(first, size, sort, asc);
        List<ActorSummary> items = actors.search(filter, page).stream().map(ActorSummary::of).toList();
        return new Page<>(actors.count(filter), page.first(), page.size(), items);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getActor", summary = "One market actor")
    public ActorDetails get(@PathParam("id") long id) {
        return ActorDetails.of(actors.get(id));
    }

    @POST
    @Operation(operationId = "createActor",
            summary = "Register a market actor in a country the caller may change records in")
    @APIResponse(responseCode = "201", description = "Created; the Location header names the new market actor",
            content = @Content(schema = @Schema(implementation = ActorDetails.class)))
    public Response create(@NotNull @Valid ActorRequest request) {
        MarketActor actor = new MarketActor();
        actor.setCountry(geography.country(request.countryIso()));
        request.applyTo(actor, district(request.districtId()));
        MarketActor created = actors.create(actor);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(ActorDetails.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateActor", summary = "Change a market actor's details; its country cannot change",
            description = "Replaces every field: send all of them, as read, with the changes. "
                    + "Refused with 409 if the actor was saved by someone else since the given version.")
    public ActorDetails update(@PathParam("id") long id, @NotNull @Valid ActorRequest request) {
        long version = InvalidRequest.requireVersion(request.version());
        MarketActor actor = actors.get(id);
        // The boundary compares the stored version with the edited copy's: the copy is loaded here, so compare the client's.
        if (actor.getVersion() != version) {
            throw new ConflictException(ACTOR);
        }
        if (!actor.getCountry().getIsoCode().equals(request.countryIso())) {
            // the boundary refuses the move with its own message
            actor.setCountry(geography.country(request.countryIso()));
        }
        request.applyTo(actor, district(request.districtId()));
        return ActorDetails.of(actors.update(actor));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteActor", summary = "Delete a market actor nobody represents")
    public void delete(@PathParam("id") long id,
            @QueryParam("version") @Parameter(description = "The version the deletion was decided on") Long version) {
        actors.delete(id, InvalidRequest.requireVersion(version));
    }

    private District district(Long id) {
        return id == null ? null : geography.district(id);
    }
}
