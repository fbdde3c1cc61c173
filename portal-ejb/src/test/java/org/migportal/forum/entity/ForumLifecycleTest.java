package org.migportal.forum.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.geography.entity.DistrictLevel;
import org.migportal.geography.entity.Region;
import org.migportal.platform.control.RuleViolation;

class ForumLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aNewForumIsProposedAndGetsItsEstablishedDateWhenItBecomesActive() {
        Forum forum = forum();
        assertThat(forum.getStatus()).isEqualTo(ForumStatus.PROPOSED);

        forum.moveTo(ForumStatus.ACTIVE, TODAY);

        assertThat(forum.getStatus()).isEqualTo(ForumStatus.ACTIVE);
        assertThat(forum.getEstablishedOn()).isEqualTo(TODAY);
        assertThat(forum.getStatusChangedOn()).isEqualTo(TODAY);
    }

    @Test
    void anActiveForumThatRunsOutOfSteamCanBeReEnergisedOrLieDormantAndComeBack() {
        Forum forum = forum();
        forum.moveTo(ForumStatus.ACTIVE, TODAY);
        forum.moveTo(ForumStatus.DORMANT, TODAY.plusMonths(6));
        forum.moveTo(ForumStatus.RE_ENERGISING, TODAY.plusMonths(8));
        forum.moveTo(ForumStatus.ACTIVE, TODAY.plusMonths(9));

        assertThat(forum.getStatus()).isEqualTo(ForumStatus.ACTIVE);
        assertThat(forum.getEstablishedOn()).as("established when it first became active").isEqualTo(TODAY);
    }

    @Test
    void aProposedForumCannotGoDormantBeforeItEverMet() {
        Forum forum = forum();
        assertThatThrownBy(() -> forum.moveTo(ForumStatus.DORMANT, TODAY))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).getMessageKey())
                .isEqualTo("forum.lifecycle.notAllowed");
        assertThat(forum.getStatus()).isEqualTo(ForumStatus.PROPOSED);
    }

    @Test
    void closingNeedsTheLessonsLearned() {
        Forum forum = forum();
        forum.moveTo(ForumStatus.ACTIVE, TODAY);

        assertThatThrownBy(() -> forum.close("   ", TODAY)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> forum.moveTo(ForumStatus.CLOSED, TODAY)).isInstanceOf(RuleViolation.class);
        assertThat(forum.getStatus()).isEqualTo(ForumStatus.ACTIVE);

        forum.close("  Lobbying worked once the traders joined.  ", TODAY);
        assertThat(forum.getStatus()).isEqualTo(ForumStatus.CLOSED);
        assertThat(forum.getLessonsLearned()).isEqualTo("Lobbying worked once the traders joined.");
    }

    @Test
    void aClosedForumIsReadOnly() {
        Forum forum = forum();
        forum.close("Problem solved: the double taxation was removed.", TODAY);

        assertThatThrownBy(() -> forum.moveTo(ForumStatus.ACTIVE, TODAY))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).getMessageKey())
                .isEqualTo("forum.closed");
        assertThatThrownBy(forum::requireOpen).isInstanceOf(RuleViolation.class);
    }

    @ParameterizedTest
    @EnumSource(ForumStatus.class)
    void everyOpenStatusCanCloseAndNoneReturnsFromClosed(ForumStatus status) {
        if (status == ForumStatus.CLOSED) {
            assertThat(status.next()).isEmpty();
        } else {
            assertThat(status.next()).contains(ForumStatus.CLOSED).doesNotContain(status);
        }
    }

    @Test
    void codesAreStoredUpperCaseWithoutSpaces() {
        Forum forum = forum();
        forum.setCode(" ke-ksm-mkt ");
        assertThat(forum.getCode()).isEqualTo("KE-KSM-MKT");
    }

    static Forum forum() {
        Region eastAfrica = new Region("EA", "East Africa");
        Country kenya = new Country("KE", "Kenya", eastAfrica, "KES", 18, 35);
        District kisumu = new District(kenya, "Kisumu", DistrictLevel.COUNTY);
        return new Forum("KE-KSM-FIN", "Kisumu poultry: access to finance", kisumu, "Poultry",
                "Small poultry producers can borrow to expand", ChangeArea.SUPPORTING_SERVICES);
    }
}
