package org.migportal.security.probe;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.migportal.delivery.entity.Frequency;
import org.migportal.delivery.entity.ReportDelivery;
import org.migportal.delivery.entity.ReportSchedule;
import org.migportal.geography.entity.Country;
import org.migportal.report.control.ReportArchive;
import org.migportal.report.control.ReportRequest;
import org.migportal.report.control.ReportType;

/**
 * The report schedules the matrix acts on: a paused country-report schedule of the place's country (it never
 * runs by itself), and a failed e-mail of it, made straight through the entity manager.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduleProbeFixtures {

    /** Where the probe's e-mails go: nowhere (the tests' mail port, mostly closed). */
    static final String RECIPIENT = "probe@matrix.mig.test";

    @PersistenceContext
    EntityManager em;

    @Inject
    ReportArchive reports;

    public ReportSchedule schedule(ProbePlace place) {
        ReportSchedule schedule = new ReportSchedule(ReportType.COUNTRY, List.of(country(place)), "en",
                Frequency.QUARTERLY, LocalDate.now().plusYears(1), List.of(RECIPIENT));
        schedule.setActive(false);
        schedule.createdBy("probe", LocalDateTime.now());
        em.persist(schedule);
        em.flush();
        return schedule;
    }

    /** A failed e-mail of a new schedule of the place, for a report archived for it. */
    public long failedDelivery(ProbePlace place) {
        ReportSchedule schedule = schedule(place);
        long report = reports.store(new ReportRequest(ReportType.COUNTRY, null, List.of(place.isoCode),
                        LocalDate.now().minusMonths(3), LocalDate.now().minusDays(1), "en"), "Probe report", place.name(),
                "{}", "probe", "%PDF-1.4 probe".getBytes(StandardCharsets.US_ASCII));
        LocalDateTime now = LocalDateTime.now();
        ReportDelivery delivery = new ReportDelivery(schedule, report, RECIPIENT, now);
        for (int attempt = 0; attempt < 4; attempt++) {
            delivery.refused("Probe: connection refused", now);
        }
        em.persist(delivery);
        em.flush();
        return delivery.getId();
    }

    public void removeIfFailed(long delivery) {
        em.createQuery("DELETE FROM ReportDelivery d WHERE d.id = :id AND d.status = :failed")
                .setParameter("id", delivery)
                .setParameter("failed", org.migportal.delivery.entity.DeliveryStatus.FAILED)
                .executeUpdate();
    }

    private Country country(ProbePlace place) {
        return em.createNamedQuery(Country.FIND_BY_ISO_CODE, Country.class).setParameter("isoCode", place.isoCode)
                .getSingleResult();
    }
}
