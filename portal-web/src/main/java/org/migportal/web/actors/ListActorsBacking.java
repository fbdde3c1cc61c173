package org.migportal.web.actors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.member.boundary.ActorFilter;
import org.migportal.member.boundary.ActorRow;
import org.migportal.member.boundary.MarketActors;
import org.migportal.member.entity.ActorType;
import org.migportal.web.faces.BoundaryLazyModel;
import org.migportal.web.faces.ListExport;

/** The market actor list with the number of members representing each actor. */
@Named
@ViewScoped
public class ListActorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MarketActors actors;

    @Inject
    Geography geography;

    private String countryIso;
    private ActorType actorType;
    private String text;

    private List<Country> countries = List.of();
    private BoundaryLazyModel<ActorRow> model;

    public void load() {
        countries = geography.readableCountries();
        model = new BoundaryLazyModel<>(() -> actors.count(filter()), page -> actors.search(filter(), page),
                row -> row.actor().getId());
    }

    /** The list as CSV or Excel, with the filters the table last applied. */
    public ListExport<ActorRow> getExport() {
        return ActorListExport.of(actors, filter());
    }

    private ActorFilter filter() {
        return new ActorFilter(countryIso, actorType, text);
    }

    public String getCountryIso() {
        return countryIso;
    }

    public void setCountryIso(String countryIso) {
        this.countryIso = countryIso == null || countryIso.isBlank() ? null : countryIso.strip().toUpperCase();
    }

    public ActorType getActorType() {
        return actorType;
    }

    public void setActorType(ActorType actorType) {
        this.actorType = actorType;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Country> getCountries() {
        return countries;
    }

    public BoundaryLazyModel<ActorRow> getModel() {
        return model;
    }
}
