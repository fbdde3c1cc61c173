package org.migportal.security.probe;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.migportal.forum.entity.Forum;
import org.migportal.health.boundary.ForumHealth;
import org.migportal.health.boundary.HealthFilter;
import org.migportal.health.boundary.HealthTrend;
import org.migportal.health.entity.HealthResponse;
import org.migportal.platform.control.PageRequest;
import org.migportal.security.probe.BoundaryProbe.Step;

/**
 * The matrix steps of the forum health boundary. Health applies to forums that have started, so a
 * place's forum here is an active one made for the matrix (the demo forum where the place is it).
 */
@Dependent
public class HealthProbe {

    private static final Map<ProbePlace, Forum> FORUMS = new ConcurrentHashMap<>();

    @Inject
    ProbeFixtures fixtures;

    @Inject
    ForumHealth health;

    Map<String, Step> steps(Function<ProbePlace, ProbeFixtures.Records> base) {
        Function<ProbePlace, Forum> forum = place -> FORUMS.computeIfAbsent(place,
                p -> p.demoForum == null ? fixtures.activeForum(p) : base.apply(p).forum());
        Map<String, Step> steps = new LinkedHashMap<>();
        PageRequest page = PageRequest.of(0, 50);

        steps.put("ForumHealth.dashboard", place -> {
            Forum sought = forum.apply(place);
            return health.dashboard(new HealthFilter(null, false, sought.getCode()), page).stream()
                    .anyMatch(row -> row.signals().forumId() == sought.getId());
        });
        steps.put("ForumHealth.count", place ->
                health.count(new HealthFilter(null, false, forum.apply(place).getCode())) > 0);
        steps.put("ForumHealth.ofForum", place -> health.ofForum(forum.apply(place).getId()));
        steps.put("ForumHealth.responses", place -> health.responses(forum.apply(place).getId()));
        steps.put("ForumHealth.canRespond", place -> health.canRespond(forum.apply(place).getId()));
        steps.put("ForumHealth.recordResponse", place -> health.recordResponse(forum.apply(place).getId(),
                HealthResponse.RE_ENERGISE, "Recorded by the boundary access matrix test.", LocalDate.now().plusMonths(1)));
        steps.put("ForumHealth.attendanceOverTime", place -> hasCountry(health.attendanceOverTime(null), place));
        steps.put("ForumHealth.outcomesOverTime", place -> hasCountry(health.outcomesOverTime(null), place));
        return steps;
    }

    private static boolean hasCountry(HealthTrend trend, ProbePlace place) {
        return trend.series().stream().anyMatch(series -> series.countryIso().equals(place.isoCode));
    }
}
