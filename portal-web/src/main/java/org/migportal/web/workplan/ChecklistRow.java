package org.migportal.web.workplan;

import java.io.Serializable;
import org.migportal.workplan.entity.ChecklistAnswer;
import org.migportal.workplan.entity.ChecklistQuestion;

/** One question of the feasibility checklist as the action page edits it: the answer and its note. */
public class ChecklistRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ChecklistQuestion question;
    private ChecklistAnswer answer;
    private String note;

    ChecklistRow(ChecklistQuestion question, ChecklistAnswer answer, String note) {
        this.question = question;
        this.answer = answer;
        this.note = note;
    }

    public ChecklistQuestion getQuestion() {
        return question;
    }

    public ChecklistAnswer getAnswer() {
        return answer;
    }

    public void setAnswer(ChecklistAnswer answer) {
        this.answer = answer;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
