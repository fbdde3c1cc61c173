package org.migportal.delivery.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.migportal.platform.control.ScheduledRuns;

/**
 * Every {@code portal.report-schedules.interval} (default 5 minutes), once in the whole cluster (the
 * {@code scheduled_run} claim of {@link ScheduledRuns}): runs the report schedules that are due and attempts the
 * e-mails that are due, new ones and retries. Like the housekeeping, each instance sets its own timer aligned
 * to the interval, so that a run belongs to one slot whichever instance wakes first.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class ReportScheduler {

    private static final Logger LOG = Logger.getLogger(ReportScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ScheduleRuns work;

    @Inject
    @ConfigProperty(name = "portal.report-schedules.interval", defaultValue = "PT5M")
    String intervalSetting;

    private Duration interval;

    @PostConstruct
    void schedule() {
        interval = Duration.parse(intervalSetting);
        long millis = interval.toMillis();
        long untilNextSlot = millis - System.currentTimeMillis() % millis;
        timers.createIntervalTimer(untilNextSlot, millis, new TimerConfig(ScheduleRuns.JOB, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick(Timer timer) {
        // A timer may fire a little early: the slot is that of the moment it was due.
        long slot = ScheduledRuns.slot(Instant.now().plusMillis(Math.min(1000, interval.toMillis() / 4)), interval);
        if (!work.claim(slot)) {
            return;
        }
        LocalDate today = LocalDate.now();
        for (long schedule : work.dueSchedules(today)) {
            runSchedule(schedule, today);
        }
        for (long delivery : work.dueDeliveries(LocalDateTime.now())) {
            deliver(delivery);
        }
    }

    private void runSchedule(long schedule, LocalDate today) {
        try {
            work.run(schedule, today, false);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Report schedule " + schedule + " failed; it is tried again at the next run");
            work.recordFailure(schedule, ScheduleRuns.reason(e));
        }
    }

    private void deliver(long delivery) {
        try {
            work.deliver(delivery, LocalDateTime.now());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Report delivery " + delivery + " failed");
        }
    }
}
