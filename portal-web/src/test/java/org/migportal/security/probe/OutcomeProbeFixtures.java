package org.migportal.security.probe;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.migportal.forum.entity.Forum;
import org.migportal.outcome.control.EvidenceCheck;
import org.migportal.outcome.entity.Outcome;
import org.migportal.outcome.entity.OutcomeEvidence;
import org.migportal.outcome.entity.OutcomeType;
import org.migportal.support.entity.Support;
import org.migportal.support.entity.SupportKind;
import org.migportal.testing.SamplePdf;

/**
 * The outcomes, evidence files and programme support the matrix acts on, made like {@link ProbeFixtures}
 * straight through the entity manager. The demo forum's place reads the demo outcome with its PDF and the
 * demo forum's support.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutcomeProbeFixtures {

    @PersistenceContext
    EntityManager em;

    /** A place's outcome with an evidence file, and support given to its forum. */
    public record Records(Outcome outcome, OutcomeEvidence evidence, Support support) {
    }

    public Records records(ProbePlace place, Forum forum) {
        if (place.demoForum != null) {
            OutcomeEvidence evidence = em.createQuery("""
                            SELECT e FROM OutcomeEvidence e JOIN FETCH e.outcome o JOIN FETCH o.forum
                            WHERE o.forum.id = :forum ORDER BY e.id""", OutcomeEvidence.class)
                    .setParameter("forum", forum.getId()).setMaxResults(1).getSingleResult();
            Support support = em.createNamedQuery(Support.OF_FORUM, Support.class)
                    .setParameter("forum", em.find(Forum.class, forum.getId())).setMaxResults(1).getSingleResult();
            support.getForum().getCountry();
            evidence.getOutcome().getForum().getCountry();
            return new Records(evidence.getOutcome(), evidence, support);
        }
        OutcomeEvidence evidence = evidence(forum);
        return new Records(evidence.getOutcome(), evidence, support(forum));
    }

    public Outcome outcome(Forum forum) {
        Outcome outcome = new Outcome(em.find(Forum.class, forum.getId()), LocalDate.now().minusDays(2),
                OutcomeType.MARKET_ACCESS, "Made by the boundary access matrix test.");
        em.persist(outcome);
        em.flush();
        outcome.getForum().getCountry();
        return outcome;
    }

    /** A new outcome of the forum with a PDF. */
    public OutcomeEvidence evidence(Forum forum) {
        byte[] pdf = SamplePdf.of("Probe evidence");
        OutcomeEvidence evidence = new OutcomeEvidence(outcome(forum), "probe.pdf", "application/pdf", pdf.length,
                EvidenceCheck.sha256(pdf), "probe", LocalDateTime.now());
        em.persist(evidence);
        em.flush();
        em.createNativeQuery("INSERT INTO outcome_evidence_file (outcome_evidence_id, content) VALUES (?1, ?2)")
                .setParameter(1, evidence.getId()).setParameter(2, pdf).executeUpdate();
        return evidence;
    }

    public Support support(Forum forum) {
        Forum stored = em.find(Forum.class, forum.getId());
        Support support = new Support(stored, SupportKind.TRAINING, new BigDecimal("1500.00"),
                stored.getCountry().getCurrencyCode(), LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(1),
                "Made by the boundary access matrix test.");
        em.persist(support);
        em.flush();
        return support;
    }
}
