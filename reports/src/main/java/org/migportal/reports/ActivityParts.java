package org.migportal.reports;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The parameters of the {@code ActivitySections} part from a report's {@link Activity}: key figures,
 * chart points and rows in the report's language, and whether each section has anything to show.
 */
final class ActivityParts {

    private final ReportLabels labels;
    private final ReportParts parts;

    ActivityParts(ReportLabels labels) {
        this.labels = labels;
        this.parts = new ReportParts(labels);
    }

    /**
     * Puts the part's parameters into {@code parameters}.
     *
     * @param lessonNote printed under the lessons' heading (e.g. that names were left out), or null
     */
    void put(Activity activity, String lessonNote, Map<String, Object> parameters) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yy", labels.locale());
        parameters.put("hasMeetings", activity.meetings() > 0);
        parameters.put("meetingFigures", List.of(
                parts.counted(activity.meetings(), "key.meetings"),
                parts.counted(activity.reflections(), "key.reflections"),
                new KeyFigure(labels.percent(share(activity.present(), activity.listed())), labels.text("key.attendance")),
                new KeyFigure(labels.count(activity.present()) + " / " + labels.count(activity.listed()),
                        labels.text("key.presentOfListed"))));
        parameters.put("meetingPoints", activity.months().stream()
                .map(m -> new ChartPoint("meetings", month.format(m.month()), m.meetings())).toList());
        parameters.put("ratePoints", activity.months().stream()
                .filter(m -> m.listed() > 0)
                .map(m -> new ChartPoint("attendance", month.format(m.month()), Math.round(m.attendanceRate() * 1000) / 10.0))
                .toList());

        parameters.put("hasCommitments", activity.commitments() > 0);
        parameters.put("commitmentRows", parts.inOrder("CommitmentStatus", activity.commitmentsByStatus(), activity.commitments()));
        parameters.put("commitmentNote", labels.message("commitments.note", activity.commitments(), activity.kept(),
                labels.share(activity.kept(), activity.commitments())));

        parameters.put("hasCommunication", activity.communications() > 0);
        parameters.put("audienceRows", parts.largestFirst("CommunicationAudience", activity.communicationByAudience(),
                activity.communications()));
        parameters.put("purposeRows", parts.largestFirst("CommunicationPurpose", activity.communicationByPurpose(),
                activity.communications()));

        parameters.put("hasActions", activity.actions() > 0);
        parameters.put("actionRows", parts.inOrder("ActionStatus", activity.actionsByStatus(), activity.actions()));
        parameters.put("actionNote", labels.message("actions.note", activity.actions(), activity.actionsDone(),
                labels.share(activity.actionsDone(), activity.actions())));

        Outcomes outcomes = activity.outcomes();
        parameters.put("hasOutcomes", outcomes.count() > 0);
        parameters.put("outcomeFigures", List.of(
                parts.counted(outcomes.count(), "key.outcomes"),
                parts.counted(outcomes.beyondMembers(), "key.beyondMembers"),
                parts.counted(outcomes.beneficiaries(), "key.beneficiaries"),
                parts.counted(outcomes.withEvidence(), "key.withEvidence")));
        parameters.put("outcomeRows", parts.largestFirst("OutcomeType", outcomes.byType(), outcomes.count()));
        parameters.put("storyRows", outcomes.stories().stream().map(this::story).toList());

        parameters.put("hasLessons", !activity.lessons().isEmpty());
        parameters.put("lessonRows", activity.lessons().stream()
                .map(l -> new LessonRow(l.forum() + ", " + labels.date(l.heldOn()), l.text())).toList());
        parameters.put("lessonNote", lessonNote == null ? labels.text("lessons.note") : lessonNote);
    }

    private StoryRow story(OutcomeStory story) {
        String heading = labels.value("OutcomeType", story.type()) + " \u00b7 " + story.forum() + ", "
                + labels.date(story.occurredOn());
        String reach;
        if (!story.beyondMembers()) {
            reach = labels.text("story.membersOnly");
        } else if (story.beneficiaries() == null) {
            reach = labels.text("story.beyondNotEstimated");
        } else {
            reach = labels.message("story.beyond", story.beneficiaries());
            if (story.womenShare() != null) {
                reach += labels.message("story.women", labels.percent(story.womenShare() / 100.0));
            }
            if (story.youthShare() != null) {
                reach += labels.message("story.youth", labels.percent(story.youthShare() / 100.0));
            }
        }
        String evidence = story.evidenceFiles() == 0 ? labels.text("story.noEvidence")
                : labels.message("story.evidence", story.evidenceFiles());
        if (story.verifiedOn() != null) {
            evidence += story.verifiedBy() == null
                    ? labels.message("story.verified", labels.date(story.verifiedOn()))
                    : labels.message("story.verifiedBy", story.verifiedBy(), labels.date(story.verifiedOn()));
        }
        return new StoryRow(heading, story.description(), reach, evidence);
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
