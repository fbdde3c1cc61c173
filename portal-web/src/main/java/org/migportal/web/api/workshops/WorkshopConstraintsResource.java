package org.migportal.web.api.workshops;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migportal.platform.control.ConflictException;
import org.migportal.web.api.InvalidRequest;
import org.migportal.workshop.boundary.Workshops;
import org.migportal.workshop.entity.WorkshopConstraint;

/** One constraint of a workshop: correcting it (its votes too) or removing it. */
@Path("workshop-constraints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workshops")
public class WorkshopConstraintsResource {

    private static final String CONSTRAINT = "WorkshopConstraint";

    @Inject
    Workshops workshops;

    @PUT
    @Path("{id}")
    @Operation(operationId = "updateWorkshopConstraint", summary = "Change a constraint or its votes",
            description = "Replaces every field: send all of them, as read, with the changes. "
                    + "Refused with 409 if the constraint was saved by someone else since the given version.")
    public ConstraintDetails update(@PathParam("id") long id, @NotNull @Valid ConstraintRequest request) {
        long version = InvalidRequest.requireVersion(request.version());
        WorkshopConstraint constraint = workshops.constraint(id);
        if (constraint.getVersion() != version) {
            throw new ConflictException(CONSTRAINT);
        }
        request.applyTo(constraint);
        WorkshopConstraint saved = workshops.updateConstraint(constraint);
        return workshops.constraints(saved.getWorkshop().getId()).stream()
                .filter(row -> row.constraint().getId().equals(id))
                .findFirst()
                .map(ConstraintDetails::of)
                .orElseThrow();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWorkshopConstraint",
            summary = "Remove a constraint; refused (422) once a forum was set up for it")
    public void delete(@PathParam("id") long id,
            @QueryParam("version") @Parameter(description = "The version the deletion was decided on") Long version) {
        workshops.deleteConstraint(id, InvalidRequest.requireVersion(version));
    }
}
