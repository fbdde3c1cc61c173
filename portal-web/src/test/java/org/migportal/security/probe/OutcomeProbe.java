package org.migportal.security.probe;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.migportal.forum.entity.Forum;
import org.migportal.outcome.boundary.OutcomeFilter;
import org.migportal.outcome.boundary.Outcomes;
import org.migportal.outcome.entity.Outcome;
import org.migportal.outcome.entity.OutcomeEvidence;
import org.migportal.outcome.entity.OutcomeType;
import org.migportal.platform.control.PageRequest;
import org.migportal.security.probe.BoundaryProbe.Step;
import org.migportal.support.boundary.ProgrammeSupport;
import org.migportal.support.entity.Support;
import org.migportal.support.entity.SupportKind;
import org.migportal.testing.SamplePdf;

/** The matrix steps of the outcomes' and programme support's boundaries (issue 5). */
@Dependent
public class OutcomeProbe {

    private static final Map<ProbePlace, OutcomeProbeFixtures.Records> RECORDS = new ConcurrentHashMap<>();

    @Inject
    OutcomeProbeFixtures fixtures;

    @Inject
    Outcomes outcomes;

    @Inject
    ProgrammeSupport programmeSupport;

    Map<String, Step> steps(Function<ProbePlace, ProbeFixtures.Records> base) {
        Function<ProbePlace, OutcomeProbeFixtures.Records> records =
                place -> RECORDS.computeIfAbsent(place, p -> fixtures.records(p, base.apply(p).forum()));
        Function<ProbePlace, Forum> forum = place -> records.apply(place).outcome().getForum();
        Map<String, Step> steps = new LinkedHashMap<>();
        PageRequest page = PageRequest.of(0, 50);

        steps.put("Outcomes.search", place -> {
            Outcome outcome = records.apply(place).outcome();
            return outcomes.search(OutcomeFilter.ofForum(outcome.getForum().getId()), page).stream()
                    .anyMatch(row -> row.outcome().equals(outcome));
        });
        steps.put("Outcomes.count", place -> outcomes.count(OutcomeFilter.ofForum(forum.apply(place).getId())) > 0);
        steps.put("Outcomes.get", place -> outcomes.get(records.apply(place).outcome().getId()));
        steps.put("Outcomes.canRecord", place -> outcomes.canRecord(forum.apply(place).getId()));
        steps.put("Outcomes.actionChoices", place -> outcomes.actionChoices(forum.apply(place).getId()));
        steps.put("Outcomes.create", place -> outcomes.create(new Outcome(forum.apply(place), LocalDate.now(),
                OutcomeType.OTHER, "Created by the boundary access matrix test."), Set.of()));
        steps.put("Outcomes.update", place -> {
            Outcome outcome = writable(place, () -> fixtures.outcome(forum.apply(place)), records.apply(place).outcome());
            outcome.setEstimatedBeneficiaries(77);
            return outcomes.update(outcome, Set.of());
        });
        steps.put("Outcomes.delete", place -> {
            Outcome outcome = writable(place, () -> fixtures.evidence(forum.apply(place)).getOutcome(),
                    records.apply(place).outcome());
            outcomes.delete(outcome.getId(), outcome.getVersion());
            return null;
        });
        steps.put("Outcomes.evidence", place -> outcomes.evidence(records.apply(place).outcome().getId()));
        steps.put("Outcomes.addEvidence", place -> {
            Outcome outcome = writable(place, () -> fixtures.outcome(forum.apply(place)), records.apply(place).outcome());
            return outcomes.addEvidence(outcome.getId(), "added.pdf", SamplePdf.of("Added by the probe"));
        });
        steps.put("Outcomes.removeEvidence", place -> {
            OutcomeEvidence evidence = writable(place, () -> fixtures.evidence(forum.apply(place)),
                    records.apply(place).evidence());
            outcomes.removeEvidence(evidence.getId());
            return null;
        });
        steps.put("Outcomes.download", place -> outcomes.download(records.apply(place).evidence().getId()));

        steps.put("ProgrammeSupport.ofForum", place -> programmeSupport.ofForum(forum.apply(place).getId()));
        steps.put("ProgrammeSupport.get", place -> programmeSupport.get(records.apply(place).support().getId()));
        steps.put("ProgrammeSupport.canRecord", place -> programmeSupport.canRecord(forum.apply(place).getId()));
        steps.put("ProgrammeSupport.create", place -> programmeSupport.create(new Support(forum.apply(place),
                SupportKind.FACILITATION, new BigDecimal("100.00"), "USD", LocalDate.now(), LocalDate.now().plusMonths(6),
                "Created by the boundary access matrix test.")));
        steps.put("ProgrammeSupport.update", place -> {
            Support support = writable(place, () -> fixtures.support(forum.apply(place)), records.apply(place).support());
            support.setPurpose("Changed by the boundary access matrix test.");
            return programmeSupport.update(support);
        });
        steps.put("ProgrammeSupport.delete", place -> {
            Support support = writable(place, () -> fixtures.support(forum.apply(place)), records.apply(place).support());
            programmeSupport.delete(support.getId(), support.getVersion());
            return null;
        });
        steps.put("ProgrammeSupport.ownContributions", place -> programmeSupport.ownContributions(forum.apply(place).getId()));
        steps.put("ProgrammeSupport.selfFinancing", place ->
                programmeSupport.selfFinancing(forum.apply(place).getId(), null, null));
        return steps;
    }

    /** A new record for a change, or the demo record itself where the place is the demo forum (only ever denied). */
    private static <T> T writable(ProbePlace place, Supplier<T> fresh, T demo) {
        return place.demoForum == null ? fresh.get() : demo;
    }
}
