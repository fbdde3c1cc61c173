package org.migportal.web.api.health;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migportal.health.boundary.ForumHealth;

/** One forum's health ({@code /api/forums/{id}/health}); the {@link ForumHealth} boundary decides who may read it. */
@Path("forums/{id}/health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forum health", description = "Signs that a forum is running out of steam, and what was decided about it")
public class ForumHealthResource {

    @Inject
    ForumHealth health;

    @GET
    @Operation(operationId = "getForumHealth",
            summary = "A forum's health signals, the reasons it needs attention, and the responses recorded")
    public ForumHealthDetails get(@PathParam("id") long id) {
        var row = health.ofForum(id);
        var responses = health.responses(id).stream().map(ForumHealthDetails.ResponseEntry::of).toList();
        return new ForumHealthDetails(id, row.isPresent(), row.map(ForumHealthSummary::of).orElse(null), responses);
    }
}
