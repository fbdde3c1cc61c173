package org.migportal.outcome.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutcomeValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private static Outcome outcome() {
        return new Outcome(null, LocalDate.now().minusMonths(2), OutcomeType.POLICY_CHANGED, "Cess removed");
    }

    private Object[] templates(Outcome outcome) {
        return validator.validate(outcome).stream()
                .filter(v -> !v.getPropertyPath().toString().equals("forum"))
                .map(ConstraintViolation::getMessageTemplate).toArray();
    }

    @Test
    void sharesArePercentagesAndBeneficiariesNotNegative() {
        Outcome outcome = outcome();
        outcome.setWomenShare(0);
        outcome.setYouthShare(100);
        outcome.setEstimatedBeneficiaries(0);
        assertThat(templates(outcome)).isEmpty();
        outcome.setWomenShare(101);
        outcome.setYouthShare(-1);
        outcome.setEstimatedBeneficiaries(-1);
        assertThat(templates(outcome)).containsExactlyInAnyOrder(
                "{outcome.share.range}", "{outcome.share.range}", "{outcome.beneficiaries.negative}");
    }

    @Test
    void anOutcomeHasHappenedAlready() {
        Outcome outcome = outcome();
        outcome.setOccurredOn(LocalDate.now().plusDays(1));
        assertThat(templates(outcome)).containsExactly("{outcome.occurredOn.past}");
    }

    @Test
    void aVerificationDateNeedsAVerifierAndComesAfterTheOutcome() {
        Outcome outcome = outcome();
        outcome.setVerifiedOn(LocalDate.now());
        assertThat(templates(outcome)).containsExactly("{outcome.verifiedBy.required}");
        outcome.setVerifiedBy("County livestock officer");
        assertThat(templates(outcome)).isEmpty();
        outcome.setVerifiedOn(outcome.getOccurredOn().minusDays(1));
        assertThat(templates(outcome)).containsExactly("{outcome.verifiedOn.beforeOccurred}");
    }
}
