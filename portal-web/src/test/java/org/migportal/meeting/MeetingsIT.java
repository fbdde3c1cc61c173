package org.migportal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.geography.boundary.Geography;
import org.migportal.meeting.boundary.Adaptations;
import org.migportal.meeting.boundary.AttendanceLine;
import org.migportal.meeting.boundary.CommitmentFilter;
import org.migportal.meeting.boundary.Commitments;
import org.migportal.meeting.boundary.MeetingFilter;
import org.migportal.meeting.boundary.Meetings;
import org.migportal.meeting.entity.AdaptationStatus;
import org.migportal.meeting.entity.AttendanceStatus;
import org.migportal.meeting.entity.Commitment;
import org.migportal.meeting.entity.CommitmentStatus;
import org.migportal.meeting.entity.MarketMapReview;
import org.migportal.meeting.entity.Meeting;
import org.migportal.meeting.entity.MeetingKind;
import org.migportal.member.boundary.MarketActors;
import org.migportal.member.boundary.Members;
import org.migportal.member.boundary.Memberships;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.SelectionMethod;
import org.migportal.member.entity.Sex;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.PortalException;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.testing.container.LoginAs;
import org.migportal.testing.container.TestDeployments;
import org.migportal.testing.container.TestUsers;

/**
 * The meeting boundaries in the container, as the demo users: who may record what where, the attendance
 * sheet's join and leave dates, commitments and what became of them, reflections, a closed forum, and
 * two people saving the same meeting. Each test makes its own forum in Kenya; the secretary's tests only
 * add meetings to their demo forum KE-KSM-FIN.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingsIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.portalWithTestLogin(MeetingsIT.class);
    }

    @Inject
    LoginAs login;

    @Inject
    Meetings meetings;

    @Inject
    Commitments commitments;

    @Inject
    Adaptations adaptations;

    @Inject
    Forums forums;

    @Inject
    Members members;

    @Inject
    MarketActors actors;

    @Inject
    Memberships memberships;

    @Inject
    Geography geography;

    /** A forum of the Kenya officer's with members who joined and left on given days. */
    private record Fixture(Forum forum, Member early, Member leaver, Member late) {
    }

    @Test
    void theAttendanceSheetListsOnlyMembersSeatedOnTheDayAndIsSavedInOneGo() {
        Fixture f = kenyanForum();
        Meeting before = meetings.create(new Meeting(f.forum(), MeetingKind.REGULAR, TODAY.minusDays(20)));
        Meeting after = meetings.create(new Meeting(f.forum(), MeetingKind.REGULAR, TODAY.minusDays(2)));

        assertThat(meetings.attendance(before.getId())).extracting(line -> line.member().getId())
                .as("the leaver was still seated, the late joiner not yet")
                .containsExactlyInAnyOrder(f.early().getId(), f.leaver().getId());
        assertThat(meetings.attendance(after.getId())).extracting(line -> line.member().getId())
                .containsExactlyInAnyOrder(f.early().getId(), f.late().getId());
        assertThat(meetings.attendance(before.getId())).allSatisfy(line -> {
            assertThat(line.status()).isEqualTo(AttendanceStatus.ABSENT);
            assertThat(line.recorded()).isFalse();
        });

        long version = before.getVersion();
        assertThatThrownBy(() -> meetings.recordAttendance(before.getId(), version,
                Map.of(f.late().getId(), AttendanceStatus.PRESENT)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("attendance.notListed");

        Meeting recorded = meetings.recordAttendance(before.getId(), version, Map.of(f.early().getId(), AttendanceStatus.PRESENT));
        assertThat(recorded.getVersion()).as("recording raises the meeting's version").isGreaterThan(version);
        assertThat(meetings.attendance(before.getId()))
                .extracting(AttendanceLine::status)
                .containsExactlyInAnyOrder(AttendanceStatus.PRESENT, AttendanceStatus.ABSENT);
        meetings.recordAttendance(after.getId(), after.getVersion(),
                Map.of(f.early().getId(), AttendanceStatus.APOLOGIES, f.late().getId(), AttendanceStatus.PRESENT));

        var rates = meetings.memberAttendance(f.forum().getId());
        assertThat(rates.get(f.early().getId()).present()).isEqualTo(1);
        assertThat(rates.get(f.early().getId()).listed()).isEqualTo(2);
        assertThat(rates.get(f.early().getId()).ratePercent()).isEqualTo(50);
        assertThat(rates.get(f.leaver().getId()).ratePercent()).isZero();
        assertThat(meetings.search(MeetingFilter.ofForum(f.forum().getId()), PageRequest.of(0, 10)))
                .as("newest first, each with its recorded attendance")
                .extracting(row -> row.meeting().getId(), row -> row.attendance().present(), row -> row.attendance().listed())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(after.getId(), 1L, 2L),
                        org.assertj.core.groups.Tuple.tuple(before.getId(), 1L, 2L));

        Meeting moved = meetings.get(before.getId());
        moved.setHeldOn(TODAY.minusDays(1));
        meetings.update(moved);
        assertThat(meetings.attendance(before.getId()))
                .as("moved after the leaver left and the late joiner came: one is dropped, the other listed as absent")
                .extracting(line -> line.member().getId(), AttendanceLine::recorded)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(f.early().getId(), true),
                        org.assertj.core.groups.Tuple.tuple(f.late().getId(), false));
    }

    @Test
    void officersRecordInTheirOwnCountryOnlyAndTheRegionalManagerAndDonorOnlyReadOrNothing() {
        Fixture f = kenyanForum();
        Meeting meeting = meetings.create(new Meeting(f.forum(), MeetingKind.REGULAR, TODAY.minusDays(3)));
        long id = meeting.getId();

        login.user(TestUsers.OFFICER_SUDAN);
        assertThatThrownBy(() -> meetings.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.attendance(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.create(new Meeting(f.forum(), MeetingKind.REGULAR, TODAY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(meetings.search(MeetingFilter.ofForum(f.forum().getId()), PageRequest.of(0, 10))).isEmpty();

        login.user(TestUsers.REGIONAL_MANAGER);
        assertThat(meetings.get(id).getForum().getCode()).isEqualTo(f.forum().getCode());
        assertThat(meetings.canRecord(f.forum().getId())).isFalse();
        assertThat(meetings.search(MeetingFilter.none(), PageRequest.of(0, 100)))
                .extracting(row -> row.meeting().getForum().getCountry().getIsoCode()).containsOnly("KE", "SD");
        Meeting edited = meetings.get(id);
        edited.setPlace("Regional office");
        assertThatThrownBy(() -> meetings.update(edited)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> meetings.recordAttendance(id, edited.getVersion(), Map.of()))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> commitments.add(id, f.early().getId(), "Anything", TODAY))
                .isInstanceOf(EJBAccessException.class);

        login.user(TestUsers.DONOR);
        assertThatThrownBy(() -> meetings.count(MeetingFilter.none())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> meetings.get(id)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theForumSecretaryRecordsMeetingsOfTheirOwnForumOnly() {
        Fixture other = kenyanForum();
        login.user(TestUsers.SECRETARY_KISUMU);
        Forum own = forums.search(new ForumFilter(null, null, null, null, null, "KE-KSM-FIN"), PageRequest.of(0, 5))
                .get(0).forum();
        assertThat(meetings.canRecord(own.getId())).isTrue();

        Meeting meeting = new Meeting(own, MeetingKind.SIDE_MEETING, TODAY);
        meeting.setMinutes("Side meeting recorded by the secretary in MeetingsIT.");
        Meeting created = meetings.create(meeting);
        var sheet = meetings.attendance(created.getId());
        assertThat(sheet).as("the demo forum's current members").hasSizeGreaterThanOrEqualTo(20);
        Meeting recorded = meetings.recordAttendance(created.getId(), created.getVersion(),
                Map.of(sheet.get(0).member().getId(), AttendanceStatus.PRESENT));
        Commitment promise = commitments.add(recorded.getId(), sheet.get(0).member().getId(), "Bring the minutes book", TODAY.plusDays(7));
        assertThat(commitments.changeStatus(promise.getId(), promise.getVersion(), CommitmentStatus.KEPT, null, null).getStatus())
                .isEqualTo(CommitmentStatus.KEPT);
        assertThat(meetings.search(MeetingFilter.none(), PageRequest.of(0, 100)))
                .extracting(row -> row.meeting().getForum().getCode()).containsOnly("KE-KSM-FIN");

        assertThat(meetings.search(MeetingFilter.ofForum(other.forum().getId()), PageRequest.of(0, 10))).isEmpty();
        assertThatThrownBy(() -> meetings.create(new Meeting(other.forum(), MeetingKind.REGULAR, TODAY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.canRecord(other.forum().getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forums.update(own)).as("the forum itself stays the officers'")
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void commitmentsAreKeptRenegotiatedOrOverdueAndTheForumPageCountsTheOverdue() {
        Fixture f = kenyanForum();
        Meeting meeting = meetings.create(new Meeting(f.forum(), MeetingKind.REGULAR, TODAY.minusDays(20)));
        long id = meeting.getId();

        assertThatThrownBy(() -> commitments.add(id, f.early().getId(), "Too early", TODAY.minusDays(21)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("commitment.due.beforeMeeting");
        assertThatThrownBy(() -> commitments.add(id, f.late().getId(), "Not yet a member", TODAY))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("commitment.member.notListed");

        Commitment overdue = commitments.add(id, f.early().getId(), "Get a second feed quote", TODAY.minusDays(5));
        Commitment renegotiated = commitments.add(id, f.leaver().getId(), "Ask the SACCO for terms", TODAY.minusDays(1));
        assertThat(overdue.isOverdue()).isTrue();
        var summary = meetings.summary(f.forum().getId());
        assertThat(summary.overdueTotal()).isEqualTo(2);
        assertThat(summary.overdue()).extracting(Commitment::getId).containsExactly(overdue.getId(), renegotiated.getId());
        assertThat(summary.meetingsLastYear()).isEqualTo(1);

        long version = renegotiated.getVersion();
        assertThatThrownBy(() -> commitments.changeStatus(renegotiated.getId(), version, CommitmentStatus.RENEGOTIATED, null, null))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("commitment.renegotiate.needsDate");
        Commitment moved = commitments.changeStatus(renegotiated.getId(), version, CommitmentStatus.RENEGOTIATED,
                TODAY.plusDays(14), "The SACCO manager is on leave.");
        assertThat(moved.getDueOn()).isEqualTo(TODAY.plusDays(14));
        assertThat(moved.getFirstDueOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(moved.isOverdue()).isFalse();
        assertThatThrownBy(() -> commitments.changeStatus(renegotiated.getId(), version, CommitmentStatus.KEPT, null, null))
                .as("a stale version").isInstanceOf(ConflictException.class);

        commitments.changeStatus(overdue.getId(), overdue.getVersion(), CommitmentStatus.NOT_POSSIBLE, null, "Miller closed.");
        assertThat(commitments.count(CommitmentFilter.overdueOfForum(f.forum().getId()))).isZero();
        assertThat(commitments.ofMeeting(id)).extracting(Commitment::getStatus)
                .containsExactlyInAnyOrder(CommitmentStatus.NOT_POSSIBLE, CommitmentStatus.RENEGOTIATED);
    }

    @Test
    void aReflectionKeepsItsSectionsAndAdaptationsAndAnotherKindHasNone() {
        Fixture f = kenyanForum();
        Meeting reflection = new Meeting(f.forum(), MeetingKind.REFLECTION, TODAY.minusDays(1));
        reflection.getReflection().setReviewedFrom(TODAY.minusMonths(6));
        reflection.getReflection().setReviewedTo(TODAY.minusDays(1));
        reflection.getReflection().setWhatHappened("The SACCO moved once it saw flock records.");
        reflection.getReflection().setMarketMap(MarketMapReview.PARTLY_CHANGED);
        reflection.getReflection().setLessons("Lenders move when they see records.");
        Meeting saved = meetings.create(reflection);

        assertThat(meetings.get(saved.getId()).getReflection().getMarketMap()).isEqualTo(MarketMapReview.PARTLY_CHANGED);
        var adaptation = adaptations.add(saved.getId(), "Add record-keeping training before the next loan round.");
        assertThat(adaptations.changeStatus(adaptation.getId(), adaptation.getVersion(), AdaptationStatus.IN_PLAN).getStatus())
                .isEqualTo(AdaptationStatus.IN_PLAN);

        Meeting regular = meetings.create(new Meeting(f.forum(), MeetingKind.REGULAR, TODAY));
        assertThatThrownBy(() -> adaptations.add(regular.getId(), "Not at a regular meeting"))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("adaptation.onlyReflection");

        Meeting backToRegular = meetings.get(saved.getId());
        backToRegular.setKind(MeetingKind.REGULAR);
        meetings.update(backToRegular);
        assertThat(meetings.get(saved.getId()).getReflection().isEmpty()).isTrue();
    }

    @Test
    void twoPeopleSavingOneMeetingOrItsAttendanceNeverOverwriteEachOther() {
        Fixture f = kenyanForum();
        Meeting created = meetings.create(new Meeting(f.forum(), MeetingKind.REGULAR, TODAY.minusDays(5)));
        Meeting mine = meetings.get(created.getId());
        Meeting theirs = meetings.get(created.getId());

        theirs.setMinutes("Their minutes.");
        meetings.update(theirs);
        mine.setMinutes("My minutes.");
        assertThatThrownBy(() -> meetings.update(mine)).isInstanceOf(ConflictException.class);
        assertThat(meetings.get(created.getId()).getMinutes()).isEqualTo("Their minutes.");

        long stale = meetings.get(created.getId()).getVersion();
        meetings.recordAttendance(created.getId(), stale, Map.of(f.early().getId(), AttendanceStatus.PRESENT));
        assertThatThrownBy(() -> meetings.recordAttendance(created.getId(), stale,
                Map.of(f.early().getId(), AttendanceStatus.ABSENT))).isInstanceOf(ConflictException.class);
        assertThat(meetings.attendance(created.getId()))
                .filteredOn(line -> line.member().getId().equals(f.early().getId()))
                .singleElement().extracting(AttendanceLine::status).isEqualTo(AttendanceStatus.PRESENT);
    }

    @Test
    void deletingAMeetingSaysWhatGoesWithItAndAClosedForumsMeetingsAreReadOnly() {
        Fixture f = kenyanForum();
        Meeting meeting = meetings.create(new Meeting(f.forum(), MeetingKind.REGULAR, TODAY.minusDays(3)));
        meeting = meetings.recordAttendance(meeting.getId(), meeting.getVersion(), Map.of(f.early().getId(), AttendanceStatus.PRESENT));
        commitments.add(meeting.getId(), f.early().getId(), "Share prices", TODAY.plusDays(3));
        var contents = meetings.contents(meeting.getId());
        assertThat(contents.attendance()).isEqualTo(2);
        assertThat(contents.commitments()).isEqualTo(1);
        meetings.delete(meeting.getId(), meeting.getVersion());
        assertThat(meetings.count(MeetingFilter.ofForum(f.forum().getId()))).isZero();

        Meeting kept = meetings.create(new Meeting(f.forum(), MeetingKind.REGULAR, TODAY.minusDays(1)));
        Forum forum = forums.get(f.forum().getId());
        forum = forums.changeStatus(forum.getId(), forum.getVersion(), ForumStatus.ACTIVE);
        forums.close(forum.getId(), forum.getVersion(), "Closed by MeetingsIT.");

        assertThat(meetings.canRecord(forum.getId())).isFalse();
        Meeting edited = meetings.get(kept.getId());
        edited.setPlace("After closing");
        assertThatThrownBy(() -> meetings.update(edited))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("forum.closed");
        assertThatThrownBy(() -> meetings.recordAttendance(kept.getId(), kept.getVersion(), Map.of()))
                .isInstanceOf(RuleViolation.class);
        Forum closed = forum;
        assertThatThrownBy(() -> meetings.create(new Meeting(closed, MeetingKind.REGULAR, TODAY)))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> meetings.delete(kept.getId(), kept.getVersion())).isInstanceOf(RuleViolation.class);
    }

    /**
     * As the Kenya officer (left logged in): a new forum with a member seated 60 days ago, one seated then
     * who left 10 days ago, and one who joined 5 days ago.
     */
    private Fixture kenyanForum() {
        login.user(TestUsers.OFFICER_KENYA);
        String code = "KE-MTG-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        var busia = geography.districts("KE").stream().filter(d -> d.getName().equals("Busia")).findFirst().orElseThrow();
        Forum forum = forums.create(new Forum(code, "Meetings test forum " + code, busia, "Sorghum",
                "Sorghum growers sell to brewers on contract.", ChangeArea.CORE_MARKET_CHAIN));
        Member early = seated(forum, "Early", TODAY.minusDays(60));
        Member leaver = seated(forum, "Leaver", TODAY.minusDays(60));
        Membership leaving = forums.currentMemberships(forum.getId()).stream()
                .filter(ms -> ms.getMember().getId().equals(leaver.getId())).findFirst().orElseThrow();
        memberships.end(leaving.getId(), leaving.getVersion(), TODAY.minusDays(10));
        Member late = seated(forum, "Late", TODAY.minusDays(5));
        return new Fixture(forum, early, leaver, late);
    }

    private Member seated(Forum forum, String given, LocalDate joined) {
        MarketActor actor = actors.create(new MarketActor(forum.getCountry(), given + " Traders " + System.nanoTime(),
                ActorType.TRADER));
        Member member = members.create(new Member(actor, given, "Mtg" + System.nanoTime() % 100_000, Sex.FEMALE));
        memberships.add(new Membership(forum, member, MembershipRole.MEMBER, SelectionMethod.VOLUNTEERED, joined));
        return member;
    }
}
