package org.migportal.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
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
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.PortalException;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.testing.container.LoginAs;
import org.migportal.testing.container.TestDeployments;
import org.migportal.testing.container.TestUsers;

/**
 * The consent rule: a member without consent is shown in full only to the officers of their
 * country; every other caller who may read the member gets them with the personal fields withheld,
 * and cannot find them by those fields.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.portalWithTestLogin(PersonalDataIT.class);
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

    private final String run = Long.toString(System.nanoTime() % 1_000_000, 36);

    @Test
    void aMemberWithoutConsentIsShownInFullOnlyToTheOfficersOfTheirCountry() {
        login.user(TestUsers.OFFICER_KENYA);
        MarketActor actor = actors.create(new MarketActor(country("KE"), "Nyando Grain Traders " + run,
                ActorType.TRADER));
        Member withheld = newMember(actor, "Wanjiku", "Nokonsent" + run, false);
        Member consenting = newMember(actor, "Otieno", "Consenting" + run, true);
        Forum finance = forum("KE-KSM-FIN");
        for (Member member : List.of(withheld, consenting)) {
            // In the secretary's forum, so that the secretary reads them too.
            memberships.add(new Membership(finance, member, MembershipRole.MEMBER, SelectionMethod.VOLUNTEERED,
                    LocalDate.now()));
        }

        Member seenByOfficer = members.get(withheld.getId());
        assertThat(seenByOfficer.isPersonalDataWithheld()).isFalse();
        assertThat(seenByOfficer.getFullName()).isEqualTo("Wanjiku Nokonsent" + run);
        assertThat(seenByOfficer.getPhone()).isEqualTo("+254 700 000 111");
        assertThat(names(new MemberFilter(null, null, null, null, null, null, "nokonsent" + run)))
                .containsExactly("Wanjiku Nokonsent" + run);
        assertThat(members.canEdit(withheld.getId())).isTrue();

        for (String reader : new String[] {TestUsers.ADMIN, TestUsers.REGIONAL_MANAGER, TestUsers.SECRETARY_KISUMU}) {
            login.user(reader);
            Member seen = members.get(withheld.getId());
            assertThat(seen.isPersonalDataWithheld()).as("%s gets the member withheld", reader).isTrue();
            assertThat(seen.getGivenName()).as(reader).isNull();
            assertThat(seen.getFamilyName()).as(reader).isNull();
            assertThat(seen.getFullName()).as(reader).isNull();
            assertThat(seen.getPhone()).as(reader).isNull();
            assertThat(seen.getEmail()).as(reader).isNull();
            assertThat(seen.getSex()).as(reader).isNull();
            assertThat(seen.getBirthYear()).as(reader).isNull();
            assertThat(seen.getMarginalisedGroups()).as(reader).isEmpty();
            assertThat(seen.getActor().getName()).as("%s still sees the organisation", reader)
                    .isEqualTo("Nyando Grain Traders " + run);
            assertThat(forums.currentMemberships(finance.getId()))
                    .as("%s sees the seat in the forum, name withheld", reader)
                    .filteredOn(seat -> seat.getMember().getId().equals(withheld.getId()))
                    .singleElement().satisfies(seat -> {
                        assertThat(seat.getMember().isPersonalDataWithheld()).isTrue();
                        assertThat(seat.getMember().getFullName()).isNull();
                    });
            assertThat(members.memberships(withheld.getId())).as(reader)
                    .allSatisfy(seat -> assertThat(seat.getMember().getFullName()).isNull());
            assertThat(names(new MemberFilter(null, null, null, null, null, null, "nokonsent" + run)))
                    .as("%s cannot find the member by the withheld name", reader).isEmpty();
            assertThat(members.search(new MemberFilter(null, null, null, null, null, null, "Nyando Grain Traders " + run),
                    PageRequest.of(0, 10)))
                    .as("%s finds both by their organisation, one withheld", reader)
                    .extracting(Member::getFullName)
                    .containsExactly("Otieno Consenting" + run, null);
            assertThat(names(new MemberFilter(null, null, null, Sex.FEMALE, null, null, "Nyando Grain Traders " + run)))
                    .as("%s cannot find the member by the withheld sex", reader).isEmpty();
            assertThat(names(new MemberFilter(null, null, null, null, null, true, "Nyando Grain Traders " + run)))
                    .as("%s cannot find the member by the withheld groups", reader)
                    .containsExactly("Otieno Consenting" + run);
            assertThat(members.get(consenting.getId()).getFullName()).as("%s sees a consenting member", reader)
                    .isEqualTo("Otieno Consenting" + run);
        }

        login.user(TestUsers.ADMIN);
        assertThat(members.canEdit(withheld.getId())).as("the admin cannot edit what they cannot see").isFalse();
        Member blind = members.get(withheld.getId());
        assertThatThrownBy(() -> members.update(blind))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("member.withheld.readOnly");

        login.user(TestUsers.OFFICER_SUDAN);
        assertThatThrownBy(() -> members.get(withheld.getId())).isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.OFFICER_KENYA);
        Member after = members.get(withheld.getId());
        assertThat(after.getFullName()).as("nothing withheld was written back").isEqualTo("Wanjiku Nokonsent" + run);
        assertThat(after.getPhone()).isEqualTo("+254 700 000 111");
        assertThat(after.getMarginalisedGroups()).containsExactly(MarginalisedGroup.DISABILITY);
        assertThat(after.getBirthYear()).isEqualTo(Year.now().getValue() - 22);
    }

    private Member newMember(MarketActor actor, String given, String family, boolean consent) {
        Member member = new Member(actor, given, family, consent ? Sex.MALE : Sex.FEMALE);
        member.setBirthYear(Year.now().getValue() - 22);
        member.setPhone("+254 700 000 111");
        member.setEmail(given.toLowerCase() + "@example.org");
        member.setMarginalisedGroups(Set.of(MarginalisedGroup.DISABILITY));
        member.setConsentGiven(consent);
        return members.create(member);
    }

    private List<String> names(MemberFilter filter) {
        return members.search(filter, PageRequest.of(0, 10)).stream().map(Member::getFullName).toList();
    }

    private Country country(String iso) {
        return geography.readableCountries().stream().filter(c -> c.getIsoCode().equals(iso)).findFirst().orElseThrow();
    }

    private Forum forum(String code) {
        return forums.search(new ForumFilter(null, null, null, null, null, code), PageRequest.of(0, 5)).stream()
                .map(row -> row.forum())
                .filter(forum -> forum.getCode().equals(code)).findFirst().orElseThrow();
    }
}
