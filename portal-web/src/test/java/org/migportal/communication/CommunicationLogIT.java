package org.migportal.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.communication.boundary.CommunicationFilter;
import org.migportal.communication.boundary.CommunicationLog;
import org.migportal.communication.boundary.CommunicationRow;
import org.migportal.communication.entity.CommunicationChannel;
import org.migportal.communication.entity.CommunicationEntry;
import org.migportal.communication.entity.CommunicationKind;
import org.migportal.communication.entity.CommunicationPurpose;
import org.migportal.communication.entity.ExternalAudience;
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
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.PortalException;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.testing.container.LoginAs;
import org.migportal.testing.container.TestDeployments;
import org.migportal.testing.container.TestUsers;

/**
 * The communication log in the container, as the demo users: who reads and writes which forum's
 * log, the kinds' rules on parties, the filters, a closed forum's read-only log, optimistic locking.
 * Each test works in forums of its own; the demo forums' logs are only read.
 */
@ExtendWith(ArquillianExtension.class)
class CommunicationLogIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 60_466_176L, 36).toUpperCase();
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.portalWithTestLogin(CommunicationLogIT.class);
    }

    @Inject
    LoginAs login;

    @Inject
    CommunicationLog log;

    @Inject
    Forums forums;

    @Inject
    Members members;

    @Inject
    Memberships memberships;

    @Inject
    Geography geography;

    /** A new Kenya forum of this test with three seated members. */
    private record Seated(Forum forum, List<Member> members) {
        long id() {
            return forum.getId();
        }

        Set<Long> first(int count) {
            return Set.copyOf(members.subList(0, count).stream().map(Member::getId).toList());
        }
    }

    @Test
    void anOfficerRecordsEachKindOfCommunicationAndFindsItThroughTheFilters() {
        login.user(TestUsers.OFFICER_KENYA);
        Seated seated = forumWithMembers();

        CommunicationEntry talk = log.create(entry(seated.forum, LocalDate.now().minusDays(20), CommunicationKind.MEMBER_TO_MEMBER,
                CommunicationPurpose.BUSINESS_DEAL, "Two members agreed a feed order " + RUN), seated.first(2));
        CommunicationEntry own = log.create(entry(seated.forum, LocalDate.now().minusDays(10), CommunicationKind.INTERNAL,
                CommunicationPurpose.INFORMATION_SHARING, "A member briefed her SACCO " + RUN), seated.first(1));
        CommunicationEntry draft = entry(seated.forum, LocalDate.now().minusDays(2), CommunicationKind.EXTERNAL,
                CommunicationPurpose.LOBBYING_ADVOCACY, "Lobbied the county on loan guarantees " + RUN);
        draft.setAudience(ExternalAudience.GOVERNMENT);
        draft.setOutsideParties("County Executive for Agriculture");
        CommunicationEntry lobbying = log.create(draft, seated.first(1));

        CommunicationFilter ofForum = CommunicationFilter.ofForum(seated.id());
        List<CommunicationRow> newestFirst = log.search(ofForum, PageRequest.of(0, 10));
        assertThat(newestFirst).extracting(row -> row.entry().getId())
                .containsExactly(lobbying.getId(), own.getId(), talk.getId());
        assertThat(newestFirst.get(2).parties()).hasSize(2);
        assertThat(log.count(ofForum)).isEqualTo(3);
        assertThat(log.search(ofForum, new PageRequest(0, 2, "happenedOn", true))).extracting(row -> row.entry().getId())
                .containsExactly(talk.getId(), own.getId());

        assertThat(log.search(filter(seated.id(), CommunicationKind.EXTERNAL, null, null, null, null), PageRequest.of(0, 10)))
                .extracting(row -> row.entry().getId()).containsExactly(lobbying.getId());
        assertThat(log.search(filter(seated.id(), null, CommunicationPurpose.BUSINESS_DEAL, null, null, null), PageRequest.of(0, 10)))
                .extracting(row -> row.entry().getId()).containsExactly(talk.getId());
        assertThat(log.search(filter(seated.id(), null, null, LocalDate.now().minusDays(15), LocalDate.now().minusDays(5), null),
                PageRequest.of(0, 10))).extracting(row -> row.entry().getId()).containsExactly(own.getId());
        assertThat(log.count(filter(null, null, null, null, null, "SACCO " + RUN))).isEqualTo(1);
        assertThat(log.count(filter(null, null, null, null, null, "100%_" + RUN))).isZero();
        assertThat(log.get(talk.getId()).getParties()).hasSize(2);
    }

    @Test
    void theKindOfCommunicationDecidesWhoMustTakePart() {
        login.user(TestUsers.OFFICER_KENYA);
        Seated seated = forumWithMembers();

        assertRefused(() -> log.create(entry(seated.forum, LocalDate.now(), CommunicationKind.MEMBER_TO_MEMBER,
                CommunicationPurpose.NETWORKING, "Alone"), seated.first(1)), "communication.parties.twoMembers");
        assertRefused(() -> log.create(entry(seated.forum, LocalDate.now(), CommunicationKind.INTERNAL,
                CommunicationPurpose.NETWORKING, "Nobody"), Set.of()), "communication.parties.oneMember");
        CommunicationEntry external = entry(seated.forum, LocalDate.now(), CommunicationKind.EXTERNAL,
                CommunicationPurpose.NETWORKING, "No audience");
        external.setOutsideParties("A reporter");
        assertThatThrownBy(() -> log.create(external, Set.of()))
                .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(ConstraintViolationException.class));
        external.setAudience(ExternalAudience.MEDIA);
        external.setOutsideParties(" ");
        assertRefused(() -> log.create(external, Set.of()), "communication.parties.outside");

        login.user(TestUsers.ADMIN);
        long outsider = members.search(new MemberFilter("KE", null, null, null, null, null, null), PageRequest.of(0, 50))
                .stream().map(Member::getId).filter(id -> seated.members.stream().noneMatch(m -> m.getId().equals(id)))
                .findFirst().orElseThrow();
        login.user(TestUsers.OFFICER_KENYA);
        assertRefused(() -> log.create(entry(seated.forum, LocalDate.now(), CommunicationKind.MEMBER_TO_MEMBER,
                CommunicationPurpose.NETWORKING, "With a stranger"), Set.of(seated.members.get(0).getId(), outsider)),
                "communication.parties.notMembers");
    }

    @Test
    void eachRoleReadsAndWritesOnlyTheLogsItsScopeCovers() {
        login.user(TestUsers.OFFICER_KENYA);
        Seated kenya = forumWithMembers();
        CommunicationEntry kenyan = log.create(entry(kenya.forum, LocalDate.now(), CommunicationKind.INTERNAL,
                CommunicationPurpose.COORDINATION, "Kenya only " + RUN), kenya.first(1));

        login.user(TestUsers.OFFICER_SUDAN);
        assertThatThrownBy(() -> log.get(kenyan.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(log.count(CommunicationFilter.ofForum(kenya.id()))).isZero();
        assertThat(log.search(CommunicationFilter.none(), PageRequest.of(0, 200)))
                .allSatisfy(row -> assertThat(row.entry().getForum().getCountry().getIsoCode()).isEqualTo("SD"));
        CommunicationEntry intrusion = entry(kenya.forum, LocalDate.now(), CommunicationKind.INTERNAL,
                CommunicationPurpose.COORDINATION, "Not my country");
        assertThatThrownBy(() -> log.create(intrusion, kenya.first(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.delete(kenyan.getId(), kenyan.getVersion())).isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.REGIONAL_MANAGER);
        CommunicationEntry read = log.get(kenyan.getId());
        assertThat(read.getSummary()).isEqualTo("Kenya only " + RUN);
        assertThat(log.canWrite(kenya.id())).isFalse();
        read.setSummary("Changed by the regional manager");
        assertThatThrownBy(() -> log.update(read, kenya.first(1))).isInstanceOf(EJBAccessException.class);

        login.user(TestUsers.SECRETARY_KISUMU);
        assertThat(log.search(CommunicationFilter.none(), PageRequest.of(0, 200)))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.entry().getForum().getCode()).isEqualTo("KE-KSM-FIN"));
        assertThatThrownBy(() -> log.get(kenyan.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.create(intrusion, kenya.first(1))).isInstanceOf(EJBAccessException.class);

        login.user(TestUsers.DONOR);
        assertThatThrownBy(() -> log.count(CommunicationFilter.none())).isInstanceOf(EJBAccessException.class);

        login.user(TestUsers.ADMIN);
        assertThat(log.get(kenyan.getId()).getForum().getCode()).isEqualTo(kenya.forum.getCode());
    }

    @Test
    void aClosedForumsLogIsReadOnly() {
        login.user(TestUsers.OFFICER_KENYA);
        Seated seated = forumWithMembers();
        CommunicationEntry entry = log.create(entry(seated.forum, LocalDate.now(), CommunicationKind.INTERNAL,
                CommunicationPurpose.COORDINATION, "Before closing"), seated.first(1));
        Forum forum = forums.get(seated.id());
        forum = forums.changeStatus(forum.getId(), forum.getVersion(), ForumStatus.ACTIVE);
        forums.close(forum.getId(), forum.getVersion(), "The members chose to join the county forum instead.");

        assertThat(log.canWrite(seated.id())).isFalse();
        CommunicationEntry stored = log.get(entry.getId());
        stored.setSummary("After closing");
        assertRefused(() -> log.update(stored, seated.first(1)), "forum.closed");
        assertRefused(() -> log.delete(stored.getId(), stored.getVersion()), "forum.closed");
        assertRefused(() -> log.create(entry(seated.forum, LocalDate.now(), CommunicationKind.INTERNAL,
                CommunicationPurpose.COORDINATION, "New after closing"), seated.first(1)), "forum.closed");
        assertThat(log.get(entry.getId()).getSummary()).isEqualTo("Before closing");
    }

    @Test
    void twoOfficersCorrectingOneEntryNeverSilentlyOverwriteEachOtherAndADeletionNamesItsVersion() {
        login.user(TestUsers.OFFICER_KENYA);
        Seated seated = forumWithMembers();
        CommunicationEntry created = log.create(entry(seated.forum, LocalDate.now(), CommunicationKind.MEMBER_TO_MEMBER,
                CommunicationPurpose.NETWORKING, "Met at the market"), seated.first(2));
        CommunicationEntry mine = log.get(created.getId());
        CommunicationEntry theirs = log.get(created.getId());

        theirs.setOutcome("They will meet again next month.");
        CommunicationEntry saved = log.update(theirs, seated.first(3));
        mine.setOutcome("Nothing came of it.");

        assertThatThrownBy(() -> log.update(mine, seated.first(2))).isInstanceOf(ConflictException.class);
        CommunicationEntry now = log.get(created.getId());
        assertThat(now.getOutcome()).isEqualTo("They will meet again next month.");
        assertThat(now.getParties()).hasSize(3);

        assertThatThrownBy(() -> log.delete(created.getId(), created.getVersion())).isInstanceOf(ConflictException.class);
        log.delete(saved.getId(), saved.getVersion());
        assertThat(log.count(CommunicationFilter.ofForum(seated.id()))).isZero();
    }

    private Seated forumWithMembers() {
        String code = "KE-LOG-" + RUN + "-" + SERIAL.incrementAndGet();
        Forum forum = forums.create(new Forum(code, "Communication test forum " + code,
                geography.districts("KE").get(0), "Test system", "A forum to test the log.", ChangeArea.CORE_MARKET_CHAIN));
        List<Member> kenyans = members.search(new MemberFilter("KE", null, null, null, null, null, null),
                PageRequest.of(0, 3));
        for (Member member : kenyans) {
            memberships.add(new Membership(forum, member, MembershipRole.MEMBER, SelectionMethod.VOLUNTEERED,
                    LocalDate.now().minusYears(1)));
        }
        return new Seated(forum, kenyans);
    }

    private static CommunicationEntry entry(Forum forum, LocalDate on, CommunicationKind kind, CommunicationPurpose purpose,
            String summary) {
        return new CommunicationEntry(forum, on, kind, CommunicationChannel.MEETING, purpose, summary);
    }

    private static CommunicationFilter filter(Long forumId, CommunicationKind kind, CommunicationPurpose purpose,
            LocalDate from, LocalDate to, String text) {
        return new CommunicationFilter(null, forumId, kind, purpose, from, to, text);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo(messageKey);
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
