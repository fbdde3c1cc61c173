package org.migportal.security;

import static org.migportal.security.ApiFixtures.id;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.migportal.security.ApiFixtures.Place;
import org.migportal.testing.api.ApiClient;
import org.migportal.testing.api.ApiClient.Answer;

/**
 * The access matrix's workshops, constraints and communication log entries, made through the API by
 * the programme admin in the places of {@link ApiFixtures}. The forum secretary's place is the demo
 * forum KE-KSM-FIN: its log entries come from the demo data and are only read; workshops are country
 * work, so that place reads the Kenya fixtures (which the table denies the secretary anyway).
 */
final class WorkshopAndLogFixtures {

    private static final String ADMIN = "programme.admin";

    private final ApiClient api;
    private final ApiFixtures places;
    private final String run = Long.toString(System.nanoTime() % 60_466_176L, 36).toUpperCase();
    private final AtomicInteger serial = new AtomicInteger();
    private final Map<Place, JsonObject> workshops = new EnumMap<>(Place.class);
    private final Map<Place, JsonObject> constraints = new EnumMap<>(Place.class);
    private final Map<Place, JsonObject> entries = new EnumMap<>(Place.class);

    WorkshopAndLogFixtures(ApiClient api, ApiFixtures places) {
        this.api = api;
        this.places = places;
    }

    JsonObject workshop(Place place) {
        Place country = countryOf(place);
        return workshops.computeIfAbsent(country, p -> created("api/workshops", workshopBody(p)));
    }

    JsonObject newWorkshop(Place place) {
        return place.demoForum == null ? created("api/workshops", workshopBody(place)) : workshop(place);
    }

    JsonObject workshopBody(Place place) {
        return Json.createObjectBuilder()
                .add("districtId", places.of(countryOf(place)).districtId())
                .add("heldOn", LocalDate.now().minusDays(10).toString())
                .add("marketSystem", "API matrix workshop " + run + "-" + serial.incrementAndGet())
                .add("participantCount", 12)
                .build();
    }

    JsonObject constraint(Place place) {
        Place country = countryOf(place);
        return constraints.computeIfAbsent(country, p -> newConstraintIn(workshop(p)));
    }

    JsonObject newConstraint(Place place) {
        return place.demoForum == null ? newConstraintIn(newWorkshop(place)) : constraint(place);
    }

    JsonObject constraintBody() {
        return Json.createObjectBuilder()
                .add("name", "API matrix constraint " + run + "-" + serial.incrementAndGet())
                .add("changeArea", "ENABLING_ENVIRONMENT")
                .add("votes", 3)
                .build();
    }

    JsonObject entry(Place place) {
        return entries.computeIfAbsent(place, p -> p.demoForum == null ? created("api/communication", entryBody(p)) : demoEntry(p));
    }

    JsonObject newEntry(Place place) {
        return place.demoForum == null ? created("api/communication", entryBody(place)) : entry(place);
    }

    /** An internal communication of the place forum's seated member. */
    JsonObject entryBody(Place place) {
        ApiFixtures.Records records = places.of(place);
        return Json.createObjectBuilder()
                .add("forumId", id(records.forum()))
                .add("happenedOn", LocalDate.now().minusDays(1).toString())
                .add("kind", "INTERNAL")
                .add("channel", "MEETING")
                .add("purpose", "INFORMATION_SHARING")
                .add("partyIds", Json.createArrayBuilder().add(id(records.membership().getJsonObject("member"))))
                .add("summary", "Made by the API access matrix test " + run)
                .build();
    }

    private JsonObject newConstraintIn(JsonObject workshop) {
        return created("api/workshops/" + id(workshop) + "/constraints", constraintBody());
    }

    private JsonObject demoEntry(Place place) {
        long forum = id(places.of(place).forum());
        JsonObject listed = api.get("api/communication?size=1&forumId=" + forum, api.tokenFor(ADMIN)).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo forum " + place.demoForum + " has no log entry"));
        return api.get("api/communication/" + id(listed), api.tokenFor(ADMIN)).json();
    }

    private static Place countryOf(Place place) {
        return place.demoForum == null ? place : Place.KENYA;
    }

    private JsonObject created(String path, JsonObject body) {
        Answer answer = api.call("POST", path, api.tokenFor(ADMIN), body);
        if (answer.status() != 201) {
            throw new IllegalStateException("Could not make a fixture: POST " + path + " " + body + " -> " + answer);
        }
        return answer.json();
    }
}
