package org.migportal.security.probe;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.migportal.delivery.boundary.ReportSchedules;
import org.migportal.delivery.boundary.ScheduleDraft;
import org.migportal.delivery.entity.Frequency;
import org.migportal.delivery.entity.ReportSchedule;
import org.migportal.platform.control.PageRequest;
import org.migportal.report.control.ReportType;
import org.migportal.security.probe.BoundaryProbe.Step;

/** The matrix steps of the report schedules' boundary: each place's records are a schedule of its country. */
@Dependent
public class ScheduleProbe {

    private static final Map<ProbePlace, ReportSchedule> SCHEDULES = new ConcurrentHashMap<>();

    @Inject
    ScheduleProbeFixtures fixtures;

    @Inject
    ReportSchedules schedules;

    Map<String, Step> steps() {
        Map<String, Step> steps = new LinkedHashMap<>();
        PageRequest page = PageRequest.of(0, PageRequest.MAX_SIZE);
        steps.put("ReportSchedules.search", place -> {
            long sought = schedule(place).getId();
            return schedules.search(page).stream().anyMatch(row -> row.schedule().getId() == sought);
        });
        steps.put("ReportSchedules.count", place -> {
            schedule(place);
            return schedules.count() > 0;
        });
        steps.put("ReportSchedules.get", place -> schedules.get(schedule(place).getId()));
        steps.put("ReportSchedules.create", place -> schedules.create(draft(place)));
        steps.put("ReportSchedules.update", place -> {
            ReportSchedule schedule = fixtures.schedule(place);
            return schedules.update(schedule.getId(), schedule.getVersion(), draft(place));
        });
        steps.put("ReportSchedules.runNow", place -> {
            schedules.runNow(fixtures.schedule(place).getId());
            return null;
        });
        steps.put("ReportSchedules.deliveries", place -> schedules.deliveries(schedule(place).getId(), page));
        steps.put("ReportSchedules.deliveryCount", place -> schedules.deliveryCount(schedule(place).getId()));
        steps.put("ReportSchedules.retry", place -> {
            long delivery = fixtures.failedDelivery(place);
            try {
                schedules.retry(delivery);
            } finally {
                // A refused retry leaves it failed: gone, so that later tests' home pages show no failed e-mail.
                fixtures.removeIfFailed(delivery);
            }
            return null;
        });
        steps.put("ReportSchedules.failedCount", place -> schedules.failedCount() >= 0);
        return steps;
    }

    private ReportSchedule schedule(ProbePlace place) {
        return SCHEDULES.computeIfAbsent(place, fixtures::schedule);
    }

    /** A paused country report of the place, a year from now. */
    private static ScheduleDraft draft(ProbePlace place) {
        return new ScheduleDraft(ReportType.COUNTRY, List.of(place.isoCode), "en", Frequency.QUARTERLY,
                LocalDate.now().plusYears(1), List.of(ScheduleProbeFixtures.RECIPIENT), true, false, false);
    }
}
