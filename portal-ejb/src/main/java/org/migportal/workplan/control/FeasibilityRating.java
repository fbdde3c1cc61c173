package org.migportal.workplan.control;

import java.util.Map;
import org.migportal.workplan.entity.ChecklistAnswer;
import org.migportal.workplan.entity.ChecklistQuestion;
import org.migportal.workplan.entity.Feasibility;

/**
 * The rating rule: turns the checklist answers of one side (difficulty, risk or cost) into 1–5.
 *
 * <p>Each answered question of the side counts one point when its answer is the unfavourable one (e.g.
 * "no" to "is the technology available?", "yes" to "could a policy block it?"), half a point when unsure,
 * nothing when favourable. The share of points over the answered questions maps linearly onto 1–5
 * (0 → 1, ½ → 3, 1 → 5), rounded half up. Unanswered questions do not count, so that a half-done
 * checklist rates what is known; a follow-up question ("if not, can the knowledge be obtained
 * elsewhere?") counts only when the question it follows was not answered yes. With no answer counted
 * there is no rating.
 */
public final class FeasibilityRating {

    private FeasibilityRating() {
    }

    public static Integer rate(Map<ChecklistQuestion, ChecklistAnswer> answers, Feasibility side) {
        int counted = 0;
        int halfPoints = 0;
        for (ChecklistQuestion question : ChecklistQuestion.of(side)) {
            ChecklistAnswer answer = answers.get(question);
            if (answer == null || !applies(question, answers)) {
                continue;
            }
            counted++;
            if (answer == question.unfavourable()) {
                halfPoints += 2;
            } else if (answer == ChecklistAnswer.UNSURE) {
                halfPoints += 1;
            }
        }
        if (counted == 0) {
            return null;
        }
        // 1 + round(4 × halfPoints / (2 × counted)), in integers: no floating-point edge at the .5 boundaries.
        return 1 + (4 * halfPoints + counted) / (2 * counted);
    }

    /** A follow-up question is moot when the question it follows was answered yes. */
    static boolean applies(ChecklistQuestion question, Map<ChecklistQuestion, ChecklistAnswer> answers) {
        ChecklistQuestion followed = question.followsUp();
        return followed == null || answers.get(followed) != ChecklistAnswer.YES;
    }
}
