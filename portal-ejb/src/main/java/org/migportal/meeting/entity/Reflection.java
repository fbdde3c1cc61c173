package org.migportal.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a reflection meeting looked back on, in the guidance's order: the period, progress against the
 * work-plan's milestones, what happened and why (not only figures), the unexpected, whether the market
 * map still holds, the root causes of problems, and the lessons. Adaptations are rows of their own.
 */
@Embeddable
public class Reflection implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int LONG_TEXT = 8000;
    public static final int TEXT = 4000;

    @Column(name = "reviewed_from")
    private LocalDate reviewedFrom;

    @Column(name = "reviewed_to")
    private LocalDate reviewedTo;

    @Size(max = LONG_TEXT)
    private String progress;

    @Size(max = LONG_TEXT)
    @Column(name = "what_happened")
    private String whatHappened;

    @Size(max = TEXT)
    @Column(name = "unexpected_positive")
    private String unexpectedPositive;

    @Size(max = TEXT)
    @Column(name = "unexpected_negative")
    private String unexpectedNegative;

    @Enumerated(EnumType.STRING)
    @Column(name = "market_map")
    private MarketMapReview marketMap;

    @Size(max = TEXT)
    @Column(name = "market_map_notes")
    private String marketMapNotes;

    @Size(max = LONG_TEXT)
    @Column(name = "root_causes")
    private String rootCauses;

    @Size(max = LONG_TEXT)
    private String lessons;

    @AssertTrue(message = "{reflection.period}")
    boolean isPeriodInOrder() {
        return reviewedFrom == null || reviewedTo == null || !reviewedTo.isBefore(reviewedFrom);
    }

    public boolean isEmpty() {
        return reviewedFrom == null && reviewedTo == null && blank(progress) && blank(whatHappened)
                && blank(unexpectedPositive) && blank(unexpectedNegative) && marketMap == null
                && blank(marketMapNotes) && blank(rootCauses) && blank(lessons);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public LocalDate getReviewedFrom() {
        return reviewedFrom;
    }

    public void setReviewedFrom(LocalDate reviewedFrom) {
        this.reviewedFrom = reviewedFrom;
    }

    public LocalDate getReviewedTo() {
        return reviewedTo;
    }

    public void setReviewedTo(LocalDate reviewedTo) {
        this.reviewedTo = reviewedTo;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getUnexpectedPositive() {
        return unexpectedPositive;
    }

    public void setUnexpectedPositive(String unexpectedPositive) {
        this.unexpectedPositive = unexpectedPositive;
    }

    public String getUnexpectedNegative() {
        return unexpectedNegative;
    }

    public void setUnexpectedNegative(String unexpectedNegative) {
        this.unexpectedNegative = unexpectedNegative;
    }

    public MarketMapReview getMarketMap() {
        return marketMap;
    }

    public void setMarketMap(MarketMapReview marketMap) {
        this.marketMap = marketMap;
    }

    public String getMarketMapNotes() {
        return marketMapNotes;
    }

    public void setMarketMapNotes(String marketMapNotes) {
        this.marketMapNotes = marketMapNotes;
    }

    public String getRootCauses() {
        return rootCauses;
    }

    public void setRootCauses(String rootCauses) {
        this.rootCauses = rootCauses;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }
}
