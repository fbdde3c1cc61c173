package org.migportal.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The status of the reports being generated, kept in memory for an hour: long enough for the page
 * that asked to fetch the result; the file itself is in the archive for good.
 */
@ApplicationScoped
public class ReportJobs {

    private static final Duration KEPT = Duration.ofHours(1);

    private final Map<String, ReportJob> jobs = new ConcurrentHashMap<>();
    private final Map<String, Instant> started = new ConcurrentHashMap<>();

    public ReportJob start(String owner) {
        forgetOld();
        ReportJob job = new ReportJob(UUID.randomUUID().toString(), owner, ReportJob.State.QUEUED, 0, null, null);
        jobs.put(job.id(), job);
        started.put(job.id(), Instant.now());
        return job;
    }

    public Optional<ReportJob> find(String id) {
        return Optional.ofNullable(id).map(jobs::get);
    }

    void update(String id, UnaryOperator<ReportJob> change) {
        jobs.computeIfPresent(id, (key, job) -> change.apply(job));
    }

    private void forgetOld() {
        Instant limit = Instant.now().minus(KEPT);
        started.entrySet().removeIf(e -> {
            boolean old = e.getValue().isBefore(limit);
            if (old) {
                jobs.remove(e.getKey());
            }
            return old;
        });
    }
}
