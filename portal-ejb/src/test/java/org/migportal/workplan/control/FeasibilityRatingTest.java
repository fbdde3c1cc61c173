package org.migportal.workplan.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migportal.workplan.entity.ChecklistAnswer.NO;
import static org.migportal.workplan.entity.ChecklistAnswer.UNSURE;
import static org.migportal.workplan.entity.ChecklistAnswer.YES;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.migportal.workplan.entity.ChecklistAnswer;
import org.migportal.workplan.entity.ChecklistQuestion;
import org.migportal.workplan.entity.Feasibility;

class FeasibilityRatingTest {

    private final Map<ChecklistQuestion, ChecklistAnswer> answers = new EnumMap<>(ChecklistQuestion.class);

    @Test
    void noAnswerOnASideGivesNoRating() {
        answers.put(ChecklistQuestion.EXPENSIVE, YES);

        assertThat(FeasibilityRating.rate(answers, Feasibility.DIFFICULTY)).isNull();
        assertThat(FeasibilityRating.rate(answers, Feasibility.RISK)).isNull();
    }

    @Test
    void everyAnswerFavourableRatesOneAndEveryAnswerUnfavourableRatesFive() {
        answers.put(ChecklistQuestion.SOMEONE_LOSES_OUT, NO);
        answers.put(ChecklistQuestion.UNINTENDED_CONSEQUENCES, NO);
        answers.put(ChecklistQuestion.CONTEXTUAL_RISKS, NO);
        assertThat(FeasibilityRating.rate(answers, Feasibility.RISK)).isEqualTo(1);

        answers.put(ChecklistQuestion.SOMEONE_LOSES_OUT, YES);
        answers.put(ChecklistQuestion.UNINTENDED_CONSEQUENCES, YES);
        answers.put(ChecklistQuestion.CONTEXTUAL_RISKS, YES);
        assertThat(FeasibilityRating.rate(answers, Feasibility.RISK)).isEqualTo(5);
    }

    @Test
    void theUnfavourableAnswerDependsOnTheQuestion() {
        // "No" to "is the technology available?" is as bad as "yes" to "could a policy block it?".
        answers.put(ChecklistQuestion.TECHNOLOGY_AVAILABLE, NO);
        assertThat(FeasibilityRating.rate(answers, Feasibility.DIFFICULTY)).isEqualTo(5);

        answers.put(ChecklistQuestion.TECHNOLOGY_AVAILABLE, YES);
        answers.put(ChecklistQuestion.POLICIES_COULD_BLOCK, YES);
        assertThat(FeasibilityRating.rate(answers, Feasibility.DIFFICULTY)).isEqualTo(3);
    }

    @Test
    void unsureCountsHalfSoAllUnsureIsTheMiddle() {
        answers.put(ChecklistQuestion.EXPENSIVE, UNSURE);
        answers.put(ChecklistQuestion.PAYER_CAN_PAY, UNSURE);
        assertThat(FeasibilityRating.rate(answers, Feasibility.COST)).isEqualTo(3);
    }

    @Test
    void aShareExactlyHalfWayBetweenTwoRatingsRoundsUp() {
        // Four answered, all favourable: 1. One unsure: 0.5 on the 0–4 scale, exactly half-way → 2.
        answers.put(ChecklistQuestion.TECHNOLOGY_AVAILABLE, YES);
        answers.put(ChecklistQuestion.KNOWLEDGE_IN_GROUP, YES);
        answers.put(ChecklistQuestion.SUPPORT_OF_ACTORS, YES);
        answers.put(ChecklistQuestion.LONG_TERM_INVOLVEMENT, NO);
        assertThat(FeasibilityRating.rate(answers, Feasibility.DIFFICULTY)).isEqualTo(1);

        answers.put(ChecklistQuestion.SUPPORT_OF_ACTORS, UNSURE);
        assertThat(FeasibilityRating.rate(answers, Feasibility.DIFFICULTY)).isEqualTo(2);

        // One unfavourable: 1.0 → 2; one unfavourable and one unsure: 1.5, half-way → 3.
        answers.put(ChecklistQuestion.SUPPORT_OF_ACTORS, NO);
        assertThat(FeasibilityRating.rate(answers, Feasibility.DIFFICULTY)).isEqualTo(2);
        answers.put(ChecklistQuestion.LONG_TERM_INVOLVEMENT, UNSURE);
        assertThat(FeasibilityRating.rate(answers, Feasibility.DIFFICULTY)).isEqualTo(3);
    }

    @Test
    void justBelowHalfWayRoundsDown() {
        // Five cost answers, one unsure: 0.4 on the 0–4 scale → 1.
        answers.put(ChecklistQuestion.EXPENSIVE, NO);
        answers.put(ChecklistQuestion.PAYER_CAN_PAY, UNSURE);
        answers.put(ChecklistQuestion.OTHER_FUNDERS, YES);
        answers.put(ChecklistQuestion.FINANCE_MECHANISMS, YES);
        answers.put(ChecklistQuestion.CHEAPER_OPTIONS, NO);
        assertThat(FeasibilityRating.rate(answers, Feasibility.COST)).isEqualTo(1);

        // One unfavourable of three: 4/3 ≈ 1.33 → 2; two of three: 2.67 → 4.
        answers.clear();
        answers.put(ChecklistQuestion.EXPENSIVE, YES);
        answers.put(ChecklistQuestion.FINANCE_MECHANISMS, YES);
        answers.put(ChecklistQuestion.CHEAPER_OPTIONS, NO);
        assertThat(FeasibilityRating.rate(answers, Feasibility.COST)).isEqualTo(2);
        answers.put(ChecklistQuestion.FINANCE_MECHANISMS, NO);
        assertThat(FeasibilityRating.rate(answers, Feasibility.COST)).isEqualTo(4);
    }

    @Test
    void aFollowUpQuestionCountsOnlyWhenTheQuestionItFollowsWasNotAYes() {
        answers.put(ChecklistQuestion.KNOWLEDGE_IN_GROUP, YES);
        answers.put(ChecklistQuestion.KNOWLEDGE_OBTAINABLE, NO);
        assertThat(FeasibilityRating.rate(answers, Feasibility.DIFFICULTY)).isEqualTo(1);

        answers.put(ChecklistQuestion.KNOWLEDGE_IN_GROUP, NO);
        answers.put(ChecklistQuestion.KNOWLEDGE_OBTAINABLE, YES);
        assertThat(FeasibilityRating.rate(answers, Feasibility.DIFFICULTY)).isEqualTo(3);

        answers.put(ChecklistQuestion.KNOWLEDGE_IN_GROUP, UNSURE);
        answers.put(ChecklistQuestion.KNOWLEDGE_OBTAINABLE, NO);
        assertThat(FeasibilityRating.rate(answers, Feasibility.DIFFICULTY)).isEqualTo(4);
    }

    @Test
    void everySideHasTheGuidancesQuestions() {
        assertThat(ChecklistQuestion.of(Feasibility.DIFFICULTY)).hasSize(8);
        assertThat(ChecklistQuestion.of(Feasibility.RISK)).hasSize(3);
        assertThat(ChecklistQuestion.of(Feasibility.COST)).hasSize(5);
    }
}
