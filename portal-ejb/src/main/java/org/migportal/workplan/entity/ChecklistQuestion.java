package org.migportal.workplan.entity;

import java.util.Arrays;
import java.util.List;

/**
 * The guidance's feasibility checklist ("Assessing technical feasibility"), in its order. Each question
 * knows which side of feasibility it speaks to and which answer makes the action harder, riskier or
 * costlier. A follow-up question ("if not, …") only counts when the question before it was not a yes.
 */
public enum ChecklistQuestion {
    TECHNOLOGY_AVAILABLE(Feasibility.DIFFICULTY, ChecklistAnswer.NO),
    KNOWLEDGE_IN_GROUP(Feasibility.DIFFICULTY, ChecklistAnswer.NO),
    KNOWLEDGE_OBTAINABLE(Feasibility.DIFFICULTY, ChecklistAnswer.NO),
    SUPPORT_OF_ACTORS(Feasibility.DIFFICULTY, ChecklistAnswer.NO),
    LONG_TERM_INVOLVEMENT(Feasibility.DIFFICULTY, ChecklistAnswer.YES),
    POLICIES_COULD_BLOCK(Feasibility.DIFFICULTY, ChecklistAnswer.YES),
    AGAINST_SOCIAL_NORMS(Feasibility.DIFFICULTY, ChecklistAnswer.YES),
    ANIMOSITY_TO_OVERCOME(Feasibility.DIFFICULTY, ChecklistAnswer.YES),
    SOMEONE_LOSES_OUT(Feasibility.RISK, ChecklistAnswer.YES),
    UNINTENDED_CONSEQUENCES(Feasibility.RISK, ChecklistAnswer.YES),
    CONTEXTUAL_RISKS(Feasibility.RISK, ChecklistAnswer.YES),
    EXPENSIVE(Feasibility.COST, ChecklistAnswer.YES),
    PAYER_CAN_PAY(Feasibility.COST, ChecklistAnswer.NO),
    OTHER_FUNDERS(Feasibility.COST, ChecklistAnswer.NO),
    FINANCE_MECHANISMS(Feasibility.COST, ChecklistAnswer.NO),
    CHEAPER_OPTIONS(Feasibility.COST, ChecklistAnswer.YES);

    private final Feasibility side;
    private final ChecklistAnswer unfavourable;

    ChecklistQuestion(Feasibility side, ChecklistAnswer unfavourable) {
        this.side = side;
        this.unfavourable = unfavourable;
    }

    public Feasibility side() {
        return side;
    }

    /** The answer that makes the action harder, riskier or costlier. */
    public ChecklistAnswer unfavourable() {
        return unfavourable;
    }

    /** The question this one follows up ("if not, can it be obtained elsewhere?"), or null. */
    public ChecklistQuestion followsUp() {
        return switch (this) {
            case KNOWLEDGE_OBTAINABLE -> KNOWLEDGE_IN_GROUP;
            case OTHER_FUNDERS -> PAYER_CAN_PAY;
            default -> null;
        };
    }

    public static List<ChecklistQuestion> of(Feasibility side) {
        return Arrays.stream(values()).filter(q -> q.side == side).toList();
    }
}
