package org.migportal.support.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupportOverrunTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate PLANNED_END = LocalDate.of(2025, 12, 31);

    private static Support support(LocalDate endsOn) {
        Support support = new Support(null, SupportKind.SUBSIDY, new BigDecimal("1000.00"), "KES", START, PLANNED_END,
                "Meeting costs");
        support.setEndsOn(endsOn);
        return support;
    }

    @ParameterizedTest(name = "running on {0}: overrun {1} by {2} days")
    @CsvSource({
        "2025-06-30, false, 0", // within the plan
        "2025-12-31, false, 0", // the planned last day is still within it
        "2026-01-01, true, 1",  // the day after
        "2026-03-31, true, 90"
    })
    void supportStillRunningIsOverrunFromTheDayAfterItsPlannedEnd(LocalDate today, boolean overrun, long days) {
        Support running = support(null);
        assertThat(running.isOverrunOn(today)).isEqualTo(overrun);
        assertThat(running.overrunDaysOn(today)).isEqualTo(days);
    }

    @ParameterizedTest(name = "ended {0}: overrun {1}")
    @CsvSource({
        "2025-10-31, false", // ended early
        "2025-12-31, false", // ended as planned
        "2026-01-01, true"   // ended a day late
    })
    void endedSupportIsJudgedByItsRealEndNotByToday(LocalDate endsOn, boolean overrun) {
        LocalDate muchLater = LocalDate.of(2030, 1, 1);
        assertThat(support(endsOn).isOverrunOn(muchLater)).isEqualTo(overrun);
    }

    /** The problems found, but the forum (these supports belong to none). */
    private static List<String> problems(Support support) {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        return validator.validate(support).stream()
                .filter(v -> !v.getPropertyPath().toString().equals("forum"))
                .map(ConstraintViolation::getMessageTemplate)
                .toList();
    }

    @Test
    void currencyMustBeAnIso4217Code() {
        Support support = support(null);
        assertThat(problems(support)).isEmpty();
        support.setCurrency("XYZ");
        assertThat(problems(support)).containsExactly("{support.currency}");
        support.setCurrency("kes");
        assertThat(problems(support)).containsExactly("{support.currency}");
    }

    @Test
    void endsCannotComeBeforeTheStart() {
        Support support = support(START.minusDays(1));
        support.setPlannedEndOn(START.minusDays(1));
        assertThat(problems(support))
                .containsExactlyInAnyOrder("{support.plannedEnd.beforeStart}", "{support.end.beforeStart}");
    }
}
