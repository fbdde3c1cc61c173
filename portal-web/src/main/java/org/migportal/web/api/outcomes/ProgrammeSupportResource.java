package org.migportal.web.api.outcomes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migportal.support.boundary.ProgrammeSupport;

/** Support a programme gave a forum. The {@link ProgrammeSupport} boundary decides who may read it. */
@Path("programme-support")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programme support", description = "Facilitation, subsidies, training and in-kind support given to forums")
public class ProgrammeSupportResource {

    @Inject
    ProgrammeSupport programmeSupport;

    @GET
    @Operation(operationId = "listProgrammeSupport",
            summary = "The support given to a forum, latest start first, each flagged when it ran longer than planned")
    public List<SupportDetails> list(@QueryParam("forumId") @NotNull Long forumId) {
        return programmeSupport.ofForum(forumId).stream().map(SupportDetails::of).toList();
    }
}
