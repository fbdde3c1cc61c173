package org.migportal.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.member.boundary.ActorFilter;
import org.migportal.member.boundary.MarketActors;
import org.migportal.member.boundary.MemberFilter;
import org.migportal.member.boundary.Members;
import org.migportal.member.boundary.Memberships;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarginalisedGroup;
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

/** Members, market actors and seats in forums, in the container, as the demo users. */
@ExtendWith(ArquillianExtension.class)
class MembersIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.portalWithTestLogin(MembersIT.class);
    }

    @Inject
    LoginAs login;

    @Inject
    Members members;

    @Inject
    MarketActors actors;

    @Inject
    Memberships memberships;

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    @Test
    void anOfficerRegistersAnActorAndItsRepresentativeAndSeatsThemInAForum() {
        login.user(TestUsers.OFFICER_KENYA);
        MarketActor hatchery = actors.create(new MarketActor(country("KE"), "Ahero Hatchery Ltd", ActorType.INPUT_SUPPLIER));
        Member rose = new Member(hatchery, "Rose", "Anyango", Sex.FEMALE);
        rose.setBirthYear(Year.now().getValue() - 24);
        rose.setConsentGiven(true);
        rose = members.create(rose);

        Forum market = forum("KE-KSM-MKT");
        Membership seat = new Membership(market, rose, MembershipRole.MEMBER, SelectionMethod.VOLUNTEERED, LocalDate.now());
        seat.setContributionHours(new BigDecimal("6"));
        Membership saved = memberships.add(seat);

        assertThat(forums.currentMemberships(market.getId()))
                .extracting(ms -> ms.getMember().getFullName()).contains("Rose Anyango");
        assertThat(members.search(new MemberFilter(null, market.getId(), null, null, true, null, "anyango"),
                PageRequest.of(0, 10))).extracting(Member::getFullName).containsExactly("Rose Anyango");
        assertThat(members.memberships(rose.getId())).extracting(ms -> ms.getForum().getCode()).containsExactly("KE-KSM-MKT");

        Membership duplicate = new Membership(market, rose, MembershipRole.MEMBER, SelectionMethod.ELECTED, LocalDate.now());
        assertThatThrownBy(() -> memberships.add(duplicate))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("membership.duplicate");

        saved.setRole(MembershipRole.CHAIR);
        assertThatThrownBy(() -> memberships.update(saved))
                .as("the forum already has a chairperson")
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("membership.roleTaken");
    }

    @Test
    void endingASeatKeepsItAsHistoryAndRefusesImpossibleDates() {
        login.user(TestUsers.OFFICER_KENYA);
        Member member = newKenyanMember("Brian", "Odera");
        Forum forum = forum("KE-HMB-SKL");
        Membership seat = memberships.add(new Membership(forum, member, MembershipRole.MEMBER, SelectionMethod.NOMINATED,
                LocalDate.now().minusMonths(3)));

        assertThatThrownBy(() -> memberships.end(seat.getId(), seat.getVersion(), LocalDate.now().minusYears(1)))
                .isInstanceOf(RuleViolation.class);
        memberships.end(seat.getId(), seat.getVersion(), LocalDate.now());

        assertThat(forums.currentMemberships(forum.getId())).extracting(ms -> ms.getMember().getId()).doesNotContain(member.getId());
        assertThat(forums.allMemberships(forum.getId())).filteredOn(ms -> ms.getMember().getId().equals(member.getId()))
                .singleElement().satisfies(ms -> assertThat(ms.getLeftOn()).isEqualTo(LocalDate.now()));
        assertThatThrownBy(() -> members.delete(member.getId(), members.get(member.getId()).getVersion()))
                .as("a member with a seat in the history cannot be deleted")
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("member.delete.hasMemberships");
    }

    @Test
    void aMemberWithoutSeatsCanBeDeletedAndAnActorWithMembersCannot() {
        login.user(TestUsers.OFFICER_KENYA);
        Member member = newKenyanMember("Grace", "Akoth");
        MarketActor actor = member.getActor();

        assertThatThrownBy(() -> actors.delete(actor.getId(), actors.get(actor.getId()).getVersion()))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("actor.delete.hasMembers");
        members.delete(member.getId(), member.getVersion());
        actors.delete(actor.getId(), actors.get(actor.getId()).getVersion());
        assertThat(actors.count(new ActorFilter("KE", null, actor.getName()))).isZero();
    }

    @Test
    void aMemberFromSudanCannotJoinAKenyanForum() {
        login.user(TestUsers.ADMIN);
        Member sudanese = members.search(MemberFilter.none().countryIs("SD"), PageRequest.of(0, 1)).get(0);
        Forum kenyan = forum("KE-KSM-FIN");

        assertThatThrownBy(() -> memberships.add(new Membership(kenyan, sudanese, MembershipRole.MEMBER,
                SelectionMethod.ELECTED, LocalDate.now())))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("membership.otherCountry");
    }

    @Test
    void officersOnlyEverSeeTheirOwnCountrysMembers() {
        login.user(TestUsers.ADMIN);
        long kenyanId = members.search(MemberFilter.none().countryIs("KE"), PageRequest.of(0, 1)).get(0).getId();

        login.user(TestUsers.OFFICER_SUDAN);
        assertThat(members.search(MemberFilter.none(), PageRequest.of(0, 500)))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getCountry().getIsoCode()).isEqualTo("SD"));
        assertThat(members.count(MemberFilter.none().countryIs("KE"))).isZero();
        assertThatThrownBy(() -> members.get(kenyanId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.memberships(kenyanId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theForumSecretarySeesTheMembersOfTheirForumOnlyAndChangesNothing() {
        login.user(TestUsers.ADMIN);
        Forum own = forum("KE-KSM-FIN");
        long ownSeats = forums.allMemberships(own.getId()).stream().map(ms -> ms.getMember().getId()).distinct().count();
        long otherKenyan = forums.currentMemberships(forum("KE-KSM-MKT").getId()).get(0).getMember().getId();

        login.user(TestUsers.SECRETARY_KISUMU);
        assertThat(members.count(MemberFilter.none())).isEqualTo(ownSeats);
        assertThatThrownBy(() -> members.get(otherKenyan)).isInstanceOf(AccessDeniedException.class);
        Member someone = members.search(MemberFilter.none(), PageRequest.of(0, 1)).get(0);
        someone.setPhone("+254 700 000000");
        assertThatThrownBy(() -> members.update(someone)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> actors.count(ActorFilter.none())).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theYouthFilterUsesEachCountrysOwnBounds() {
        login.user(TestUsers.ADMIN);
        List<Member> youth = members.search(MemberFilter.none().youthIs(true), PageRequest.of(0, 500));
        List<Member> notYouth = members.search(MemberFilter.none().youthIs(false), PageRequest.of(0, 500));

        assertThat(youth).isNotEmpty().allSatisfy(m -> assertThat(m.isYouth()).as(m.getFullName()).isTrue());
        assertThat(notYouth).isNotEmpty().allSatisfy(m -> assertThat(m.isYouth()).as(m.getFullName()).isFalse());
        // The admin cannot filter by the birth year of members whose personal data is withheld (no consent).
        long visible = 0;
        for (int first = 0; first < members.count(MemberFilter.none()); first += PageRequest.MAX_SIZE) {
            visible += members.search(MemberFilter.none(), PageRequest.of(first, PageRequest.MAX_SIZE)).stream()
                    .filter(m -> !m.isPersonalDataWithheld()).count();
        }
        assertThat(youth.size() + notYouth.size()).isEqualTo((int) visible);
    }

    @Test
    void theMarginalisedFilterFindsMembersWithAtLeastOneGroup() {
        login.user(TestUsers.OFFICER_KENYA);
        Member member = newKenyanMember("Peter", "Were");
        member.setMarginalisedGroups(Set.of(MarginalisedGroup.DISABILITY));
        members.update(member);

        List<Member> marginalised = members.search(MemberFilter.none().marginalisedIs(true), PageRequest.of(0, 500));
        assertThat(marginalised).extracting(Member::getId).contains(member.getId());
        assertThat(marginalised).allSatisfy(m -> assertThat(m.isMarginalised()).isTrue());
    }

    @Test
    void twoPeopleEditingOneMemberNeverOverwriteEachOtherSilently() {
        login.user(TestUsers.OFFICER_KENYA);
        Member created = newKenyanMember("Mary", "Atieno");
        Member mine = members.get(created.getId());
        Member theirs = members.get(created.getId());

        theirs.setPhone("+254 711 111111");
        members.update(theirs);
        mine.setPhone("+254 722 222222");

        assertThatThrownBy(() -> members.update(mine)).isInstanceOf(ConflictException.class);
        assertThat(members.get(created.getId()).getPhone()).isEqualTo("+254 711 111111");
    }

    @Test
    void actorNamesAreUniquePerCountryAndTheRegionalManagerOnlyReads() {
        login.user(TestUsers.OFFICER_KENYA);
        actors.create(new MarketActor(country("KE"), "Kondele Feeds", ActorType.INPUT_SUPPLIER));
        assertThatThrownBy(() -> actors.create(new MarketActor(country("KE"), "kondele feeds ", ActorType.TRADER)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("actor.name.taken");

        login.user(TestUsers.REGIONAL_MANAGER);
        assertThat(actors.search(ActorFilter.none(), PageRequest.of(0, 500)))
                .extracting(row -> row.actor().getCountry().getIsoCode()).containsOnly("KE", "SD");
        assertThatThrownBy(() -> actors.create(new MarketActor(country("KE"), "Regional Co", ActorType.TRADER)))
                .isInstanceOf(EJBAccessException.class);
    }

    private Member newKenyanMember(String given, String family) {
        MarketActor actor = actors.create(new MarketActor(country("KE"), family + " Enterprises " + System.nanoTime(),
                ActorType.TRADER));
        return members.create(new Member(actor, given, family, Sex.FEMALE));
    }

    private Country country(String iso) {
        return geography.readableCountries().stream().filter(c -> c.getIsoCode().equals(iso)).findFirst().orElseThrow();
    }

    private Forum forum(String code) {
        return forums.search(new ForumFilter(null, null, null, null, null, code), PageRequest.of(0, 5)).stream()
                .map(row -> row.forum())
                .filter(f -> f.getCode().equals(code))
                .findFirst().orElseThrow();
    }
}
