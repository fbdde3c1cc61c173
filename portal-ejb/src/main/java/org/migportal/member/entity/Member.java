package org.migportal.member.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.Set;
import org.migportal.geography.entity.Country;
import org.migportal.platform.entity.CountryOwned;
import org.migportal.platform.entity.PortalEntity;

/**
 * A person who represents a market actor in forums. Holds personal data, so it records whether
 * the person consented to the programme keeping it. Without consent, the personal fields are shown
 * only to the officers of the member's country: for everyone else the boundaries mark the member
 * {@linkplain #withholdPersonalData() withheld}, and the getters of personal fields answer null.
 */
@Entity
public class Member extends PortalEntity implements CountryOwned {

    public static final int NAME_LENGTH = 80;
    public static final int PHONE_LENGTH = 40;
    public static final int EMAIL_LENGTH = 150;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_id")
    private Country country;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    private MarketActor actor;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "given_name")
    private String givenName;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(name = "family_name")
    private String familyName;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Sex sex;

    @Min(1900)
    @Max(2100)
    @Column(name = "birth_year")
    private Integer birthYear;

    @Size(max = PHONE_LENGTH)
    private String phone;

    @Email
    @Size(max = EMAIL_LENGTH)
    private String email;

    @Column(name = "consent_given")
    private boolean consentGiven;

    @PastOrPresent
    @Column(name = "consent_date")
    private LocalDate consentDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_marginalisation", joinColumns = @JoinColumn(name = "member_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "grp")
    private Set<MarginalisedGroup> marginalisedGroups = EnumSet.noneOf(MarginalisedGroup.class);

    /**
     * Set on the copy a caller receives, never stored. Only the getters hide the fields: the fields
     * keep their values, so a managed member marked here is never written back blanked. Not a
     * {@code transient} field, so that a member kept in a serialised view stays withheld.
     */
    @Transient
    private boolean personalDataWithheld;

    public Member() {
    }

    public Member(MarketActor actor, String givenName, String familyName, Sex sex) {
        this.actor = actor;
        this.country = actor.getCountry();
        this.givenName = givenName;
        this.familyName = familyName;
        this.sex = sex;
    }

    /** Youth by the bounds of the member's own country; unknown (or withheld) birth year is not youth. */
    public boolean isYouth(Year year) {
        return getBirthYear() != null && country.isYouth(birthYear, year);
    }

    public boolean isYouth() {
        return isYouth(Year.now());
    }

    public boolean isMarginalised() {
        return !getMarginalisedGroups().isEmpty();
    }

    /** The name, or null when withheld. */
    public String getFullName() {
        return personalDataWithheld ? null : givenName + " " + familyName;
    }

    /** Hides the personal fields of this copy from the caller it goes to (no consent, not their officer). */
    public void withholdPersonalData() {
        personalDataWithheld = true;
    }

    public boolean isPersonalDataWithheld() {
        return personalDataWithheld;
    }

    /** Records consent the day it is given; withdrawing it clears the date. */
    public void setConsentGiven(boolean consentGiven) {
        if (consentGiven && !this.consentGiven && consentDate == null) {
            consentDate = LocalDate.now();
        }
        if (!consentGiven) {
            consentDate = null;
        }
        this.consentGiven = consentGiven;
    }

    @AssertTrue(message = "{member.actorCountry}")
    boolean isActorInMemberCountry() {
        return actor == null || country == null || actor.getCountry().equals(country);
    }

    public Country getCountry() {
        return country;
    }

    public MarketActor getActor() {
        return actor;
    }

    /** The member belongs to the country of the actor they represent. */
    public void setActor(MarketActor actor) {
        this.actor = actor;
        this.country = actor == null ? null : actor.getCountry();
    }

    public String getGivenName() {
        return personalDataWithheld ? null : givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return personalDataWithheld ? null : familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public Sex getSex() {
        return personalDataWithheld ? null : sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public Integer getBirthYear() {
        return personalDataWithheld ? null : birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public String getPhone() {
        return personalDataWithheld ? null : phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return personalDataWithheld ? null : email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public void setConsentDate(LocalDate consentDate) {
        this.consentDate = consentDate;
    }

    public Set<MarginalisedGroup> getMarginalisedGroups() {
        return personalDataWithheld ? Set.of() : marginalisedGroups;
    }

    public void setMarginalisedGroups(Set<MarginalisedGroup> groups) {
        this.marginalisedGroups = groups == null || groups.isEmpty()
                ? EnumSet.noneOf(MarginalisedGroup.class) : EnumSet.copyOf(groups);
    }

    @Override
    public Country owningCountry() {
        return country;
    }
}
