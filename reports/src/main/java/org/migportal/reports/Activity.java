package org.migportal.reports;

import java.util.List;

/**
 * What the forums of a report did in the period: meetings and attendance by month, commitments made
 * at those meetings by their status, communication by audience and by purpose, the lessons of
 * reflection meetings, the work-plans' actions due or done by status, and outcomes. Counts and the
 * forums' own texts, never a person.
 *
 * @param reflections reflection meetings held in the period (they are among the months' meetings)
 */
public record Activity(List<MonthLine> months, long reflections, List<Tally> commitmentsByStatus,
        List<Tally> communicationByAudience, List<Tally> communicationByPurpose, List<Lesson> lessons,
        List<Tally> actionsByStatus, Outcomes outcomes) {

    public static final Activity NONE = new Activity(List.of(), 0, List.of(), List.of(), List.of(), List.of(), List.of(),
            Outcomes.NONE);

    public Activity {
        months = List.copyOf(months);
        commitmentsByStatus = List.copyOf(commitmentsByStatus);
        communicationByAudience = List.copyOf(communicationByAudience);
        communicationByPurpose = List.copyOf(communicationByPurpose);
        lessons = List.copyOf(lessons);
        actionsByStatus = List.copyOf(actionsByStatus);
    }

    public long actions() {
        return actionsByStatus.stream().mapToLong(Tally::count).sum();
    }

    public long actionsDone() {
        return actionsByStatus.stream().filter(t -> t.code().equals("DONE")).mapToLong(Tally::count).sum();
    }

    public long meetings() {
        return months.stream().mapToLong(MonthLine::meetings).sum();
    }

    public long present() {
        return months.stream().mapToLong(MonthLine::present).sum();
    }

    public long listed() {
        return months.stream().mapToLong(MonthLine::listed).sum();
    }

    public long commitments() {
        return commitmentsByStatus.stream().mapToLong(Tally::count).sum();
    }

    public long kept() {
        return commitmentsByStatus.stream().filter(t -> t.code().equals("KEPT")).mapToLong(Tally::count).sum();
    }

    public long communications() {
        return communicationByPurpose.stream().mapToLong(Tally::count).sum();
    }
}
