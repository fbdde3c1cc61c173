package org.migportal.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's scheduled housekeeping, once per {@code portal.housekeeping.interval} (default a day) in the whole
 * cluster: every instance's timer fires at the start of each interval and {@link ScheduledRuns} lets one of them
 * do the run. It forgets the record of runs older than {@value #KEEP_DAYS} days.
 *
 * <p>Timers are not persistent: each instance sets its own at start, aligned to the interval, so that a run
 * belongs to one slot whichever instance wakes first.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class Housekeeping {

    static final String JOB = "housekeeping";
    private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());
    private static final int KEEP_DAYS = 30;

    @Resource
    TimerService timers;

    @Inject
    ScheduledRuns runs;

    @Inject
    @ConfigProperty(name = "portal.housekeeping.interval", defaultValue = "PT24H")
    String intervalSetting;

    private Duration interval;

    @PostConstruct
    void schedule() {
        interval = Duration.parse(intervalSetting);
        long millis = interval.toMillis();
        long untilNextSlot = millis - System.currentTimeMillis() % millis;
        timers.createIntervalTimer(untilNextSlot, millis, new TimerConfig(JOB, false));
    }

    @Timeout
    void run(Timer timer) {
        // A timer may fire a little early: the slot is that of the moment it was due.
        long slot = ScheduledRuns.slot(Instant.now().plusMillis(Math.min(1000, interval.toMillis() / 4)), interval);
        if (!runs.claim(JOB, slot)) {
            LOG.fine(() -> "Scheduled job " + JOB + ", run " + slot + ": done by another instance");
            return;
        }
        int forgotten = runs.forgetOlderThan(Duration.ofDays(KEEP_DAYS));
        LOG.info(() -> "Scheduled job " + JOB + ", run " + slot + ": done here by " + ScheduledRuns.INSTANCE
                + " (" + forgotten + " old run records removed)");
    }
}
