package org.migportal.forum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.platform.control.RuleViolation;
import org.migportal.platform.entity.CountryOwned;
import org.migportal.platform.entity.PortalEntity;

/**
 * A Market Interest Group: market actors who share a vision of change for a market system and
 * work together on one constraint. Its lifecycle rules live here; a closed forum is read-only.
 */
@Entity
@NamedQuery(name = Forum.FIND_BY_CODE, query = "SELECT f FROM Forum f WHERE f.code = :code")
@NamedQuery(name = Forum.MARKET_SYSTEMS,
        query = "SELECT DISTINCT f.marketSystem FROM Forum f ORDER BY f.marketSystem")
public class Forum extends PortalEntity implements CountryOwned {

    public static final String FIND_BY_CODE = "Forum.findByCode";
    public static final String MARKET_SYSTEMS = "Forum.marketSystems";
    public static final int CODE_LENGTH = 20;
    public static final int NAME_LENGTH = 150;
    public static final int MARKET_SYSTEM_LENGTH = 80;
    public static final int VISION_LENGTH = 4000;
    public static final int PLACE_LENGTH = 150;
    public static final int LESSONS_LENGTH = 8000;

    @NotBlank
    @Size(max = CODE_LENGTH)
    @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "{forum.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = NAME_LENGTH)
    private String name;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id")
    private District district;

    @NotBlank
    @Size(max = MARKET_SYSTEM_LENGTH)
    @Column(name = "market_system")
    private String marketSystem;

    @NotBlank
    @Size(max = VISION_LENGTH)
    private String vision;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "change_area")
    private ChangeArea changeArea;

    @PastOrPresent
    @Column(name = "established_on")
    private LocalDate establishedOn;

    @Size(max = PLACE_LENGTH)
    @Column(name = "meeting_place")
    private String meetingPlace;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_frequency")
    private MeetingFrequency meetingFrequency;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ForumStatus status = ForumStatus.PROPOSED;

    @NotNull
    @Column(name = "status_changed_on")
    private LocalDate statusChangedOn = LocalDate.now();

    @Size(max = LESSONS_LENGTH)
    @Column(name = "lessons_learned")
    private String lessonsLearned;

    /** The market-mapping workshop the forum was set up at, if any; see {@link #setUpAt}. */
    @Column(name = "workshop_id")
    private Long workshopId;

    /** The constraint of that workshop the forum was set up for. */
    @Column(name = "workshop_constraint_id")
    private Long workshopConstraintId;

    public Forum() {
    }

    public Forum(String code, String name, District district, String marketSystem, String vision, ChangeArea changeArea) {
        this.code = code;
        this.name = name;
        this.district = district;
        this.marketSystem = marketSystem;
        this.vision = vision;
        this.changeArea = changeArea;
    }

    /** Moves the forum along its lifecycle; closing is {@link #close(String, LocalDate)}. */
    public void moveTo(ForumStatus target, LocalDate on) {
        requireOpen();
        if (target == ForumStatus.CLOSED) {
            throw new RuleViolation("forum.lifecycle.needsLessons");
        }
        if (!status.canMoveTo(target)) {
            throw new RuleViolation("forum.lifecycle.notAllowed", status, target);
        }
        if (target == ForumStatus.ACTIVE && establishedOn == null) {
            establishedOn = on;
        }
        status = target;
        statusChangedOn = on;
    }

    /** Closes the forum for good, capturing what was learned (the guidance's last act). */
    public void close(String lessons, LocalDate on) {
        requireOpen();
        if (lessons == null || lessons.isBlank()) {
            throw new RuleViolation("forum.lifecycle.needsLessons");
        }
        lessonsLearned = lessons.strip();
        status = ForumStatus.CLOSED;
        statusChangedOn = on;
    }

    public void requireOpen() {
        if (isClosed()) {
            throw new RuleViolation("forum.closed", name);
        }
    }

    public boolean isClosed() {
        return status == ForumStatus.CLOSED;
    }

    public Country getCountry() {
        return district.getCountry();
    }

    /** Records that the forum was set up for a constraint its market-mapping workshop picked. */
    public void setUpAt(long workshop, long constraint) {
        workshopId = workshop;
        workshopConstraintId = constraint;
    }

    public Long getWorkshopId() {
        return workshopId;
    }

    public Long getWorkshopConstraintId() {
        return workshopConstraintId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip().toUpperCase();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public String getMarketSystem() {
        return marketSystem;
    }

    public void setMarketSystem(String marketSystem) {
        this.marketSystem = marketSystem;
    }

    public String getVision() {
        return vision;
    }

    public void setVision(String vision) {
        this.vision = vision;
    }

    public ChangeArea getChangeArea() {
        return changeArea;
    }

    public void setChangeArea(ChangeArea changeArea) {
        this.changeArea = changeArea;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public void setEstablishedOn(LocalDate establishedOn) {
        this.establishedOn = establishedOn;
    }

    public String getMeetingPlace() {
        return meetingPlace;
    }

    public void setMeetingPlace(String meetingPlace) {
        this.meetingPlace = meetingPlace;
    }

    public MeetingFrequency getMeetingFrequency() {
        return meetingFrequency;
    }

    public void setMeetingFrequency(MeetingFrequency meetingFrequency) {
        this.meetingFrequency = meetingFrequency;
    }

    public ForumStatus getStatus() {
        return status;
    }

    public LocalDate getStatusChangedOn() {
        return statusChangedOn;
    }

    public String getLessonsLearned() {
        return lessonsLearned;
    }

    @Override
    public Country owningCountry() {
        return district.getCountry();
    }

    @Override
    public String owningForumCode() {
        return code;
    }
}
