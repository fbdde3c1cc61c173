package org.migportal.delivery.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.migportal.delivery.control.ScheduleQueries;
import org.migportal.delivery.control.ScheduleRuns;
import org.migportal.delivery.entity.DeliveryStatus;
import org.migportal.delivery.entity.ReportDelivery;
import org.migportal.delivery.entity.ReportSchedule;
import org.migportal.geography.entity.Country;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.Edits;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.RuleViolation;
import org.migportal.report.control.ReportType;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Caller;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.Roles;

/**
 * Report schedules and their e-mails. Admins manage every schedule; a country officer the schedules whose
 * countries are all their own (as they generate reports for them); nobody else sees them. Running one now and
 * retrying an e-mail happen in the background: the history on the page shows how they went.
 */
@Stateless
@Guarded
public class ReportSchedules {

    private static final Logger LOG = Logger.getLogger(ReportSchedules.class.getName());
    private static final String SCHEDULE = "ReportSchedule";
    private static final String DELIVERY = "ReportDelivery";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @Inject
    ScheduleQueries queries;

    @Inject
    ScheduleRuns runs;

    @Resource
    ManagedExecutorService executor;

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public List<ScheduleRow> search(@NotNull @Valid PageRequest page) {
        return queries.page(scope(), page);
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public long count() {
        return queries.count(scope());
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public ReportSchedule get(long id) {
        return visible(id, "read");
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public ReportSchedule create(@NotNull @Valid ScheduleDraft draft) {
        if (draft.nextRunOn().isBefore(LocalDate.now())) {
            throw new RuleViolation("schedule.nextRunOn.past");
        }
        ReportSchedule schedule = new ReportSchedule(scheduled(draft.type()), countries(draft.countries(), "new"),
                draft.language(), draft.frequency(), draft.nextRunOn(), draft.recipients());
        apply(draft, schedule);
        schedule.createdBy(guard.caller().username(), LocalDateTime.now());
        em.persist(schedule);
        em.flush();
        return schedule;
    }

    /** Replaces every field of the schedule, made on {@code version}; someone else's newer save is a conflict. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public ReportSchedule update(long id, long version, @NotNull @Valid ScheduleDraft draft) {
        ReportSchedule stored = visible(id, "change");
        if (stored.getVersion() != version) {
            throw new ConflictException(SCHEDULE);
        }
        if (!draft.nextRunOn().equals(stored.getNextRunOn()) && draft.nextRunOn().isBefore(LocalDate.now())) {
            throw new RuleViolation("schedule.nextRunOn.past");
        }
        stored.setType(scheduled(draft.type()));
        stored.setCountries(countries(draft.countries(), id));
        stored.setLanguage(draft.language());
        stored.setFrequency(draft.frequency());
        stored.setNextRunOn(draft.nextRunOn());
        stored.setRecipients(draft.recipients());
        apply(draft, stored);
        return Edits.save(em, stored, stored, SCHEDULE);
    }

    /**
     * Makes the schedule's report now, for the months that ended yesterday, and e-mails it, in the background;
     * the schedule's own dates stay as they are.
     */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public void runNow(long id) {
        visible(id, "run");
        LocalDate today = LocalDate.now();
        executor.submit(() -> {
            try {
                List<Long> deliveries = runs.run(id, today, true);
                deliveries.forEach(delivery -> runs.deliver(delivery, LocalDateTime.now()));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, e, () -> "Report schedule " + id + ", run now, failed");
                runs.recordFailure(id, ScheduleRuns.reason(e));
            }
        });
    }

    /** The schedule's e-mails, newest first. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public List<DeliveryRow> deliveries(long scheduleId, @NotNull @Valid PageRequest page) {
        visible(scheduleId, "read");
        return queries.deliveries(scheduleId, page);
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public long deliveryCount(long scheduleId) {
        visible(scheduleId, "read");
        return queries.deliveryCount(scheduleId);
    }

    /** Sends a failed (or waiting) e-mail again now, with a fresh set of attempts. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public void retry(long deliveryId) {
        ReportDelivery delivery = em.find(ReportDelivery.class, deliveryId);
        if (delivery == null) {
            throw new NotFoundException(DELIVERY, deliveryId);
        }
        visible(delivery.getSchedule().getId(), "retry");
        if (delivery.getStatus() == DeliveryStatus.SENT) {
            throw new RuleViolation("schedule.delivery.sent");
        }
        runs.resetForRetry(deliveryId, LocalDateTime.now());
        executor.submit(() -> runs.deliver(deliveryId, LocalDateTime.now()));
    }

    /** How many e-mails of the caller's schedules failed (the home page's notice). */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public long failedCount() {
        return queries.failed(scope());
    }

    /** All schedules (null) for an admin, else those of the officer's countries. */
    private Set<String> scope() {
        Caller caller = guard.caller();
        return caller.isAdmin() ? null : caller.hasRole(Roles.COUNTRY_OFFICER) ? caller.countries() : Set.of();
    }

    private ReportSchedule visible(long id, String operation) {
        ReportSchedule schedule = em.find(ReportSchedule.class, id);
        if (schedule == null) {
            throw new NotFoundException(SCHEDULE, id);
        }
        if (!schedule.getCountries().stream().allMatch(guard::canWrite)) {
            throw guard.deny(operation, SCHEDULE, id);
        }
        return schedule;
    }

    private static ReportType scheduled(ReportType type) {
        if (type != ReportType.COUNTRY && type != ReportType.DONOR) {
            throw new RuleViolation("schedule.type.unsupported");
        }
        return type;
    }

    /** The countries by ISO code, each one the caller may generate and send reports for. */
    private List<Country> countries(List<String> isoCodes, Object id) {
        List<Country> countries = new ArrayList<>();
        for (String isoCode : isoCodes) {
            Country country = em.createNamedQuery(Country.FIND_BY_ISO_CODE, Country.class)
                    .setParameter("isoCode", isoCode)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new RuleViolation("report.country.unknown", isoCode));
            guard.requireWrite(country, SCHEDULE, id);
            countries.add(country);
        }
        return countries;
    }

    private static void apply(ScheduleDraft draft, ReportSchedule schedule) {
        schedule.setAttachFile(draft.attachFile());
        schedule.setPublishToDonors(draft.publishToDonors());
        schedule.setActive(draft.active());
    }
}
