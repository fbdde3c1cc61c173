package org.migportal.health.control;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import org.migportal.health.boundary.ForumHealthRow;
import org.migportal.health.boundary.ForumHealthSignals;

/**
 * The dashboard's orders, by the names its columns sort by. Flagged forums come first by default
 * (those with most reasons first); unknown figures sort last either way.
 */
public final class HealthSort {

    private static final Comparator<ForumHealthRow> BY_NAME = Comparator.comparing(row -> row.signals().name());

    private static final Map<String, Function<ForumHealthSignals, Comparable<?>>> FIELDS = Map.ofEntries(
            Map.entry("code", ForumHealthSignals::code),
            Map.entry("name", ForumHealthSignals::name),
            Map.entry("country", ForumHealthSignals::countryName),
            Map.entry("district", ForumHealthSignals::district),
            Map.entry("status", ForumHealthSignals::status),
            Map.entry("meetings", ForumHealthSignals::meetingsRecent),
            Map.entry("lastMeeting", ForumHealthSignals::lastMeetingOn),
            Map.entry("attendance", ForumHealthSignals::attendanceRecent),
            Map.entry("trend", ForumHealthSignals::attendanceTrend),
            Map.entry("women", ForumHealthSignals::womenGap),
            Map.entry("youth", ForumHealthSignals::youthGap),
            Map.entry("marginalised", ForumHealthSignals::marginalisedAmongAttendees),
            Map.entry("overdue", ForumHealthSignals::overdueCommitments),
            Map.entry("actions", ForumHealthSignals::actionsDone),
            Map.entry("outcome", ForumHealthSignals::monthsSinceOutcome),
            Map.entry("selfFinancing", ForumHealthSignals::selfFinancingNow));

    private HealthSort() {
    }

    /** The order for a sort name from the page or the API; an unknown or empty name gives the default. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Comparator<ForumHealthRow> by(String field, boolean ascending) {
        if (field == null || !FIELDS.containsKey(field)) {
            Comparator<ForumHealthRow> flagged = Comparator.comparingInt(row -> -row.reasons().size());
            // "reasons" ascending is the default order (most reasons first); descending turns it round.
            return "reasons".equals(field) && !ascending ? flagged.reversed().thenComparing(BY_NAME)
                    : flagged.thenComparing(BY_NAME);
        }
        Function<ForumHealthSignals, Comparable<?>> value = FIELDS.get(field);
        Comparator<Comparable> natural = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        Comparator<ForumHealthRow> order = Comparator.comparing(row -> (Comparable) value.apply(row.signals()),
                Comparator.nullsLast(natural));
        return order.thenComparing(BY_NAME);
    }
}
