package org.migportal.delivery.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migportal.delivery.boundary.DeliveryRow;
import org.migportal.delivery.boundary.ScheduleRow;
import org.migportal.delivery.entity.DeliveryStatus;
import org.migportal.delivery.entity.ReportSchedule;
import org.migportal.platform.control.PageRequest;

/**
 * The lists of schedules and deliveries, scoped in the query: all schedules ({@code countries} null), or those
 * whose countries all lie in {@code countries}. A page costs a fixed number of queries: the schedules, their
 * countries and recipients (batched), and the delivery counts of the page in one grouped query.
 */
@Dependent
public class ScheduleQueries {

    private static final String IN_SCOPE = " NOT EXISTS (SELECT c FROM ReportSchedule s2 JOIN s2.countries c"
            + " WHERE s2 = s AND c.isoCode NOT IN :countries)";

    @PersistenceContext
    EntityManager em;

    public List<ScheduleRow> page(Set<String> countries, PageRequest page) {
        if (countries != null && countries.isEmpty()) {
            return List.of();
        }
        TypedQuery<ReportSchedule> query = em.createQuery("SELECT s FROM ReportSchedule s"
                + (countries == null ? "" : " WHERE" + IN_SCOPE)
                + " ORDER BY s.active DESC, s.nextRunOn, s.id", ReportSchedule.class)
                .setFirstResult(page.first()).setMaxResults(page.size());
        if (countries != null) {
            query.setParameter("countries", countries);
        }
        List<ReportSchedule> schedules = query.getResultList();
        Map<Long, long[]> counts = deliveryCounts(schedules.stream().map(ReportSchedule::getId).toList());
        return schedules.stream().map(s -> {
            long[] c = counts.getOrDefault(s.getId(), new long[2]);
            return new ScheduleRow(s, c[0], c[1]);
        }).toList();
    }

    public long count(Set<String> countries) {
        if (countries != null && countries.isEmpty()) {
            return 0;
        }
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(s) FROM ReportSchedule s"
                + (countries == null ? "" : " WHERE" + IN_SCOPE), Long.class);
        if (countries != null) {
            query.setParameter("countries", countries);
        }
        return query.getSingleResult();
    }

    /** Failed deliveries of the schedules in scope, for the notice on the home page. */
    public long failed(Set<String> countries) {
        if (countries != null && countries.isEmpty()) {
            return 0;
        }
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(d) FROM ReportDelivery d JOIN d.schedule s"
                + " WHERE d.status = :failed" + (countries == null ? "" : " AND" + IN_SCOPE), Long.class)
                .setParameter("failed", DeliveryStatus.FAILED);
        if (countries != null) {
            query.setParameter("countries", countries);
        }
        return query.getSingleResult();
    }

    @SuppressWarnings("unchecked")
    public List<DeliveryRow> deliveries(long scheduleId, PageRequest page) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT d.id, d.report_schedule_id, d.report_archive_id, r.title, r.period_from, r.period_to,
                            d.recipient, d.status, d.attempts, d.last_error, d.next_attempt_at, d.sent_at, d.created_at
                        FROM report_delivery d JOIN report_archive r ON r.id = d.report_archive_id
                        WHERE d.report_schedule_id = ?1
                        ORDER BY d.created_at DESC, d.id DESC OFFSET ?2 LIMIT ?3""")
                .setParameter(1, scheduleId).setParameter(2, page.first()).setParameter(3, page.size())
                .getResultList();
        return rows.stream().map(r -> new DeliveryRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), (String) r[3], ((Date) r[4]).toLocalDate(), ((Date) r[5]).toLocalDate(),
                (String) r[6], DeliveryStatus.valueOf((String) r[7]), ((Number) r[8]).intValue(), (String) r[9],
                time(r[10]), time(r[11]), time(r[12]))).toList();
    }

    public long deliveryCount(long scheduleId) {
        return em.createQuery("SELECT COUNT(d) FROM ReportDelivery d WHERE d.schedule.id = :id", Long.class)
                .setParameter("id", scheduleId).getSingleResult();
    }

    /** Per schedule: pending, failed. */
    private Map<Long, long[]> deliveryCounts(List<Long> scheduleIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (scheduleIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createQuery("""
                        SELECT d.schedule.id, d.status, COUNT(d) FROM ReportDelivery d
                        WHERE d.schedule.id IN :ids AND d.status <> :sent GROUP BY d.schedule.id, d.status""", Object[].class)
                .setParameter("ids", scheduleIds).setParameter("sent", DeliveryStatus.SENT).getResultList();
        for (Object[] row : rows) {
            long[] c = counts.computeIfAbsent((Long) row[0], id -> new long[2]);
            c[row[1] == DeliveryStatus.PENDING ? 0 : 1] = ((Number) row[2]).longValue();
        }
        return counts;
    }

    private static LocalDateTime time(Object value) {
        return value == null ? null : ((Timestamp) value).toLocalDateTime();
    }
}
