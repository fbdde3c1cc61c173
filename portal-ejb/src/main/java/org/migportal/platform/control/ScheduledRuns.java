package org.migportal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

/**
 * Lets a scheduled job run once in a cluster: every instance's timer fires, and each asks to claim the run of its
 * time slot ({@code now / interval}); the database's unique key on (job, slot) lets exactly one claim succeed. The
 * claim joins the job's transaction, so a job that fails leaves its slot free for another instance to retry.
 */
@ApplicationScoped
public class ScheduledRuns {

    /** This process, as the claims name it (host name and process id). */
    static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext
    EntityManager em;

    /** The slot of {@code at} for a job that runs every {@code interval}: runs of one slot are the same run. */
    public static long slot(Instant at, Duration interval) {
        return at.toEpochMilli() / interval.toMillis();
    }

    /** @return whether this instance claimed the run, and so must do it (in the current transaction) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String job, long slot) {
        return em.createNativeQuery("""
                        insert into scheduled_run (job, slot, instance) values (?1, ?2, ?3)
                        on conflict on constraint scheduled_run_once do nothing""")
                .setParameter(1, job)
                .setParameter(2, slot)
                .setParameter(3, INSTANCE)
                .executeUpdate() == 1;
    }

    /** Forgets claims older than {@code age}; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetOlderThan(Duration age) {
        return em.createNativeQuery("delete from scheduled_run where started_at < localtimestamp - make_interval(secs => ?1)")
                .setParameter(1, (double) age.toSeconds())
                .executeUpdate();
    }
}
