package org.migportal.workplan.control;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sequence rule ("Recommendations for helping MIGs plan"): actions in ascending order of difficulty,
 * risk and cost; of two similar actions the one that makes later ones easier first; passion and interest
 * (and commitment) counted.
 *
 * <p>Each rated action gets a score in half points: twice its burden (difficulty + risk + cost, 3–15),
 * minus 2 (one point) if it eases later actions, minus (passion − 3) and (commitment − 3) (each worth half
 * a point per step from the middle of the scale; not asked counts as 3). Lower goes first. "Similar" thus
 * means burdens within one point: an action that eases later ones goes before one up to a point lighter,
 * not before one two points lighter. Equal scores: the one that eases later ones, then more passion, then
 * the lighter burden, then the older action. Actions not yet rated on all three sides follow, oldest first.
 */
public final class SuggestedSequence {

    private static final int MIDDLE = 3;

    private static final Comparator<SequenceItem> ORDER = Comparator.comparingInt(SuggestedSequence::score)
            .thenComparing(SequenceItem::easesLater, Comparator.reverseOrder())
            .thenComparing(item -> orMiddle(item.passion()), Comparator.reverseOrder())
            .thenComparingInt(SequenceItem::burden)
            .thenComparingLong(SequenceItem::id);

    private SuggestedSequence() {
    }

    /** The ids in the suggested order. */
    public static List<Long> of(List<SequenceItem> items) {
        return Stream.concat(
                        items.stream().filter(SequenceItem::isRated).sorted(ORDER),
                        items.stream().filter(item -> !item.isRated()).sorted(Comparator.comparingLong(SequenceItem::id)))
                .map(SequenceItem::id)
                .toList();
    }

    /** The score in half points; lower goes first. */
    static int score(SequenceItem item) {
        return 2 * item.burden()
                - (item.easesLater() ? 2 : 0)
                - (orMiddle(item.passion()) - MIDDLE)
                - (orMiddle(item.commitment()) - MIDDLE);
    }

    private static int orMiddle(Integer rating) {
        return rating == null ? MIDDLE : rating;
    }
}
