package org.migportal.meeting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumOwned;
import org.migportal.member.entity.Member;
import org.migportal.platform.entity.PortalEntity;

/**
 * A meeting a forum held: when and where, who chaired and who took the minutes, the minutes and
 * decisions, and any external guests. A reflection meeting also carries its {@link Reflection}.
 * Attendance and commitments are rows of their own that point here.
 */
@Entity
public class Meeting extends PortalEntity implements ForumOwned {

    public static final int PLACE_LENGTH = 150;
    public static final int MINUTES_LENGTH = 20000;
    public static final int DECISIONS_LENGTH = 8000;
    public static final int GUESTS_LENGTH = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    @NotNull
    @Enumerated(EnumType.STRING)
    private MeetingKind kind = MeetingKind.REGULAR;

    @NotNull
    @PastOrPresent(message = "{meeting.heldOn.past}")
    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Size(max = PLACE_LENGTH)
    private String place;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chaired_by_id")
    private Member chairedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "minutes_by_id")
    private Member minutesBy;

    @Size(max = MINUTES_LENGTH)
    private String minutes;

    @Size(max = DECISIONS_LENGTH)
    private String decisions;

    @Size(max = GUESTS_LENGTH)
    @Column(name = "external_guests")
    private String externalGuests;

    @Valid
    @Embedded
    private Reflection reflection = new Reflection();

    public Meeting() {
    }

    public Meeting(Forum forum, MeetingKind kind, LocalDate heldOn) {
        this.forum = forum;
        this.kind = kind;
        this.heldOn = heldOn;
    }

    public boolean isReflectionMeeting() {
        return kind == MeetingKind.REFLECTION;
    }

    /** Takes over what an edited copy says, except the forum, which a meeting never changes. */
    public void takeDetailsFrom(Meeting edited) {
        kind = edited.kind;
        heldOn = edited.heldOn;
        startsAt = edited.startsAt;
        place = edited.place;
        chairedBy = edited.chairedBy;
        minutesBy = edited.minutesBy;
        minutes = edited.minutes;
        decisions = edited.decisions;
        externalGuests = edited.externalGuests;
        // Only a reflection keeps reflection sections; another kind would hide them from every page.
        reflection = edited.isReflectionMeeting() && edited.reflection != null ? edited.reflection : new Reflection();
    }

    public Forum getForum() {
        return forum;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Member getChairedBy() {
        return chairedBy;
    }

    public void setChairedBy(Member chairedBy) {
        this.chairedBy = chairedBy;
    }

    public Member getMinutesBy() {
        return minutesBy;
    }

    public void setMinutesBy(Member minutesBy) {
        this.minutesBy = minutesBy;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public String getExternalGuests() {
        return externalGuests;
    }

    public void setExternalGuests(String externalGuests) {
        this.externalGuests = externalGuests;
    }

    /** Never null: EclipseLink leaves an all-null embeddable null after loading. */
    public Reflection getReflection() {
        if (reflection == null) {
            reflection = new Reflection();
        }
        return reflection;
    }

    public void setReflection(Reflection reflection) {
        this.reflection = reflection;
    }

    @Override
    public Forum owningForum() {
        return forum;
    }
}
