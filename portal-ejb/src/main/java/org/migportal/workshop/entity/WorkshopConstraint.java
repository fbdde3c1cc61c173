package org.migportal.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.geography.entity.Country;
import org.migportal.platform.entity.CountryOwned;
import org.migportal.platform.entity.PortalEntity;

/**
 * A constraint of the market system that a workshop's participants identified, where in the
 * market system it lies, and how many of them voted to commit effort to it.
 */
@Entity
@Table(name = "workshop_constraint")
@NamedQuery(name = WorkshopConstraint.OF_WORKSHOP, query = """
        SELECT c FROM WorkshopConstraint c WHERE c.workshop = :workshop ORDER BY c.votes DESC, c.name, c.id""")
public class WorkshopConstraint extends PortalEntity implements CountryOwned {

    public static final String OF_WORKSHOP = "WorkshopConstraint.ofWorkshop";
    public static final int NAME_LENGTH = 150;
    public static final int DESCRIPTION_LENGTH = 2000;
    public static final int MAX_VOTES = 100_000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workshop_id")
    private Workshop workshop;

    /** The constraint in a few words, e.g. "Access to finance". */
    @NotBlank
    @Size(max = NAME_LENGTH)
    private String name;

    /** What the participants said about it. */
    @Size(max = DESCRIPTION_LENGTH)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "change_area")
    private ChangeArea changeArea;

    @Min(0)
    @Max(MAX_VOTES)
    private int votes;

    public WorkshopConstraint() {
    }

    public WorkshopConstraint(Workshop workshop, String name, ChangeArea changeArea, int votes) {
        this.workshop = workshop;
        this.name = name;
        this.changeArea = changeArea;
        this.votes = votes;
    }

    /** What a forum set up for this constraint works on: the participants' words, else the constraint's name. */
    public String getVision() {
        return description == null || description.isBlank() ? name : description;
    }

    public Workshop getWorkshop() {
        return workshop;
    }

    public void setWorkshop(Workshop workshop) {
        this.workshop = workshop;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ChangeArea getChangeArea() {
        return changeArea;
    }

    public void setChangeArea(ChangeArea changeArea) {
        this.changeArea = changeArea;
    }

    public int getVotes() {
        return votes;
    }

    public void setVotes(int votes) {
        this.votes = votes;
    }

    @Override
    public Country owningCountry() {
        return workshop.getCountry();
    }
}
