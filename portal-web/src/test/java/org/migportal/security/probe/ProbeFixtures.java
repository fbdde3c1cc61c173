package org.migportal.security.probe;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.meeting.entity.Adaptation;
import org.migportal.meeting.entity.Commitment;
import org.migportal.meeting.entity.Meeting;
import org.migportal.meeting.entity.MeetingKind;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.SelectionMethod;
import org.migportal.member.entity.Sex;
import org.migportal.platform.entity.PortalEntity;
import org.migportal.report.control.ReportArchive;
import org.migportal.report.control.ReportJobs;
import org.migportal.report.control.ReportRequest;
import org.migportal.report.control.ReportType;

/**
 * Makes the records a matrix cell acts on, straight through the entity manager in a transaction of
 * its own (not through a boundary: the caller of the cell may not be allowed to). Every change acts
 * on a new record, so that no cell depends on another and none touches the demo programme.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ProbeFixtures {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 60_466_176L, 36).toUpperCase();
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @PersistenceContext
    EntityManager em;

    /** The records of a place that the read operations look for; the report is published. */
    public record Records(String isoCode, long districtId, Forum forum, MarketActor actor, Member member,
            Membership membership, long reportId) {
    }

    @Inject
    ReportArchive reports;

    @Inject
    ReportJobs jobs;

    public Records records(ProbePlace place) {
        if (place.demoForum != null) {
            Forum forum = em.createNamedQuery(Forum.FIND_BY_CODE, Forum.class)
                    .setParameter("code", place.demoForum).getSingleResult();
            Membership seat = em.createQuery("""
                            SELECT ms FROM Membership ms WHERE ms.forum = :forum AND ms.leftOn IS NULL
                            ORDER BY ms.id""", Membership.class)
                    .setParameter("forum", forum).setMaxResults(1).getSingleResult();
            return new Records(place.isoCode, forum.getDistrict().getId(), forum, seat.getMember().getActor(),
                    seat.getMember(), seat, report(place, forum, true));
        }
        Forum forum = forum(place);
        MarketActor actor = actor(place);
        Member member = member(actor);
        Membership seat = seat(forum, member, MembershipRole.MEMBER);
        return new Records(place.isoCode, forum.getDistrict().getId(), forum, actor, member, seat,
                report(place, forum, true));
    }

    /** The place's report request: its country's report, or the demo forum's forum report. */
    public ReportRequest reportRequest(ProbePlace place, Forum forum) {
        LocalDate to = LocalDate.now();
        return place.demoForum == null
                ? new ReportRequest(ReportType.COUNTRY, null, List.of(place.isoCode), to.minusYears(1), to, "en")
                : new ReportRequest(ReportType.FORUM, forum.getId(), List.of(place.isoCode), to.minusYears(1), to, "en");
    }

    /** An archived report of the place (the file's content is not read by the matrix). */
    public long report(ProbePlace place, Forum forum, boolean published) {
        long id = reports.store(reportRequest(place, forum), "Probe report", place.name(), "{}", "probe",
                "%PDF-1.4 probe".getBytes(StandardCharsets.US_ASCII));
        if (published) {
            reports.publish(id, "probe");
        }
        return id;
    }

    /** The meeting records of a place's forum that the matrix reads or changes. */
    public record MeetingRecords(Meeting meeting, Commitment commitment, Adaptation adaptation) {
    }

    /**
     * A meeting of the forum (a regular one today) with a commitment of the member and an
     * adaptation; in the demo forum these are records added to it, never its own.
     */
    public MeetingRecords meeting(Forum forum, Member member) {
        // A reflection meeting: adaptations are agreed only at those.
        Meeting meeting = new Meeting(current(forum), MeetingKind.REFLECTION, LocalDate.now());
        persist(meeting);
        Commitment commitment = new Commitment(meeting, current(member), "Probe promise " + serial(),
                LocalDate.now().plusDays(7));
        persist(commitment);
        Adaptation adaptation = new Adaptation(meeting, "Probe adaptation " + serial());
        persist(adaptation);
        return new MeetingRecords(meeting, commitment, adaptation);
    }

    /** A report job of the given user, as if they had asked for a report. */
    public String job(String owner) {
        return jobs.start(owner).id();
    }

    /** A proposed forum with nobody in it. */
    public Forum forum(ProbePlace place) {
        District district = em.createNamedQuery(District.FIND_BY_COUNTRY, District.class)
                .setParameter("isoCode", place.isoCode).setMaxResults(1).getSingleResult();
        String n = serial();
        Forum forum = new Forum("PRB" + RUN + "-" + n, "Probe forum " + RUN + "-" + n, district,
                "Probe market " + RUN + "-" + n, "Made by the boundary access matrix test.", ChangeArea.CORE_MARKET_CHAIN);
        persist(forum);
        return forum;
    }

    /** An active forum with a chair, as the demo programme's rule for active forums wants. */
    public Forum activeForum(ProbePlace place) {
        Forum forum = forum(place);
        seat(forum, member(actor(place)), MembershipRole.CHAIR);
        forum.moveTo(ForumStatus.ACTIVE, LocalDate.now());
        em.flush();
        return forum;
    }

    public MarketActor actor(ProbePlace place) {
        Country country = em.createNamedQuery(Country.FIND_BY_ISO_CODE, Country.class)
                .setParameter("isoCode", place.isoCode).getSingleResult();
        MarketActor actor = new MarketActor(country, "Probe actor " + RUN + "-" + serial(),
                ActorType.TRADER);
        persist(actor);
        return actor;
    }

    /** A consenting member of a new actor of the place's country, in no forum. */
    public Member member(ProbePlace place) {
        return member(actor(place));
    }

    public Membership seat(Forum forum, Member member, MembershipRole role) {
        Membership seat = new Membership(current(forum), current(member), role, SelectionMethod.VOLUNTEERED,
                LocalDate.now().minusMonths(1));
        persist(seat);
        return seat;
    }

    /** A new member seated in a new forum of the place. */
    public Membership membership(ProbePlace place) {
        return seat(forum(place), member(place), MembershipRole.MEMBER);
    }

    /**
     * The stored record of a detached one, never a merge: a step may have changed a cached record
     * (and been refused), and those changes must not reach the database through a fixture.
     */
    @SuppressWarnings("unchecked")
    private <T extends PortalEntity> T current(T detached) {
        return (T) em.find(detached.getClass(), detached.getId());
    }

    /** Fixed width, so that no name is a part of another and a text search finds exactly one. */
    private static String serial() {
        return String.format("%04d", SERIAL.incrementAndGet());
    }

    /** Flushed at once, so that the caller gets the record with its id. */
    private void persist(Object entity) {
        em.persist(entity);
        em.flush();
    }

    private Member member(MarketActor actor) {
        Member member = new Member(current(actor), "Probe", "Matrix " + RUN + "-" + serial(), Sex.FEMALE);
        member.setConsentGiven(true);
        persist(member);
        return member;
    }
}
