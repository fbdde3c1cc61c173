package org.migportal.web.api.meetings;

import java.time.LocalDate;
import org.migportal.meeting.entity.MarketMapReview;
import org.migportal.meeting.entity.Reflection;

/** A reflection meeting's sections; ignored (and answered empty) for other kinds of meeting. */
public record ReflectionBody(
        LocalDate reviewedFrom,
        LocalDate reviewedTo,
        String progress,
        String whatHappened,
        String unexpectedPositive,
        String unexpectedNegative,
        MarketMapReview marketMap,
        String marketMapNotes,
        String rootCauses,
        String lessons) {

    static ReflectionBody of(Reflection r) {
        return r.isEmpty() ? null : new ReflectionBody(r.getReviewedFrom(), r.getReviewedTo(), r.getProgress(),
                r.getWhatHappened(), r.getUnexpectedPositive(), r.getUnexpectedNegative(), r.getMarketMap(),
                r.getMarketMapNotes(), r.getRootCauses(), r.getLessons());
    }

    Reflection toReflection() {
        Reflection r = new Reflection();
        r.setReviewedFrom(reviewedFrom);
        r.setReviewedTo(reviewedTo);
        r.setProgress(progress);
        r.setWhatHappened(whatHappened);
        r.setUnexpectedPositive(unexpectedPositive);
        r.setUnexpectedNegative(unexpectedNegative);
        r.setMarketMap(marketMap);
        r.setMarketMapNotes(marketMapNotes);
        r.setRootCauses(rootCauses);
        r.setLessons(lessons);
        return r;
    }
}
