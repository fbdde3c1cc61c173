package org.migportal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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
import org.migportal.member.boundary.MemberFilter;
import org.migportal.member.boundary.Members;
import org.migportal.member.boundary.Memberships;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.SelectionMethod;
import org.migportal.outcome.WorkPlanActions;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.PortalException;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.support.boundary.OwnContributions;
import org.migportal.support.boundary.ProgrammeSupport;
import org.migportal.support.boundary.QuarterShare;
import org.migportal.support.boundary.SelfFinancing;
import org.migportal.support.control.Quarter;
import org.migportal.support.entity.Support;
import org.migportal.support.entity.SupportKind;
import org.migportal.testing.container.LoginAs;
import org.migportal.testing.container.TestDeployments;
import org.migportal.testing.container.TestUsers;

/**
 * Programme support in the container: recording it, the overrun flag, who reads and records which forum's
 * support, and the self-financing share per quarter from members' seats, their actions and the support, summed
 * by the database. Each test works in forums of its own; the demo forums are only read.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammeSupportIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 60_466_176L, 36).toUpperCase();
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.portalWithTestLogin(ProgrammeSupportIT.class).addClass(WorkPlanActions.class);
    }

    @Inject
    LoginAs login;

    @Inject
    ProgrammeSupport programmeSupport;

    @Inject
    Forums forums;

    @Inject
    Members members;

    @Inject
    Memberships memberships;

    @Inject
    Geography geography;

    @Inject
    WorkPlanActions actions;

    @Test
    void anOfficerRecordsSupportAndSupportRunningPastItsPlannedEndIsFlagged() {
        login.user(TestUsers.OFFICER_KENYA);
        Forum forum = forum();
        LocalDate today = LocalDate.now();
        Support withinPlan = programmeSupport.create(support(forum, SupportKind.TRAINING, "5000", today.minusMonths(1),
                today.plusMonths(2), null));
        Support overrun = programmeSupport.create(support(forum, SupportKind.FACILITATION, "90000", today.minusMonths(12),
                today.minusDays(30), null));
        Support endedLate = programmeSupport.create(support(forum, SupportKind.SUBSIDY, "20000", today.minusMonths(10),
                today.minusMonths(6), today.minusMonths(5)));

        assertThat(programmeSupport.ofForum(forum.getId())).extracting(Support::getId)
                .containsExactly(withinPlan.getId(), endedLate.getId(), overrun.getId());
        assertThat(programmeSupport.get(withinPlan.getId()).isOverrun()).isFalse();
        assertThat(programmeSupport.get(overrun.getId()).isOverrun()).isTrue();
        assertThat(programmeSupport.get(overrun.getId()).getOverrunDays()).isEqualTo(30);
        assertThat(programmeSupport.get(endedLate.getId()).isOverrun()).isTrue();

        Support ended = programmeSupport.get(overrun.getId());
        ended.setEndsOn(ended.getPlannedEndOn());
        assertThat(programmeSupport.update(ended).isOverrun()).as("ended on the planned day").isFalse();

        Support mine = programmeSupport.get(withinPlan.getId());
        Support theirs = programmeSupport.get(withinPlan.getId());
        theirs.setPurpose("Corrected first");
        programmeSupport.update(theirs);
        mine.setPurpose("Corrected second");
        assertThatThrownBy(() -> programmeSupport.update(mine)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> programmeSupport.delete(withinPlan.getId(), withinPlan.getVersion()))
                .isInstanceOf(ConflictException.class);
        Support current = programmeSupport.get(withinPlan.getId());
        assertThat(current.getPurpose()).isEqualTo("Corrected first");
        programmeSupport.delete(current.getId(), current.getVersion());
        assertThat(programmeSupport.ofForum(forum.getId())).hasSize(2);
    }

    @Test
    void supportNeedsAKnownCurrencyAndDatesInOrder() {
        login.user(TestUsers.OFFICER_KENYA);
        Forum forum = forum();
        Support unknown = support(forum, SupportKind.SUBSIDY, "100", LocalDate.now(), LocalDate.now().plusDays(1), null);
        unknown.setCurrency("XYZ");
        assertInvalid(() -> programmeSupport.create(unknown), "{support.currency}");
        Support backwards = support(forum, SupportKind.SUBSIDY, "100", LocalDate.now(), LocalDate.now().minusDays(1),
                LocalDate.now().minusDays(2));
        assertInvalid(() -> programmeSupport.create(backwards), "{support.plannedEnd.beforeStart}", "{support.end.beforeStart}");
        Support negative = support(forum, SupportKind.SUBSIDY, "-1", LocalDate.now(), LocalDate.now(), null);
        assertInvalid(() -> programmeSupport.create(negative), "{support.amount.negative}");
        assertThat(programmeSupport.ofForum(forum.getId())).isEmpty();
        assertRefused(() -> programmeSupport.selfFinancing(forum.getId(), LocalDate.now(), LocalDate.now().minusYears(1)),
                "support.period.order");
        assertRefused(() -> programmeSupport.selfFinancing(forum.getId(), LocalDate.now().minusYears(11), LocalDate.now()),
                "support.period.tooLong");
    }

    @Test
    void selfFinancingSetsMembersOwnMoneyBesideTheSupportQuarterByQuarter() {
        login.user(TestUsers.OFFICER_KENYA);
        Forum forum = forum();
        Quarter q1 = new Quarter(2025, 1);
        Quarter q2 = q1.next();
        Quarter q3 = q2.next();
        List<Member> kenyans = members.search(new MemberFilter("KE", null, null, null, null, null, null), PageRequest.of(0, 2));
        Membership paying = new Membership(forum, kenyans.get(0), MembershipRole.TREASURER, SelectionMethod.ELECTED,
                q1.start().plusDays(10));
        paying.setContributionMoney(new BigDecimal("3000"));
        paying.setContributionHours(new BigDecimal("4"));
        memberships.add(paying);
        Membership giving = new Membership(forum, kenyans.get(1), MembershipRole.MEMBER, SelectionMethod.VOLUNTEERED,
                q2.start().plusDays(3));
        giving.setContributionInKind("Meeting room");
        memberships.add(giving);
        actions.done(forum.getId(), "Members paid the vaccinator " + RUN, q3.start().plusDays(20), new BigDecimal("1000"), "KES");
        actions.done(forum.getId(), "Paid in dollars " + RUN, q3.start().plusDays(21), new BigDecimal("50"), "USD");
        // 18 000 over Q1 and Q2 of 2025 (90 and 91 days): 8 950.28 and 9 049.72.
        programmeSupport.create(support(forum, SupportKind.SUBSIDY, "18000", q1.start(), q2.end(), q2.end()));
        Support dollars = support(forum, SupportKind.TRAINING, "700", q2.start(), q2.end(), null);
        dollars.setCurrency("USD");
        programmeSupport.create(dollars);

        SelfFinancing run = programmeSupport.selfFinancing(forum.getId(), q1.start(), q3.end().minusDays(5));
        assertThat(run.currency()).isEqualTo("KES");
        assertThat(run.quarters()).extracting(QuarterShare::quarter).containsExactly(q1, q2, q3);
        assertThat(run.quarters()).extracting(q -> q.own().intValue()).containsExactly(3000, 0, 1000);
        assertThat(run.quarters()).extracting(q -> q.support().setScale(2)).containsExactly(
                new BigDecimal("8950.28"), new BigDecimal("9049.72"), new BigDecimal("0.00"));
        assertThat(run.quarters()).extracting(QuarterShare::share).containsExactly(25, 0, 100);
        assertThat(run.share()).isEqualTo(18);
        assertThat(run.notCounted()).singleElement().satisfies(other -> {
            assertThat(other.currency()).isEqualTo("USD");
            assertThat(other.amount()).isEqualByComparingTo("700");
        });

        OwnContributions own = programmeSupport.ownContributions(forum.getId());
        assertThat(own.contributingMembers()).isEqualTo(2);
        assertThat(own.money()).isEqualByComparingTo("3000");
        assertThat(own.actions()).isEqualByComparingTo("1000");
        assertThat(own.hoursPerMonth()).isEqualByComparingTo("4");
        assertThat(own.inKind()).isEqualTo(1);

        assertThat(programmeSupport.selfFinancing(forum.getId(), null, null).quarters()).hasSize(8)
                .last().extracting(QuarterShare::quarter).isEqualTo(Quarter.of(LocalDate.now()));
    }

    @Test
    void eachRoleReadsAndRecordsOnlyTheSupportItsScopeCovers() {
        login.user(TestUsers.OFFICER_KENYA);
        Forum kenya = forum();
        Support kenyan = programmeSupport.create(support(kenya, SupportKind.IN_KIND, "800", LocalDate.now().minusDays(3),
                LocalDate.now().plusMonths(1), null));

        login.user(TestUsers.OFFICER_SUDAN);
        assertThatThrownBy(() -> programmeSupport.ofForum(kenya.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmeSupport.get(kenyan.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmeSupport.selfFinancing(kenya.getId(), null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmeSupport.create(support(kenya, SupportKind.SUBSIDY, "1", LocalDate.now(),
                LocalDate.now(), null))).isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.REGIONAL_MANAGER);
        assertThat(programmeSupport.ofForum(kenya.getId())).hasSize(1);
        assertThat(programmeSupport.canRecord(kenya.getId())).isFalse();
        Support read = programmeSupport.get(kenyan.getId());
        read.setPurpose("Changed by the regional manager");
        assertThatThrownBy(() -> programmeSupport.update(read)).isInstanceOf(EJBAccessException.class);

        login.user(TestUsers.SECRETARY_KISUMU);
        Forum kisumu = forums.search(new ForumFilter(null, null, null, null, null, "KE-KSM-FIN"), PageRequest.of(0, 1))
                .get(0).forum();
        assertThat(programmeSupport.ofForum(kisumu.getId())).as("the demo support of the secretary's forum").isNotEmpty()
                .anySatisfy(support -> assertThat(support.isOverrun()).isTrue());
        assertThat(programmeSupport.canRecord(kisumu.getId())).isFalse();
        assertThatThrownBy(() -> programmeSupport.ofForum(kenya.getId())).isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.DONOR);
        assertThatThrownBy(() -> programmeSupport.ofForum(kisumu.getId())).isInstanceOf(EJBAccessException.class);

        login.user(TestUsers.OFFICER_KENYA);
        Forum stored = forums.get(kenya.getId());
        stored = forums.changeStatus(stored.getId(), stored.getVersion(), ForumStatus.ACTIVE);
        forums.close(stored.getId(), stored.getVersion(), "Merged with the county forum.");
        assertThat(programmeSupport.canRecord(kenya.getId())).isFalse();
        Support closed = programmeSupport.get(kenyan.getId());
        assertRefused(() -> programmeSupport.delete(closed.getId(), closed.getVersion()), "forum.closed");
    }

    private Forum forum() {
        String code = "KE-SUP-" + RUN + "-" + SERIAL.incrementAndGet();
        return forums.create(new Forum(code, "Support test forum " + code, geography.districts("KE").get(0),
                "Test system", "A forum to test programme support.", ChangeArea.SUPPORTING_SERVICES));
    }

    private static Support support(Forum forum, SupportKind kind, String amount, LocalDate starts, LocalDate plannedEnd,
            LocalDate ends) {
        Support support = new Support(forum, kind, new BigDecimal(amount), "KES", starts, plannedEnd,
                "Test support " + RUN);
        support.setEndsOn(ends);
        return support;
    }

    private static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo(messageKey);
    }

    private static void assertInvalid(ThrowingCallable call, String... templates) {
        assertThatThrownBy(call).satisfies(e -> {
            Throwable cause = e;
            while (cause != null && !(cause instanceof ConstraintViolationException)) {
                cause = cause.getCause();
            }
            assertThat(cause).isInstanceOf(ConstraintViolationException.class);
            List<String> found = ((ConstraintViolationException) cause).getConstraintViolations().stream()
                    .map(ConstraintViolation::getMessageTemplate).toList();
            assertThat(found).containsExactlyInAnyOrder(templates);
        });
    }
}
