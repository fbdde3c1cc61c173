package org.migportal.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.platform.entity.CountryOwned;
import org.migportal.platform.entity.PortalEntity;

/** An organisation or enterprise in the market system; its representatives are forum members. */
@Entity
@Table(name = "market_actor")
public class MarketActor extends PortalEntity implements CountryOwned {

    public static final int NAME_LENGTH = 150;
    public static final int PHONE_LENGTH = 40;
    public static final int EMAIL_LENGTH = 150;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_id")
    private Country country;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    private District district;

    @NotBlank
    @Size(max = NAME_LENGTH)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type")
    private ActorType actorType;

    @Size(max = PHONE_LENGTH)
    private String phone;

    @Email
    @Size(max = EMAIL_LENGTH)
    private String email;

    public MarketActor() {
    }

    public MarketActor(Country country, String name, ActorType actorType) {
        this.country = country;
        this.name = name;
        this.actorType = actorType;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ActorType getActorType() {
        return actorType;
    }

    public void setActorType(ActorType actorType) {
        this.actorType = actorType;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    @Override
    public Country owningCountry() {
        return country;
    }
}
