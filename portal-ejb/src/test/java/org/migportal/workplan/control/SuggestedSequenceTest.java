package org.migportal.workplan.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestedSequenceTest {

    @Test
    void lowerDifficultyRiskAndCostGoFirst() {
        SequenceItem hard = item(1, 4, 4, 4);
        SequenceItem easy = item(2, 1, 1, 2);
        SequenceItem middle = item(3, 2, 3, 2);

        assertThat(SuggestedSequence.of(List.of(hard, easy, middle))).containsExactly(2L, 3L, 1L);
    }

    @Test
    void ofTwoEqualActionsTheOneThatEasesLaterOnesGoesFirst() {
        SequenceItem plain = item(1, 2, 2, 2);
        SequenceItem easing = eases(item(2, 2, 2, 2));

        assertThat(SuggestedSequence.of(List.of(plain, easing))).containsExactly(2L, 1L);
    }

    @Test
    void anActionThatEasesLaterOnesGoesBeforeOneAPointLighterButNotTwo() {
        SequenceItem lighter = item(1, 2, 2, 2);
        SequenceItem easingOnePointHeavier = eases(item(2, 2, 2, 3));
        assertThat(SuggestedSequence.of(List.of(lighter, easingOnePointHeavier))).containsExactly(2L, 1L);

        SequenceItem easingTwoPointsHeavier = eases(item(3, 2, 3, 3));
        assertThat(SuggestedSequence.of(List.of(lighter, easingTwoPointsHeavier))).containsExactly(1L, 3L);
    }

    @Test
    void passionAndCommitmentCountHalfAPointPerStepFromTheMiddle() {
        SequenceItem lighter = item(1, 2, 2, 2);
        // One point heavier but members are keen (passion 5, two steps up): that makes up the point, and of
        // the tie the one members are keener on goes first.
        SequenceItem keen = new SequenceItem(2, 2, 2, 3, null, 5, false);
        assertThat(SuggestedSequence.of(List.of(lighter, keen))).containsExactly(2L, 1L);

        // Passion 4 only makes up half of the point: the lighter one stays first.
        SequenceItem mildlyKeen = new SequenceItem(3, 2, 2, 3, null, 4, false);
        assertThat(SuggestedSequence.of(List.of(lighter, mildlyKeen))).containsExactly(1L, 3L);

        // Passion 4 and commitment 4 make up the point: a tie, then the keener one first.
        SequenceItem committed = new SequenceItem(4, 2, 2, 3, 4, 4, false);
        assertThat(SuggestedSequence.of(List.of(lighter, committed))).containsExactly(4L, 1L);

        // Low commitment pushes an action back.
        SequenceItem reluctant = new SequenceItem(5, 2, 2, 2, 1, null, false);
        assertThat(SuggestedSequence.of(List.of(reluctant, lighter))).containsExactly(1L, 5L);
    }

    @Test
    void onAFullTieTheLighterBurdenThenTheOlderActionGoesFirst() {
        SequenceItem older = item(1, 2, 2, 2);
        SequenceItem newer = item(2, 2, 2, 2);
        assertThat(SuggestedSequence.of(List.of(newer, older))).containsExactly(1L, 2L);

        // Same score and passion (burden 7 with commitment 5, burden 6 with commitment 3): the lighter first.
        SequenceItem committedHeavier = new SequenceItem(3, 2, 2, 3, 5, null, false);
        SequenceItem lighterIndifferent = new SequenceItem(4, 2, 2, 2, 3, null, false);
        assertThat(SuggestedSequence.score(committedHeavier)).isEqualTo(SuggestedSequence.score(lighterIndifferent));
        assertThat(SuggestedSequence.of(List.of(committedHeavier, lighterIndifferent))).containsExactly(4L, 3L);
    }

    @Test
    void actionsNotRatedOnEverySideFollowTheRatedOnesOldestFirst() {
        SequenceItem unratedOld = new SequenceItem(1, 1, null, 1, null, null, false);
        SequenceItem unratedNew = new SequenceItem(2, null, null, null, 5, 5, true);
        SequenceItem heavy = item(3, 5, 5, 5);

        assertThat(SuggestedSequence.of(List.of(unratedNew, heavy, unratedOld))).containsExactly(3L, 1L, 2L);
    }

    @Test
    void anEmptyListGivesAnEmptySequence() {
        assertThat(SuggestedSequence.of(List.of())).isEmpty();
    }

    private static SequenceItem item(long id, int difficulty, int risk, int cost) {
        return new SequenceItem(id, difficulty, risk, cost, null, null, false);
    }

    private static SequenceItem eases(SequenceItem item) {
        return new SequenceItem(item.id(), item.difficulty(), item.risk(), item.cost(), item.commitment(), item.passion(), true);
    }
}
