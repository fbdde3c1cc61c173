package org.migportal.security.probe;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.migportal.communication.entity.CommunicationChannel;
import org.migportal.communication.entity.CommunicationEntry;
import org.migportal.communication.entity.CommunicationKind;
import org.migportal.communication.entity.CommunicationPurpose;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.entity.District;
import org.migportal.member.entity.Member;
import org.migportal.workshop.entity.Workshop;
import org.migportal.workshop.entity.WorkshopConstraint;

/**
 * The workshops, constraints and communication log entries the matrix acts on, made like
 * {@link ProbeFixtures} straight through the entity manager. The demo forum's place reads the demo
 * workshop its forum came from and the demo forum's first log entry.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WorkshopAndLogProbeFixtures {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 60_466_176L, 36).toUpperCase();
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @PersistenceContext
    EntityManager em;

    @Inject
    ProbeFixtures fixtures;

    /** A place's workshop with a constraint, a forum set up for it, and a log entry of the place's forum. */
    public record Records(Workshop workshop, WorkshopConstraint constraint, Forum linkedForum, CommunicationEntry entry) {
    }

    public Records records(ProbePlace place, ProbeFixtures.Records base) {
        if (place.demoForum != null) {
            Forum forum = em.find(Forum.class, base.forum().getId());
            WorkshopConstraint constraint = em.find(WorkshopConstraint.class, forum.getWorkshopConstraintId());
            CommunicationEntry entry = em.createQuery(
                            "SELECT e FROM CommunicationEntry e WHERE e.forum = :forum ORDER BY e.id", CommunicationEntry.class)
                    .setParameter("forum", forum).setMaxResults(1).getSingleResult();
            entry.getParties().size();
            constraint.getWorkshop().getDistrict().getCountry();
            return new Records(constraint.getWorkshop(), constraint, forum, entry);
        }
        WorkshopConstraint constraint = constraint(place);
        Forum linked = em.find(Forum.class, fixtures.forum(place).getId());
        linked.setUpAt(constraint.getWorkshop().getId(), constraint.getId());
        em.flush();
        return new Records(constraint.getWorkshop(), constraint, linked, entry(base));
    }

    public Workshop workshop(ProbePlace place) {
        District district = em.createNamedQuery(District.FIND_BY_COUNTRY, District.class)
                .setParameter("isoCode", place.isoCode).setMaxResults(1).getSingleResult();
        Workshop workshop = new Workshop(district, LocalDate.now().minusDays(5),
                "Probe workshop " + RUN + "-" + String.format("%04d", SERIAL.incrementAndGet()), 10);
        em.persist(workshop);
        em.flush();
        return workshop;
    }

    /** A new constraint of a new workshop of the place. */
    public WorkshopConstraint constraint(ProbePlace place) {
        WorkshopConstraint constraint = new WorkshopConstraint(workshop(place), "Probe constraint " + SERIAL.incrementAndGet(),
                ChangeArea.ENABLING_ENVIRONMENT, 4);
        em.persist(constraint);
        em.flush();
        return constraint;
    }

    /** An internal communication of the place forum's seated member. */
    public CommunicationEntry entry(ProbeFixtures.Records base) {
        CommunicationEntry entry = new CommunicationEntry(em.find(Forum.class, base.forum().getId()), LocalDate.now(),
                CommunicationKind.INTERNAL, CommunicationChannel.MEETING, CommunicationPurpose.COORDINATION,
                "Made by the boundary access matrix test.");
        entry.setParties(List.of(em.find(Member.class, base.member().getId())));
        em.persist(entry);
        em.flush();
        return entry;
    }
}
