package org.migportal.workplan.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumOwned;
import org.migportal.platform.entity.PortalEntity;

/**
 * An action's feasibility as the forum judged it: the checklist answers, the difficulty, risk and cost
 * ratings they give (each adjustable with a reason), the members' commitment and passion (1–5), and
 * whether doing it makes later actions easier, less risky or cheaper.
 */
@Entity
@Table(name = "action_assessment")
public class ActionAssessment extends PortalEntity implements ForumOwned {

    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private Action action;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<AssessmentAnswer> answers = new ArrayList<>();

    @Valid
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "computed", column = @Column(name = "difficulty_rating")),
        @AttributeOverride(name = "override", column = @Column(name = "difficulty_override")),
        @AttributeOverride(name = "overrideReason", column = @Column(name = "difficulty_override_reason"))})
    private Rating difficulty = new Rating();

    @Valid
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "computed", column = @Column(name = "risk_rating")),
        @AttributeOverride(name = "override", column = @Column(name = "risk_override")),
        @AttributeOverride(name = "overrideReason", column = @Column(name = "risk_override_reason"))})
    private Rating risk = new Rating();

    @Valid
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "computed", column = @Column(name = "cost_rating")),
        @AttributeOverride(name = "override", column = @Column(name = "cost_override")),
        @AttributeOverride(name = "overrideReason", column = @Column(name = "cost_override_reason"))})
    private Rating cost = new Rating();

    @Min(1)
    @Max(5)
    private Integer commitment;

    @Min(1)
    @Max(5)
    private Integer passion;

    @Column(name = "eases_later")
    private boolean easesLater;

    @NotNull
    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    public ActionAssessment() {
    }

    public ActionAssessment(Action action, LocalDate assessedOn) {
        this.action = action;
        this.assessedOn = assessedOn;
    }

    /** Sets, changes or (with a null answer) clears the answer to one question. */
    public void answer(ChecklistQuestion question, ChecklistAnswer answer, String note) {
        AssessmentAnswer existing = answers.stream().filter(a -> a.getQuestion() == question).findFirst().orElse(null);
        if (answer == null) {
            if (existing != null) {
                answers.remove(existing);
            }
        } else if (existing != null) {
            existing.change(answer, note);
        } else {
            answers.add(new AssessmentAnswer(this, question, answer, note));
        }
    }

    public Map<ChecklistQuestion, ChecklistAnswer> answerMap() {
        Map<ChecklistQuestion, ChecklistAnswer> map = new EnumMap<>(ChecklistQuestion.class);
        answers.forEach(a -> map.put(a.getQuestion(), a.getAnswer()));
        return map;
    }

    public Rating rating(Feasibility side) {
        return switch (side) {
            case DIFFICULTY -> getDifficulty();
            case RISK -> getRisk();
            case COST -> getCost();
        };
    }

    /** Every side rated, by the checklist or the facilitator: the action can take its place in a sequence. */
    public boolean isRated() {
        return getDifficulty().effective() != null && getRisk().effective() != null && getCost().effective() != null;
    }

    public Action getAction() {
        return action;
    }

    public List<AssessmentAnswer> getAnswers() {
        return answers;
    }

    public Rating getDifficulty() {
        // EclipseLink reads an embeddable whose columns are all null as null.
        if (difficulty == null) {
            difficulty = new Rating();
        }
        return difficulty;
    }

    public Rating getRisk() {
        // EclipseLink reads an embeddable whose columns are all null as null.
        if (risk == null) {
            risk = new Rating();
        }
        return risk;
    }

    public Rating getCost() {
        // EclipseLink reads an embeddable whose columns are all null as null.
        if (cost == null) {
            cost = new Rating();
        }
        return cost;
    }

    public Integer getCommitment() {
        return commitment;
    }

    public void setCommitment(Integer commitment) {
        this.commitment = commitment;
    }

    public Integer getPassion() {
        return passion;
    }

    public void setPassion(Integer passion) {
        this.passion = passion;
    }

    public boolean isEasesLater() {
        return easesLater;
    }

    public void setEasesLater(boolean easesLater) {
        this.easesLater = easesLater;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    @Override
    public Forum owningForum() {
        return action.getForum();
    }
}
