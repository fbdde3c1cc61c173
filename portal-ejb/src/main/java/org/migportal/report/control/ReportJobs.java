package org.migportal.report.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The status of the reports being generated, in the table {@code report_job} so that any instance of a cluster
 * answers the page that polls it. Each change commits on its own at once (the generation's own transaction
 * commits only at its end); a job is kept for an hour, long enough for the page that asked to fetch the
 * result; the file itself is in the archive for good.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReportJobs {

    private static final int KEPT_HOURS = 1;

    @PersistenceContext
    EntityManager em;

    public ReportJob start(String owner) {
        em.createNativeQuery("DELETE FROM report_job WHERE started_at < ?1")
                .setParameter(1, LocalDateTime.now().minusHours(KEPT_HOURS)).executeUpdate();
        String id = UUID.randomUUID().toString();
        em.createNativeQuery("INSERT INTO report_job (id, owner) VALUES (?1, ?2)")
                .setParameter(1, id).setParameter(2, owner).executeUpdate();
        return new ReportJob(id, owner, ReportJob.State.QUEUED, 0, null, null);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ReportJob> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT id, owner, state, progress, archive_id, failure FROM report_job WHERE id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> new ReportJob((String) r[0], (String) r[1],
                ReportJob.State.valueOf((String) r[2]), ((Number) r[3]).intValue(),
                r[4] == null ? null : ((Number) r[4]).longValue(), (String) r[5]));
    }

    /** The job is being worked on, {@code percent} of it done. */
    public void progress(String id, int percent) {
        em.createNativeQuery("UPDATE report_job SET state = 'RUNNING', progress = ?2 WHERE id = ?1 AND state IN ('QUEUED', 'RUNNING')")
                .setParameter(1, id).setParameter(2, percent).executeUpdate();
    }

    /** Called once the report's archive row is committed, so that the page never asks for a file not yet there. */
    public void done(String id, long archiveId) {
        em.createNativeQuery("UPDATE report_job SET state = 'DONE', progress = 100, archive_id = ?2 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, archiveId).executeUpdate();
    }

    /** Failed; the cause is in the server log under {@code incident}. */
    public void failed(String id, String incident) {
        em.createNativeQuery("UPDATE report_job SET state = 'FAILED', progress = 100, failure = ?2 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, incident).executeUpdate();
    }
}
