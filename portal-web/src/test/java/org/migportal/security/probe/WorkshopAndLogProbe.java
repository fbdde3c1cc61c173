package org.migportal.security.probe;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.migportal.communication.boundary.CommunicationFilter;
import org.migportal.communication.boundary.CommunicationLog;
import org.migportal.communication.entity.CommunicationEntry;
import org.migportal.forum.entity.Forum;
import org.migportal.member.entity.Member;
import org.migportal.platform.control.PageRequest;
import org.migportal.security.probe.BoundaryProbe.Step;
import org.migportal.workshop.boundary.Votes;
import org.migportal.workshop.boundary.WorkshopFilter;
import org.migportal.workshop.boundary.Workshops;
import org.migportal.workshop.entity.Workshop;
import org.migportal.workshop.entity.WorkshopConstraint;

/** The matrix steps of the communication log's and the workshops' boundaries (issue 4). */
@Dependent
public class WorkshopAndLogProbe {

    private static final Map<ProbePlace, WorkshopAndLogProbeFixtures.Records> RECORDS = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    WorkshopAndLogProbeFixtures fixtures;

    @Inject
    CommunicationLog log;

    @Inject
    Workshops workshops;

    Map<String, Step> steps(Function<ProbePlace, ProbeFixtures.Records> base) {
        Function<ProbePlace, WorkshopAndLogProbeFixtures.Records> records =
                place -> RECORDS.computeIfAbsent(place, p -> fixtures.records(p, base.apply(p)));
        Map<String, Step> steps = new LinkedHashMap<>();
        PageRequest page = PageRequest.of(0, 50);

        steps.put("CommunicationLog.search", place -> {
            CommunicationEntry entry = records.apply(place).entry();
            return log.search(CommunicationFilter.ofForum(entry.getForum().getId()), page).stream()
                    .anyMatch(row -> row.entry().equals(entry));
        });
        steps.put("CommunicationLog.count", place ->
                log.count(CommunicationFilter.ofForum(records.apply(place).entry().getForum().getId())) > 0);
        steps.put("CommunicationLog.get", place -> log.get(records.apply(place).entry().getId()));
        steps.put("CommunicationLog.canWrite", place -> log.canWrite(records.apply(place).entry().getForum().getId()));
        steps.put("CommunicationLog.create", place -> {
            CommunicationEntry template = records.apply(place).entry();
            CommunicationEntry draft = new CommunicationEntry(template.getForum(), LocalDate.now(), template.getKind(),
                    template.getChannel(), template.getPurpose(), "Created by the boundary access matrix test.");
            draft.setAudience(template.getAudience());
            draft.setOutsideParties(template.getOutsideParties());
            return log.create(draft, partiesOf(template));
        });
        steps.put("CommunicationLog.update", place -> {
            CommunicationEntry entry = writable(place, () -> fixtures.entry(base.apply(place)), records.apply(place).entry());
            entry.setOutcome("Changed by the boundary access matrix test.");
            return log.update(entry, partiesOf(entry));
        });
        steps.put("CommunicationLog.delete", place -> {
            CommunicationEntry entry = writable(place, () -> fixtures.entry(base.apply(place)), records.apply(place).entry());
            log.delete(entry.getId(), entry.getVersion());
            return null;
        });

        steps.put("Workshops.search", place -> {
            Workshop workshop = records.apply(place).workshop();
            return workshops.search(byMarketSystem(workshop), page).stream().anyMatch(row -> row.workshop().equals(workshop));
        });
        steps.put("Workshops.count", place -> workshops.count(byMarketSystem(records.apply(place).workshop())) > 0);
        steps.put("Workshops.get", place -> workshops.get(records.apply(place).workshop().getId()));
        steps.put("Workshops.canEdit", place -> workshops.canEdit(records.apply(place).workshop().getId()));
        steps.put("Workshops.constraints", place -> workshops.constraints(records.apply(place).workshop().getId()));
        steps.put("Workshops.constraint", place -> workshops.constraint(records.apply(place).constraint().getId()));
        steps.put("Workshops.originOf", place -> workshops.originOf(records.apply(place).linkedForum().getId()).isPresent());
        steps.put("Workshops.create", place -> {
            Workshop template = records.apply(place).workshop();
            return workshops.create(new Workshop(template.getDistrict(), LocalDate.now(), template.getMarketSystem() + " new", 5));
        });
        steps.put("Workshops.update", place -> {
            Workshop workshop = writable(place, () -> fixtures.workshop(place), records.apply(place).workshop());
            workshop.setParticipantCount(17);
            return workshops.update(workshop);
        });
        steps.put("Workshops.delete", place -> {
            Workshop workshop = writable(place, () -> fixtures.workshop(place), records.apply(place).workshop());
            workshops.delete(workshop.getId(), workshop.getVersion());
            return null;
        });
        steps.put("Workshops.addConstraint", place -> {
            Workshop workshop = writable(place, () -> fixtures.workshop(place), records.apply(place).workshop());
            return workshops.addConstraint(new WorkshopConstraint(workshop, "Probe added",
                    records.apply(place).constraint().getChangeArea(), 1));
        });
        steps.put("Workshops.updateConstraint", place -> {
            WorkshopConstraint constraint = writable(place, () -> fixtures.constraint(place), records.apply(place).constraint());
            constraint.setVotes(9);
            return workshops.updateConstraint(constraint);
        });
        steps.put("Workshops.deleteConstraint", place -> {
            WorkshopConstraint constraint = writable(place, () -> fixtures.constraint(place), records.apply(place).constraint());
            workshops.deleteConstraint(constraint.getId(), constraint.getVersion());
            return null;
        });
        steps.put("Workshops.recordVotes", place -> {
            WorkshopConstraint constraint = writable(place, () -> fixtures.constraint(place), records.apply(place).constraint());
            return workshops.recordVotes(constraint.getWorkshop().getId(),
                    List.of(new Votes(constraint.getId(), constraint.getVersion(), 6)));
        });
        steps.put("Workshops.createForum", place -> {
            WorkshopConstraint constraint = writable(place, () -> fixtures.constraint(place), records.apply(place).constraint());
            Forum template = base.apply(place).forum();
            Forum draft = new Forum(template.getCode() + "W" + System.nanoTime() % 100_000, template.getName() + " set up",
                    constraint.getWorkshop().getDistrict(), template.getMarketSystem(), constraint.getVision(),
                    constraint.getChangeArea());
            return workshops.createForum(constraint.getId(), draft);
        });
        return steps;
    }

    private static WorkshopFilter byMarketSystem(Workshop workshop) {
        return new WorkshopFilter(null, null, workshop.getMarketSystem(), null, null);
    }

    private static Set<Long> partiesOf(CommunicationEntry entry) {
        return Set.copyOf(entry.getParties().stream().map(Member::getId).toList());
    }

    /** A new record for a change, or the demo record itself where the place is the demo forum (only ever denied). */
    private static <T> T writable(ProbePlace place, Supplier<T> fresh, T demo) {
        return place.demoForum == null ? fresh.get() : demo;
    }
}
