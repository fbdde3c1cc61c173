package org.migportal.memberimport.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarginalisedGroup;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.Sex;

class ImportValuesTest {

    @Test
    void valuesAreReadAsFieldTeamsWriteThem() {
        assertThat(ImportValues.sex("F")).contains(Sex.FEMALE);
        assertThat(ImportValues.sex(" Male ")).contains(Sex.MALE);
        assertThat(ImportValues.sex("robot")).isEmpty();
        assertThat(ImportValues.actorType("Small producer")).contains(ActorType.SMALL_PRODUCER);
        assertThat(ImportValues.actorType("small_producer")).contains(ActorType.SMALL_PRODUCER);
        assertThat(ImportValues.actorType("SACCO")).contains(ActorType.FINANCIAL_SERVICE);
        assertThat(ImportValues.actorType("spaceship")).isEmpty();
        assertThat(ImportValues.role("Vice-chair")).contains(MembershipRole.VICE_CHAIR);
        assertThat(ImportValues.role("Chairperson")).contains(MembershipRole.CHAIR);
        assertThat(ImportValues.yesNo("Yes")).contains(true);
        assertThat(ImportValues.yesNo("0")).contains(false);
        assertThat(ImportValues.yesNo("maybe")).isEmpty();
    }

    @Test
    void datesAreIsoOnlyBecauseDayAndMonthOrderDiffersByCountry() {
        assertThat(ImportValues.date("2024-03-15")).contains(LocalDate.of(2024, 3, 15));
        assertThat(ImportValues.date("2024-03-15T10:22:03.000+03:00")).contains(LocalDate.of(2024, 3, 15));
        assertThat(ImportValues.date("15/03/2024")).isEmpty();
        assertThat(ImportValues.date("2024-02-30")).isEmpty();
        assertThat(ImportValues.year("1990")).contains(1990);
        assertThat(ImportValues.year("1990.0")).contains(1990);
        assertThat(ImportValues.year("1990-06-01")).contains(1990);
        assertThat(ImportValues.year("ninety")).isEmpty();
    }

    @Test
    void marginalisedGroupsAreReadFromKoboMultipleChoicesAndLists() {
        assertThat(ImportValues.groups("disability landless")).contains(
                java.util.EnumSet.of(MarginalisedGroup.DISABILITY, MarginalisedGroup.LANDLESS));
        assertThat(ImportValues.groups("Ethnic minority; Low literacy")).contains(
                java.util.EnumSet.of(MarginalisedGroup.ETHNIC_MINORITY, MarginalisedGroup.LOW_LITERACY));
        assertThat(ImportValues.groups("none")).contains(java.util.EnumSet.noneOf(MarginalisedGroup.class));
        assertThat(ImportValues.groups("disability, giants")).isEmpty();
    }

    @Test
    void phoneNumbersCompareByTheirLastNineDigits() {
        assertThat(ImportValues.phoneKey("+254 712 345 678")).isEqualTo(ImportValues.phoneKey("0712-345678"));
    }
}
