package org.migportal.workplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumOwned;
import org.migportal.platform.entity.PortalEntity;

/** The forum's answer to one checklist question about an action, with a note on why. */
@Entity
@Table(name = "action_assessment_answer")
public class AssessmentAnswer extends PortalEntity implements ForumOwned {

    public static final int NOTE_LENGTH = 1000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_assessment_id")
    private ActionAssessment assessment;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "question")
    private ChecklistQuestion question;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ChecklistAnswer answer;

    @Size(max = NOTE_LENGTH)
    private String note;

    public AssessmentAnswer() {
    }

    AssessmentAnswer(ActionAssessment assessment, ChecklistQuestion question, ChecklistAnswer answer, String note) {
        this.assessment = assessment;
        this.question = question;
        change(answer, note);
    }

    final void change(ChecklistAnswer newAnswer, String newNote) {
        answer = newAnswer;
        note = newNote == null || newNote.isBlank() ? null : newNote.strip();
    }

    public ActionAssessment getAssessment() {
        return assessment;
    }

    public ChecklistQuestion getQuestion() {
        return question;
    }

    public ChecklistAnswer getAnswer() {
        return answer;
    }

    public String getNote() {
        return note;
    }

    @Override
    public Forum owningForum() {
        return assessment.owningForum();
    }
}
