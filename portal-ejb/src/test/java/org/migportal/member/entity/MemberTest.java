package org.migportal.member.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.Region;

class MemberTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private final Region eastAfrica = new Region("EA", "East Africa");
    private final Country kenya = new Country("KE", "Kenya", eastAfrica, "KES", 18, 35);
    private final Country sudan = new Country("SD", "Sudan", eastAfrica, "SDG", 15, 30);

    @Test
    void youthIsDecidedByTheMembersOwnCountry() {
        Member amina = new Member(new MarketActor(sudan, "Kassala Livestock Traders", ActorType.TRADER),
                "Amina", "Idris", Sex.FEMALE);
        amina.setBirthYear(1994); // 32 in 2026: youth in Kenya, not in Sudan

        assertThat(amina.isYouth(Year.of(2026))).isFalse();

        Member akinyi = new Member(new MarketActor(kenya, "Lake Poultry Co-op", ActorType.SMALL_PRODUCER),
                "Akinyi", "Otieno", Sex.FEMALE);
        akinyi.setBirthYear(1994);
        assertThat(akinyi.isYouth(Year.of(2026))).isTrue();
    }

    @Test
    void anUnknownBirthYearIsNotCountedAsYouth() {
        Member member = new Member(new MarketActor(kenya, "Lake Poultry Co-op", ActorType.SMALL_PRODUCER),
                "Otieno", "Ouma", Sex.MALE);
        assertThat(member.isYouth(Year.of(2026))).isFalse();
    }

    @Test
    void consentIsDatedWhenGivenAndTheDateClearedWhenWithdrawn() {
        Member member = new Member(new MarketActor(kenya, "Lake Poultry Co-op", ActorType.SMALL_PRODUCER),
                "Otieno", "Ouma", Sex.MALE);
        member.setConsentGiven(true);
        assertThat(member.getConsentDate()).isEqualTo(LocalDate.now());

        member.setConsentGiven(false);
        assertThat(member.getConsentDate()).isNull();
    }

    @Test
    void aMemberBelongsToTheCountryOfTheActorTheyRepresent() {
        Member member = new Member(new MarketActor(kenya, "Lake Poultry Co-op", ActorType.SMALL_PRODUCER),
                "Otieno", "Ouma", Sex.MALE);
        member.setActor(new MarketActor(sudan, "Kassala Livestock Traders", ActorType.TRADER));
        assertThat(member.getCountry()).isSameAs(sudan);
        assertThat(validator.validate(member)).isEmpty();
    }

    @Test
    void blankNamesAndBadEmailsAreRefusedWithMessagesForTheirFields() {
        Member member = new Member(new MarketActor(kenya, "Lake Poultry Co-op", ActorType.SMALL_PRODUCER),
                " ", "Ouma", Sex.MALE);
        member.setEmail("not an address");

        assertThat(validator.validate(member))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("givenName", "email");
    }

    @Test
    void marginalisedMeansAtLeastOneGroup() {
        Member member = new Member(new MarketActor(kenya, "Lake Poultry Co-op", ActorType.SMALL_PRODUCER),
                "Otieno", "Ouma", Sex.MALE);
        assertThat(member.isMarginalised()).isFalse();
        member.setMarginalisedGroups(Set.of(MarginalisedGroup.DISABILITY));
        assertThat(member.isMarginalised()).isTrue();
    }

    @Test
    void aMembershipIsCurrentFromJoiningUntilTheDayBeforeLeaving() {
        MarketActor actor = new MarketActor(kenya, "Lake Poultry Co-op", ActorType.SMALL_PRODUCER);
        Membership seat = new Membership(null, new Member(actor, "Otieno", "Ouma", Sex.MALE),
                MembershipRole.MEMBER, SelectionMethod.ELECTED, LocalDate.of(2025, 1, 10));

        assertThat(seat.isCurrentOn(LocalDate.of(2025, 1, 9))).isFalse();
        assertThat(seat.isCurrentOn(LocalDate.of(2025, 1, 10))).isTrue();

        seat.leave(LocalDate.of(2026, 1, 10));
        assertThat(seat.isCurrentOn(LocalDate.of(2026, 1, 9))).isTrue();
        assertThat(seat.isCurrentOn(LocalDate.of(2026, 1, 10))).isFalse();
        assertThatThrownBy(() -> seat.leave(LocalDate.of(2024, 12, 31))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ownResourcesCountAsContributionsOnlyWhenThereAreSome() {
        MarketActor actor = new MarketActor(kenya, "Lake Poultry Co-op", ActorType.SMALL_PRODUCER);
        Membership seat = new Membership(null, new Member(actor, "Otieno", "Ouma", Sex.MALE),
                MembershipRole.TREASURER, SelectionMethod.ELECTED, LocalDate.of(2025, 1, 10));
        seat.setContributionMoney(BigDecimal.ZERO);
        assertThat(seat.isContributing()).isFalse();

        seat.setContributionInKind("Meeting room at the co-op");
        assertThat(seat.isContributing()).isTrue();
    }
}
