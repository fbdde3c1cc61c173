package org.migportal.web.api.geography;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migportal.geography.boundary.Geography;
import org.migportal.web.api.CountryRef;
import org.migportal.web.api.DistrictRef;

/** Countries and districts, so that clients can name a forum's district or an actor's country. */
@Path("countries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Geography", description = "The countries and districts the caller may see")
public class GeographyResource {

    @Inject
    Geography geography;

    @GET
    @Operation(operationId = "listCountries", summary = "The countries the caller may read, by name")
    public List<CountryRef> countries() {
        return geography.readableCountries().stream().map(CountryRef::of).toList();
    }

    @GET
    @Path("{isoCode}/districts")
    @Operation(operationId = "listDistricts", summary = "The districts of a country, by name")
    public List<DistrictRef> districts(@PathParam("isoCode") String isoCode) {
        return geography.districts(isoCode).stream().map(DistrictRef::of).toList();
    }
}
