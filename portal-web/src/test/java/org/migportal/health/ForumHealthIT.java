package org.migportal.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.geography.boundary.Geography;
import org.migportal.health.boundary.ForumHealth;
import org.migportal.health.boundary.ForumHealthRow;
import org.migportal.health.boundary.ForumHealthSignals;
import org.migportal.health.boundary.HealthFilter;
import org.migportal.health.boundary.HealthReason;
import org.migportal.health.boundary.HealthTrend;
import org.migportal.health.entity.ForumHealthResponse;
import org.migportal.health.entity.HealthResponse;
import org.migportal.meeting.boundary.Commitments;
import org.migportal.meeting.boundary.Meetings;
import org.migportal.meeting.entity.AttendanceStatus;
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
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.PortalException;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.testing.container.LoginAs;
import org.migportal.testing.container.TestDeployments;
import org.migportal.testing.container.TestUsers;

/**
 * Forum health in the container: the signals counted from records the test makes (members, meetings,
 * attendance, commitments) in a forum of its own in Kenya, the reasons it is flagged, the dashboard's
 * filter and order, the responses, and who may see and record what.
 */
@ExtendWith(ArquillianExtension.class)
class ForumHealthIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.portalWithTestLogin(ForumHealthIT.class);
    }

    @Inject
    LoginAs login;

    @Inject
    ForumHealth health;

    @Inject
    Forums forums;

    @Inject
    Meetings meetings;

    @Inject
    Commitments commitments;

    @Inject
    Members members;

    @Inject
    MarketActors actors;

    @Inject
    Memberships memberships;

    @Inject
    Geography geography;

    @Test
    void theSignalsAreCountedFromTheForumsOwnRecordsAndGiveTheReasons() {
        Forum forum = activeForum("Counted");
        // Ten members a year ago: five women, five men; two young (18-35 in Kenya), one of each.
        List<Member> women = seat(forum, Sex.FEMALE, 5);
        List<Member> men = seat(forum, Sex.MALE, 5);

        // Four months ago nine of ten came; twenty days ago four men only.
        Meeting before = meeting(forum, TODAY.minusMonths(4), present(List.of(women, men.subList(0, 4))));
        meeting(forum, TODAY.minusDays(20), present(List.of(men.subList(0, 4))));
        for (int i = 0; i < 5; i++) {
            commitments.add(before.getId(), men.get(i).getId(), "Promise " + i, TODAY.minusMonths(3));
        }

        ForumHealthRow row = health.ofForum(forum.getId()).orElseThrow();
        ForumHealthSignals s = row.signals();
        assertThat(s.meetingsRecent()).isEqualTo(1);
        assertThat(s.lastMeetingOn()).isEqualTo(TODAY.minusDays(20));
        assertThat(s.attendanceRecent()).isEqualTo(40);
        assertThat(s.attendanceBefore()).isEqualTo(90);
        assertThat(s.attendanceTrend()).isEqualTo(-50);
        assertThat(s.members()).isEqualTo(10);
        assertThat(s.womenAmongMembers()).isEqualTo(50);
        assertThat(s.womenAmongAttendees()).as("5 of the 13 present were women").isEqualTo(38);
        assertThat(s.youthAmongMembers()).isEqualTo(20);
        assertThat(s.overdueCommitments()).isEqualTo(5);
        assertThat(s.actionsPlanned()).as("no work-plan").isNull();
        assertThat(s.lastOutcomeOn()).isNull();
        assertThat(row.reasons()).extracting(HealthReason::key).containsExactly(
                "health.reason.attendanceFalling", "health.reason.overdue", "health.reason.noOutcomeYet");
        assertThat(row.reasons().get(0)).isEqualTo(HealthReason.of("health.reason.attendanceFalling", 90, 40));

        // One kept promise takes the forum below the threshold of overdue commitments.
        var open = commitments.ofMeeting(before.getId()).get(0);
        commitments.changeStatus(open.getId(), open.getVersion(), org.migportal.meeting.entity.CommitmentStatus.KEPT, null, null);
        assertThat(health.ofForum(forum.getId()).orElseThrow().reasons()).extracting(HealthReason::key)
                .doesNotContain("health.reason.overdue");
    }

    @Test
    void theDashboardPutsFlaggedForumsFirstAndFiltersThoseThatNeedAttention() {
        String tag = tag();
        Forum quiet = activeForum("Quiet " + tag);
        seat(quiet, Sex.FEMALE, 2);
        meeting(quiet, TODAY.minusMonths(5), Map.of());
        Forum lively = activeForum("Lively " + tag);
        List<Member> seated = seat(lively, Sex.FEMALE, 2);
        meeting(lively, TODAY.minusDays(3), present(List.of(seated)));

        HealthFilter all = new HealthFilter("KE", false, tag);
        List<ForumHealthRow> rows = health.dashboard(all, PageRequest.of(0, 10));
        assertThat(rows).extracting(row -> row.signals().forumId()).containsExactly(quiet.getId(), lively.getId());
        assertThat(rows.get(0).reasons()).extracting(HealthReason::key).contains("health.reason.noMeeting");
        assertThat(rows.get(1).reasons()).extracting(HealthReason::key).doesNotContain("health.reason.noMeeting");
        assertThat(health.count(all)).isEqualTo(2);
        assertThat(health.dashboard(new HealthFilter("KE", false, tag), new PageRequest(0, 10, "name", false)))
                .extracting(row -> row.signals().forumId()).containsExactly(quiet.getId(), lively.getId());
        assertThat(health.dashboard(new HealthFilter("KE", false, tag), new PageRequest(0, 10, "meetings", false)))
                .extracting(row -> row.signals().forumId()).containsExactly(lively.getId(), quiet.getId());
        assertThat(health.dashboard(new HealthFilter("KE", false, tag), new PageRequest(1, 1, null, true)))
                .extracting(row -> row.signals().forumId()).containsExactly(lively.getId());

        // Flagged for lack of an outcome too, so "needs attention" keeps only those with a reason.
        assertThat(health.dashboard(new HealthFilter("KE", true, tag), PageRequest.of(0, 10)))
                .allSatisfy(row -> assertThat(row.isFlagged()).isTrue());

        HealthTrend trend = health.attendanceOverTime("KE");
        assertThat(trend.periods()).hasSize(12).last().isEqualTo(TODAY.toString().substring(0, 7));
        assertThat(trend.series()).extracting(HealthTrend.Series::countryIso).containsExactly("KE");
        assertThat(trend.series().get(0).values().get(11)).as("this month's attendance in Kenya").isNotNull();
        assertThat(health.outcomesOverTime("KE").periods()).hasSize(8);
    }

    @Test
    void aProposedOrClosedForumIsNotAssessed() {
        login.user(TestUsers.OFFICER_KENYA);
        Forum proposed = newForum("Proposed " + tag());
        assertThat(health.ofForum(proposed.getId())).isEmpty();
        assertThat(health.count(new HealthFilter("KE", false, proposed.getCode()))).isZero();
    }

    @Test
    void theOfficerRecordsResponsesAndTheirHistoryIsKept() {
        Forum forum = activeForum("Responses");
        ForumHealthResponse first = health.recordResponse(forum.getId(), HealthResponse.NEW_MEMBERS,
                "Invite the feed millers.", TODAY.plusMonths(2));
        assertThat(first.getRecordedOn()).isEqualTo(TODAY);
        assertThat(first.getRecordedBy()).isNotBlank();
        health.recordResponse(forum.getId(), HealthResponse.REVISIT_PLAN, null, null);

        assertThat(health.responses(forum.getId())).extracting(ForumHealthResponse::getResponse)
                .containsExactly(HealthResponse.REVISIT_PLAN, HealthResponse.NEW_MEMBERS);
        assertThat(health.ofForum(forum.getId()).orElseThrow().latestResponse().response())
                .isEqualTo(HealthResponse.REVISIT_PLAN);
        assertThat(health.canRespond(forum.getId())).isTrue();

        assertThatThrownBy(() -> health.recordResponse(forum.getId(), HealthResponse.RE_ENERGISE, null, TODAY.minusDays(1)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("health.response.reviewBeforeToday");

        Forum fresh = forums.get(forum.getId());
        forums.close(fresh.getId(), fresh.getVersion(), "Closed by the forum health test.");
        assertThat(health.canRespond(forum.getId())).isFalse();
        assertThatThrownBy(() -> health.recordResponse(forum.getId(), HealthResponse.CLOSE_WITH_LESSONS, null, null))
                .isInstanceOf(RuleViolation.class);
        assertThat(health.responses(forum.getId())).as("the history stays").hasSize(2);
    }

    @Test
    void eachRoleSeesTheHealthOfItsScopeOnly() {
        Forum kenyan = activeForum("Scope");
        String code = kenyan.getCode();

        login.user(TestUsers.OFFICER_SUDAN);
        assertThatThrownBy(() -> health.ofForum(kenyan.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> health.recordResponse(kenyan.getId(), HealthResponse.RE_ENERGISE, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(health.dashboard(new HealthFilter(null, false, code), PageRequest.of(0, 10))).isEmpty();
        assertThat(health.dashboard(new HealthFilter("KE", false, null), PageRequest.of(0, 10))).isEmpty();
        assertThat(health.attendanceOverTime(null).series()).extracting(HealthTrend.Series::countryIso).containsExactly("SD");

        login.user(TestUsers.REGIONAL_MANAGER);
        assertThat(health.dashboard(new HealthFilter(null, false, code), PageRequest.of(0, 10))).hasSize(1);
        assertThat(health.attendanceOverTime(null).series()).extracting(HealthTrend.Series::countryIso)
                .containsExactlyInAnyOrder("KE", "SD");
        assertThat(health.canRespond(kenyan.getId())).isFalse();
        assertThatThrownBy(() -> health.recordResponse(kenyan.getId(), HealthResponse.RE_ENERGISE, null, null))
                .isInstanceOf(EJBAccessException.class);

        login.user(TestUsers.SECRETARY_KISUMU);
        long kisumu = forums.search(new org.migportal.forum.boundary.ForumFilter(null, null, null, null, null, "KE-KSM-FIN"),
                PageRequest.of(0, 5)).get(0).forum().getId();
        assertThat(health.ofForum(kisumu)).isPresent();
        assertThat(health.responses(kisumu)).isNotNull();
        assertThatThrownBy(() -> health.ofForum(kenyan.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> health.dashboard(new HealthFilter(null, false, null), PageRequest.of(0, 10)))
                .isInstanceOf(EJBAccessException.class);

        login.user(TestUsers.DONOR);
        assertThatThrownBy(() -> health.ofForum(kenyan.getId())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> health.count(new HealthFilter(null, false, null))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theDemoProgrammeHasAForumThatNeedsAttentionAndAHealthyOne() {
        login.user(TestUsers.OFFICER_KENYA);
        Map<String, ForumHealthRow> demo = new HashMap<>();
        health.dashboard(new HealthFilter("KE", false, "KE-"), PageRequest.of(0, 500))
                .forEach(row -> demo.put(row.signals().code(), row));
        assertThat(demo.get("KE-HMB-SKL").reasons()).extracting(HealthReason::key).contains("health.reason.noMeeting");
        // Other test classes record meetings and attendance in the Kisumu forums, so either may be the healthy one.
        assertThat(List.of("KE-KSM-FIN", "KE-KSM-MKT")).as("a demo forum of Kisumu is healthy")
                .anyMatch(code -> demo.get(code).reasons().isEmpty());
    }

    private Forum activeForum(String name) {
        login.user(TestUsers.OFFICER_KENYA);
        Forum forum = newForum(name);
        return forums.changeStatus(forum.getId(), forum.getVersion(), ForumStatus.ACTIVE);
    }

    private Forum newForum(String name) {
        String code = "KE-HLT-" + tag();
        var busia = geography.districts("KE").stream().filter(d -> d.getName().equals("Busia")).findFirst().orElseThrow();
        Forum draft = new Forum(code, "Health test " + name + " " + code, busia, "Sorghum",
                "Sorghum growers sell to brewers on contract.", ChangeArea.CORE_MARKET_CHAIN);
        draft.setEstablishedOn(TODAY.minusYears(2));
        return forums.create(draft);
    }

    /** Members of the sex, seated a year ago; the first is young (20), the others are not (50). */
    private List<Member> seat(Forum forum, Sex sex, int count) {
        List<Member> seated = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            MarketActor actor = actors.create(new MarketActor(forum.getCountry(), "Health Traders " + tag(), ActorType.TRADER));
            Member member = new Member(actor, sex == Sex.FEMALE ? "Akinyi" : "Otieno", "Hlt" + tag(), sex);
            member.setBirthYear(TODAY.getYear() - (i == 0 ? 20 : 50));
            member = members.create(member);
            memberships.add(new Membership(forum, member, MembershipRole.MEMBER, SelectionMethod.VOLUNTEERED,
                    TODAY.minusYears(1)));
            seated.add(member);
        }
        return seated;
    }

    private Meeting meeting(Forum forum, LocalDate on, Map<Long, AttendanceStatus> present) {
        Meeting meeting = meetings.create(new Meeting(forum, MeetingKind.REGULAR, on));
        Map<Long, AttendanceStatus> sheet = new HashMap<>();
        meetings.attendance(meeting.getId()).forEach(line -> sheet.put(line.member().getId(), AttendanceStatus.ABSENT));
        sheet.putAll(present);
        return meetings.recordAttendance(meeting.getId(), meeting.getVersion(), sheet);
    }

    private static Map<Long, AttendanceStatus> present(List<List<Member>> groups) {
        Map<Long, AttendanceStatus> present = new HashMap<>();
        groups.forEach(group -> group.forEach(member -> present.put(member.getId(), AttendanceStatus.PRESENT)));
        return present;
    }

    private static String tag() {
        return Long.toString(System.nanoTime() % 2_000_000_000L, 36).toUpperCase();
    }
}
