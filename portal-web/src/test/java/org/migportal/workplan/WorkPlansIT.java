package org.migportal.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.boundary.Geography;
import org.migportal.meeting.boundary.Adaptations;
import org.migportal.meeting.boundary.Commitments;
import org.migportal.meeting.boundary.Meetings;
import org.migportal.meeting.entity.Adaptation;
import org.migportal.meeting.entity.AdaptationStatus;
import org.migportal.meeting.entity.Commitment;
import org.migportal.meeting.entity.CommitmentStatus;
import org.migportal.meeting.entity.Meeting;
import org.migportal.meeting.entity.MeetingKind;
import org.migportal.member.boundary.MarketActors;
import org.migportal.member.boundary.Members;
import org.migportal.member.boundary.Memberships;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.SelectionMethod;
import org.migportal.member.entity.Sex;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.PortalException;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.testing.container.LoginAs;
import org.migportal.testing.container.TestDeployments;
import org.migportal.testing.container.TestUsers;
import org.migportal.workplan.boundary.ActionFilter;
import org.migportal.workplan.boundary.ActionPosition;
import org.migportal.workplan.boundary.ActionSequence;
import org.migportal.workplan.boundary.Actions;
import org.migportal.workplan.boundary.AssessmentForm;
import org.migportal.workplan.boundary.PlanOutline;
import org.migportal.workplan.boundary.WorkPlans;
import org.migportal.workplan.entity.Action;
import org.migportal.workplan.entity.ActionAssessment;
import org.migportal.workplan.entity.ActionStatus;
import org.migportal.workplan.entity.ChecklistAnswer;
import org.migportal.workplan.entity.ChecklistQuestion;
import org.migportal.workplan.entity.Feasibility;
import org.migportal.workplan.entity.Milestone;
import org.migportal.workplan.entity.MilestoneStatus;
import org.migportal.workplan.entity.Objective;
import org.migportal.workplan.entity.Payer;
import org.migportal.workplan.entity.WorkPlan;

/**
 * The work-plan boundaries in the container, as the demo users: planning, assessing and sequencing
 * actions, who may do what where (another country's officer refused, the regional manager and the forum
 * secretary only read), a closed forum, two people saving the same order, and commitments and adaptations
 * linked to actions. Each test makes its own forum in Kenya; the demo forum KE-KSM-FIN is only read.
 */
@ExtendWith(ArquillianExtension.class)
class WorkPlansIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.portalWithTestLogin(WorkPlansIT.class);
    }

    @Inject
    LoginAs login;

    @Inject
    WorkPlans workPlans;

    @Inject
    Actions actions;

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    @Inject
    MarketActors actors;

    @Inject
    Members members;

    @Inject
    Memberships memberships;

    @Inject
    Meetings meetings;

    @Inject
    Commitments commitments;

    @Inject
    Adaptations adaptations;

    @Test
    void anOfficerPlansAssessesAndSequencesTheForumsActions() {
        Forum forum = kenyanForum();
        WorkPlan plan = workPlans.create(new WorkPlan(forum, "Plan " + forum.getCode(), TODAY.minusDays(10), TODAY.plusYears(1)));
        Objective objective = workPlans.saveObjective(new Objective(plan, "Growers sell on contract.", 0));
        Milestone milestone = workPlans.saveMilestone(new Milestone(plan, objective, "First contract signed", TODAY.plusMonths(3)));
        PlanOutline outline = workPlans.outline(plan.getId());
        assertThat(outline.objectives()).extracting(Objective::getText).containsExactly("Growers sell on contract.");
        assertThat(outline.milestones()).singleElement().satisfies(m -> {
            assertThat(m.getObjective()).isEqualTo(objective);
            assertThat(m.getStatus()).isEqualTo(MilestoneStatus.PLANNED);
        });

        Action hard = actions.create(action(forum, plan, "Change the county's produce cess"));
        Action easy = actions.create(action(forum, plan, "Share prices weekly"));
        Action middle = actions.create(action(forum, plan, "Meet the brewer's buyer"));
        assertThat(List.of(hard.getChosenPosition(), easy.getChosenPosition(), middle.getChosenPosition()))
                .as("each new action goes to the end of the forum's order").containsExactly(0, 1, 2);

        ActionAssessment hardRated = actions.saveAssessment(hard.getId(), form(0, answers(Judgement.UNFAVOURABLE,
                Judgement.UNFAVOURABLE, Judgement.UNFAVOURABLE), Map.of(), 3, 3, false));
        assertThat(hardRated.getDifficulty().getComputed()).as("every difficulty answer unfavourable").isEqualTo(5);
        assertThat(hardRated.getRisk().getComputed()).isEqualTo(5);
        assertThat(hardRated.getCost().getComputed()).isEqualTo(5);
        actions.saveAssessment(easy.getId(), form(0, answers(Judgement.FAVOURABLE, Judgement.FAVOURABLE, Judgement.FAVOURABLE),
                Map.of(), 5, 5, true));
        actions.saveAssessment(middle.getId(), form(0, answers(Judgement.UNSURE, Judgement.UNSURE,
                Judgement.UNSURE), Map.of(), null, null, false));
        assertThat(actions.assessment(middle.getId())).hasValueSatisfying(a -> {
            assertThat(a.getDifficulty().effective()).isEqualTo(3);
            assertThat(a.getAnswers()).as("every question but the two follow-ups, which the form left out")
                    .hasSize(ChecklistQuestion.values().length - 2);
        });

        ActionSequence sequence = actions.sequence(forum.getId());
        assertThat(sequence.chosen()).containsExactly(hard, easy, middle);
        assertThat(sequence.suggested()).as("ascending difficulty, risk and cost").containsExactly(easy, middle, hard);

        Action movedEasy = actions.get(easy.getId());
        Action movedMiddle = actions.get(middle.getId());
        Action movedHard = actions.get(hard.getId());
        ActionSequence reordered = actions.reorder(forum.getId(), List.of(position(movedMiddle), position(movedEasy),
                position(movedHard)));
        assertThat(reordered.chosen()).containsExactly(middle, easy, hard);
        assertThat(reordered.suggested()).as("the suggestion stays beside the chosen order").containsExactly(easy, middle, hard);

        assertThatThrownBy(() -> actions.reorder(forum.getId(), List.of(position(movedMiddle), position(movedEasy),
                position(movedHard))))
                .as("the same order saved again on the versions read before").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> actions.reorder(forum.getId(), List.of(position(actions.get(easy.getId())))))
                .as("an order that leaves out an open action").isInstanceOf(ConflictException.class);

        Action started = actions.changeStatus(easy.getId(), actions.get(easy.getId()).getVersion(), ActionStatus.IN_PROGRESS, null);
        assertThatThrownBy(() -> actions.changeStatus(easy.getId(), started.getVersion(), ActionStatus.DONE, TODAY.plusDays(1)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("action.done.future");
        Action done = actions.changeStatus(easy.getId(), started.getVersion(), ActionStatus.DONE, TODAY);
        assertThat(done.getDoneOn()).isEqualTo(TODAY);
        assertThat(actions.sequence(forum.getId()).chosen()).as("a done action leaves the sequence").containsExactly(middle, hard);
        assertThat(actions.count(new ActionFilter(forum.getId(), null, ActionStatus.DONE, null))).isEqualTo(1);
        assertThat(actions.search(new ActionFilter(forum.getId(), plan.getId(), null, null), new PageRequest(0, 10, "difficulty", false)))
                .as("sorted by the effective difficulty, highest first").startsWith(hard);

        Action linked = actions.get(middle.getId());
        linked.setMilestone(milestone);
        assertThat(actions.update(linked).getMilestone()).isEqualTo(milestone);
        Milestone stored = workPlans.outline(plan.getId()).milestones().get(0);
        assertThatThrownBy(() -> workPlans.deleteMilestone(stored.getId(), stored.getVersion()))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("milestone.delete.hasActions");
        WorkPlan storedPlan = workPlans.get(plan.getId());
        assertThatThrownBy(() -> workPlans.delete(storedPlan.getId(), storedPlan.getVersion()))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("workPlan.delete.hasActions");
    }

    @Test
    void anAdjustedRatingNeedsItsReasonAndIsTheOneUsed() {
        Forum forum = kenyanForum();
        Action action = actions.create(action(forum, null, "Bulk buying of seed"));
        Map<ChecklistQuestion, AssessmentForm.Answer> unfavourable = answers(Judgement.UNFAVOURABLE,
                Judgement.UNFAVOURABLE, Judgement.UNFAVOURABLE);

        assertThatThrownBy(() -> actions.saveAssessment(action.getId(), form(0, unfavourable,
                Map.of(Feasibility.COST, new AssessmentForm.Adjustment(2, " ")), null, null, false)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("assessment.adjustment.needsReason");

        ActionAssessment saved = actions.saveAssessment(action.getId(), form(0, unfavourable,
                Map.of(Feasibility.COST, new AssessmentForm.Adjustment(2, "The miller gives credit")), 4, 2, false));
        assertThat(saved.getCost().getComputed()).isEqualTo(5);
        assertThat(saved.getCost().effective()).isEqualTo(2);
        assertThat(saved.getCost().getOverrideReason()).isEqualTo("The miller gives credit");

        assertThatThrownBy(() -> actions.saveAssessment(action.getId(), form(saved.getVersion() + 1, unfavourable, Map.of(),
                null, null, false))).as("a stale assessment").isInstanceOf(ConflictException.class);
        ActionAssessment cleared = actions.saveAssessment(action.getId(), form(saved.getVersion(), Map.of(), Map.of(), null, null, false));
        assertThat(cleared.getAnswers()).isEmpty();
        assertThat(cleared.isRated()).as("no answers, no adjustments: not rated").isFalse();
    }

    @Test
    void anotherCountrysOfficerIsRefusedAndTheRegionalManagerOnlyReads() {
        Forum forum = kenyanForum();
        WorkPlan plan = workPlans.create(new WorkPlan(forum, "Scope plan", TODAY, TODAY.plusMonths(6)));
        Action action = actions.create(action(forum, plan, "Scope action"));
        long id = action.getId();

        login.user(TestUsers.OFFICER_SUDAN);
        assertThatThrownBy(() -> actions.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workPlans.outline(plan.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.sequence(forum.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.create(action(forum, null, "Intruder"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.saveAssessment(id, form(0, Map.of(), Map.of(), 3, 3, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actions.search(ActionFilter.ofForum(forum.getId()), PageRequest.of(0, 10))).isEmpty();
        assertThat(actions.count(ActionFilter.ofForum(forum.getId()))).isZero();

        login.user(TestUsers.REGIONAL_MANAGER);
        assertThat(actions.get(id).getTitle()).isEqualTo("Scope action");
        assertThat(actions.sequence(forum.getId()).chosen()).containsExactly(action);
        assertThat(workPlans.canPlan(forum.getId())).isFalse();
        assertThat(actions.search(new ActionFilter(null, null, null, null), PageRequest.of(0, 200)))
                .extracting(a -> a.getForum().getCountry().getIsoCode()).containsOnly("KE", "SD");
        Action edited = actions.get(id);
        edited.setTitle("Changed by the regional manager");
        assertThatThrownBy(() -> actions.update(edited)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> actions.changeStatus(id, edited.getVersion(), ActionStatus.DROPPED, null))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> workPlans.create(new WorkPlan(forum, "No", TODAY, TODAY))).isInstanceOf(EJBAccessException.class);

        login.user(TestUsers.DONOR);
        assertThatThrownBy(() -> actions.get(id)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> workPlans.ofForum(forum.getId())).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theForumSecretaryReadsTheirOwnForumsPlanOnly() {
        Forum other = kenyanForum();
        Action otherAction = actions.create(action(other, null, "Not the secretary's"));

        login.user(TestUsers.SECRETARY_KISUMU);
        Forum own = forums.search(new ForumFilter(null, null, null, null, null, "KE-KSM-FIN"), PageRequest.of(0, 5)).get(0).forum();
        List<WorkPlan> plans = workPlans.ofForum(own.getId());
        assertThat(plans).as("the demo work-plan of the forum").isNotEmpty();
        assertThat(workPlans.outline(plans.get(0).getId()).objectives()).isNotEmpty();
        ActionSequence sequence = actions.sequence(own.getId());
        assertThat(sequence.suggested()).hasSameElementsAs(sequence.chosen()).isNotEmpty();
        assertThat(actions.search(new ActionFilter(null, null, null, null), PageRequest.of(0, 200)))
                .extracting(a -> a.getForum().getCode()).containsOnly("KE-KSM-FIN");
        assertThat(workPlans.canPlan(own.getId())).isFalse();
        assertThat(actions.commitments(sequence.chosen().get(0).getId())).isNotNull();

        assertThatThrownBy(() -> actions.get(otherAction.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workPlans.ofForum(other.getId())).isInstanceOf(AccessDeniedException.class);
        Action first = sequence.chosen().get(0);
        assertThatThrownBy(() -> actions.changeStatus(first.getId(), first.getVersion(), ActionStatus.DROPPED, null))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> actions.create(action(own, null, "Secretary's idea"))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aClosedForumsPlanIsReadOnly() {
        Forum forum = kenyanForum();
        WorkPlan plan = workPlans.create(new WorkPlan(forum, "Closing plan", TODAY, TODAY.plusMonths(6)));
        Action action = actions.create(action(forum, plan, "Before closing"));
        Forum stored = forums.get(forum.getId());
        forums.close(stored.getId(), stored.getVersion(), "Closed by WorkPlansIT.");

        assertThat(workPlans.canPlan(forum.getId())).isFalse();
        assertThat(actions.get(action.getId()).getTitle()).isEqualTo("Before closing");
        assertThatThrownBy(() -> actions.create(action(forum, plan, "After closing")))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("forum.closed");
        Action current = actions.get(action.getId());
        assertThatThrownBy(() -> actions.changeStatus(current.getId(), current.getVersion(), ActionStatus.DROPPED, null))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> workPlans.saveObjective(new Objective(plan, "Too late", 0))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void commitmentsServeActionsAndAdaptationsBecomeActionsLinkedBothWays() {
        Forum forum = kenyanForum();
        Member member = seated(forum);
        Action original = actions.create(action(forum, null, "Sell at the county market"));
        Meeting reflection = meetings.create(new Meeting(forum, MeetingKind.REFLECTION, TODAY));
        Commitment promise = commitments.add(reflection.getId(), member.getId(), "Ask the brewer for a contract", TODAY.plusDays(14));
        Adaptation change = adaptations.add(reflection.getId(), "Sell to the brewer instead of the county market");
        assertThat(actions.openAdaptations(forum.getId())).contains(change);

        Commitment linked = actions.linkCommitment(promise.getId(), promise.getVersion(), original.getId());
        assertThat(actions.commitments(original.getId())).containsExactly(linked);
        commitments.changeStatus(linked.getId(), linked.getVersion(), CommitmentStatus.KEPT, null, null);
        assertThat(actions.commitments(original.getId())).singleElement()
                .satisfies(c -> assertThat(c.getStatus()).isEqualTo(CommitmentStatus.KEPT));

        Adaptation stored = adaptations.ofMeeting(reflection.getId()).get(0);
        Action replacement = actions.createFromAdaptation(stored.getId(), stored.getVersion(),
                action(forum, null, "Sell to the brewer on contract"), original.getId());
        assertThat(actions.get(original.getId())).satisfies(a -> {
            assertThat(a.getStatus()).isEqualTo(ActionStatus.ADAPTED);
            assertThat(a.getReplacedBy()).isEqualTo(replacement);
        });
        assertThat(actions.adaptations(replacement.getId())).singleElement().satisfies(a -> {
            assertThat(a.getStatus()).isEqualTo(AdaptationStatus.IN_PLAN);
            assertThat(a.getAction()).isEqualTo(replacement);
        });
        assertThat(actions.openAdaptations(forum.getId())).doesNotContain(change);
        assertThat(actions.sequence(forum.getId()).chosen()).as("the adapted action left the sequence").containsExactly(replacement);

        Action toDelete = actions.get(original.getId());
        assertThatThrownBy(() -> actions.delete(toDelete.getId(), toDelete.getVersion()))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("action.delete.linked");

        Action other = kenyanAction();
        Commitment current = commitments.get(linked.getId());
        assertThatThrownBy(() -> actions.linkCommitment(current.getId(), current.getVersion(), other.getId()))
                .as("an action of another forum").isInstanceOf(RuleViolation.class);
        Action doneBy = actions.get(replacement.getId());
        doneBy.setDoerMembers(Set.of(member));
        doneBy.setPayer(Payer.MEMBERS_OWN);
        doneBy.setOwnContribution(new BigDecimal("1500.00"));
        doneBy.setCurrencyCode("KES");
        Action saved = actions.update(doneBy);
        assertThat(actions.get(saved.getId()).getDoerMembers()).containsExactly(member);
        assertThat(actions.get(saved.getId()).getOwnContribution()).isEqualByComparingTo("1500");
    }

    private Action kenyanAction() {
        Forum forum = kenyanForum();
        return actions.create(action(forum, null, "Elsewhere"));
    }

    private static Action action(Forum forum, WorkPlan plan, String title) {
        Action action = new Action(forum, title);
        action.setWorkPlan(plan);
        action.setPayer(Payer.NOT_KNOWN);
        action.setDueOn(TODAY.plusMonths(2));
        return action;
    }

    private static ActionPosition position(Action action) {
        return new ActionPosition(action.getId(), action.getVersion());
    }

    /** How the forum judged every question of a side. */
    private enum Judgement { FAVOURABLE, UNSURE, UNFAVOURABLE }

    /** The same judgement for every question of a side, except the follow-ups, which are left out. */
    private static Map<ChecklistQuestion, AssessmentForm.Answer> answers(Judgement difficulty, Judgement risk, Judgement cost) {
        Map<ChecklistQuestion, AssessmentForm.Answer> answers = new EnumMap<>(ChecklistQuestion.class);
        for (ChecklistQuestion question : ChecklistQuestion.values()) {
            if (question.followsUp() != null) {
                continue;
            }
            Judgement given = switch (question.side()) {
                case DIFFICULTY -> difficulty;
                case RISK -> risk;
                case COST -> cost;
            };
            ChecklistAnswer favourable = question.unfavourable() == ChecklistAnswer.YES ? ChecklistAnswer.NO : ChecklistAnswer.YES;
            ChecklistAnswer answer = switch (given) {
                case FAVOURABLE -> favourable;
                case UNSURE -> ChecklistAnswer.UNSURE;
                case UNFAVOURABLE -> question.unfavourable();
            };
            answers.put(question, new AssessmentForm.Answer(answer, "Note on " + question));
        }
        return answers;
    }

    private static AssessmentForm form(long version, Map<ChecklistQuestion, AssessmentForm.Answer> answers,
            Map<Feasibility, AssessmentForm.Adjustment> adjustments, Integer commitment, Integer passion, boolean easesLater) {
        return new AssessmentForm(version, answers, adjustments, commitment, passion, easesLater);
    }

    private Forum kenyanForum() {
        login.user(TestUsers.OFFICER_KENYA);
        String code = "KE-WP-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        var busia = geography.districts("KE").stream().filter(d -> d.getName().equals("Busia")).findFirst().orElseThrow();
        return forums.create(new Forum(code, "Work-plan test forum " + code, busia, "Sorghum",
                "Sorghum growers sell to brewers on contract.", ChangeArea.CORE_MARKET_CHAIN));
    }

    private Member seated(Forum forum) {
        MarketActor actor = actors.create(new MarketActor(forum.getCountry(), "WP Traders " + System.nanoTime(), ActorType.TRADER));
        Member member = members.create(new Member(actor, "Wanjiru", "Wp" + System.nanoTime() % 100_000, Sex.FEMALE));
        memberships.add(new Membership(forum, member, MembershipRole.MEMBER, SelectionMethod.VOLUNTEERED, TODAY.minusDays(30)));
        return member;
    }
}
