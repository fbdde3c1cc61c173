package org.migportal.security;

import static org.migportal.security.ApiFixtures.id;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.migportal.security.ApiFixtures.Place;
import org.migportal.testing.SamplePdf;
import org.migportal.testing.api.ApiClient;
import org.migportal.testing.api.ApiClient.Answer;

/**
 * The access matrix's outcomes and evidence files, made through the API by the programme admin in the
 * places of {@link ApiFixtures}. The forum secretary's place is the demo forum KE-KSM-FIN: its outcome with a
 * PDF comes from the demo data and is only read.
 */
final class OutcomeFixtures {

    private static final String ADMIN = "programme.admin";

    private final ApiClient api;
    private final ApiFixtures places;
    private final String run = Long.toString(System.nanoTime() % 60_466_176L, 36).toUpperCase();
    private final Map<Place, JsonObject> outcomes = new EnumMap<>(Place.class);
    private final Map<Place, JsonObject> evidence = new EnumMap<>(Place.class);

    OutcomeFixtures(ApiClient api, ApiFixtures places) {
        this.api = api;
        this.places = places;
    }

    JsonObject outcome(Place place) {
        return outcomes.computeIfAbsent(place, p -> p.demoForum == null ? created(p) : demoOutcome(p));
    }

    /** An outcome made for a change of this call; the demo forum's own outcome, which the table never lets change. */
    JsonObject newOutcome(Place place) {
        return place.demoForum == null ? created(place) : outcome(place);
    }

    JsonObject outcomeBody(Place place) {
        return Json.createObjectBuilder()
                .add("forumId", id(places.of(place).forum()))
                .add("occurredOn", LocalDate.now().minusDays(3).toString())
                .add("type", "SERVICE_IMPROVED")
                .add("description", "Made by the API access matrix test " + run)
                .add("reachesBeyondMembers", true)
                .add("estimatedBeneficiaries", 40)
                .add("womenShare", 50)
                .build();
    }

    /** An evidence file of the place's outcome. */
    JsonObject evidence(Place place) {
        return evidence.computeIfAbsent(place, p -> {
            JsonObject outcome = outcome(p);
            if (p.demoForum != null) {
                return outcome.getJsonArray("evidence").getJsonObject(0);
            }
            Answer answer = api.upload("api/outcomes/" + id(outcome) + "/evidence?fileName=matrix.pdf", api.tokenFor(ADMIN),
                    pdf(), "application/pdf");
            if (answer.status() != 201) {
                throw new IllegalStateException("Could not add evidence: " + answer);
            }
            return answer.json();
        });
    }

    static byte[] pdf() {
        return SamplePdf.of("Evidence for the API access matrix");
    }

    private JsonObject demoOutcome(Place place) {
        long forum = id(places.of(place).forum());
        JsonObject listed = api.get("api/outcomes?size=50&forumId=" + forum, api.tokenFor(ADMIN)).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(item -> item.getJsonNumber("evidenceFiles").longValue() > 0)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo forum " + place.demoForum + " has no outcome with evidence"));
        return api.get("api/outcomes/" + id(listed), api.tokenFor(ADMIN)).json();
    }

    private JsonObject created(Place place) {
        Answer answer = api.call("POST", "api/outcomes", api.tokenFor(ADMIN), outcomeBody(place));
        if (answer.status() != 201) {
            throw new IllegalStateException("Could not make an outcome: " + answer);
        }
        return answer.json();
    }
}
