package org.migportal.web.api.health;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migportal.health.boundary.ForumHealth;
import org.migportal.health.boundary.HealthFilter;
import org.migportal.platform.control.PageRequest;
import org.migportal.web.api.Page;

/** The forum health dashboard as JSON ({@code /api/health}); the {@link ForumHealth} boundary decides who may. */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forum health", description = "Signs that a forum is running out of steam, and what was decided about it")
public class HealthResource {

    private static final String SORT_FIELDS = "Forums needing attention first (default), or by name, code, country, "
            + "district, status, meetings, lastMeeting, attendance, trend, women, youth, marginalised, overdue, actions, "
            + "outcome or selfFinancing";

    @Inject
    ForumHealth health;

    @GET
    @Operation(operationId = "listForumHealth",
            summary = "The health of every active, re-energising or dormant forum of a country (or of every country "
                    + "the caller reads), one page at a time")
    public Page<ForumHealthSummary> list(
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size,
            @QueryParam("sort") @Size(max = 40) @Parameter(description = SORT_FIELDS) String sort,
            @QueryParam("asc") @DefaultValue("true") boolean asc,
            @QueryParam("country") @Pattern(regexp = "[A-Z]{2}") @Parameter(description = "ISO code, e.g. KE") String country,
            @QueryParam("needsAttention") @DefaultValue("false") boolean needsAttention,
            @QueryParam("text") @Size(max = 100) @Parameter(description = "Part of a forum's name or code") String text) {
        HealthFilter filter = new HealthFilter(country, needsAttention, text);
        PageRequest page = new PageRequest(first, size, sort, asc);
        List<ForumHealthSummary> items = health.dashboard(filter, page).stream().map(ForumHealthSummary::of).toList();
        return new Page<>(health.count(filter), page.first(), page.size(), items);
    }
}
