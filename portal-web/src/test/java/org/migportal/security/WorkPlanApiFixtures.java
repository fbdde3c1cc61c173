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
 * The access matrix's work-plans and actions, made through the API by the programme admin in the
 * places of {@link ApiFixtures}. The forum secretary's place is the demo forum KE-KSM-FIN: its demo
 * work-plan and actions are only read.
 */
final class WorkPlanApiFixtures {

    private static final String ADMIN = "programme.admin";

    private final ApiClient api;
    private final ApiFixtures places;
    private final String run = Long.toString(System.nanoTime() % 60_466_176L, 36).toUpperCase();
    private final AtomicInteger serial = new AtomicInteger();
    private final Map<Place, JsonObject> plans = new EnumMap<>(Place.class);
    private final Map<Place, JsonObject> actions = new EnumMap<>(Place.class);

    WorkPlanApiFixtures(ApiClient api, ApiFixtures places) {
        this.api = api;
        this.places = places;
    }

    long forumId(Place place) {
        return id(places.of(place).forum());
    }

    JsonObject plan(Place place) {
        return plans.computeIfAbsent(place, p -> p.demoForum == null ? created("api/work-plans", planBody(p))
                : first("api/work-plans?forumId=" + forumId(p)));
    }

    JsonObject planBody(Place place) {
        return Json.createObjectBuilder()
                .add("forumId", forumId(place))
                .add("title", "API matrix plan " + run + "-" + serial.incrementAndGet())
                .add("startsOn", LocalDate.now().toString())
                .add("endsOn", LocalDate.now().plusMonths(6).toString())
                .build();
    }

    JsonObject action(Place place) {
        return actions.computeIfAbsent(place, p -> p.demoForum == null ? created("api/actions", actionBody(p))
                : first("api/actions?status=PLANNED&forumId=" + forumId(p)));
    }

    /** A new action for a change, or the demo forum's (only ever denied there). */
    JsonObject newAction(Place place) {
        return place.demoForum == null ? created("api/actions", actionBody(place)) : action(place);
    }

    JsonObject actionBody(Place place) {
        return Json.createObjectBuilder()
                .add("forumId", forumId(place))
                .add("title", "API matrix action " + run + "-" + serial.incrementAndGet())
                .add("payer", "MEMBERS_OWN")
                .add("dueOn", LocalDate.now().plusMonths(1).toString())
                .build();
    }

    /** A forum of its own with two actions, for an order to save without other calls' actions in it. */
    long forumWithActions(Place place) {
        if (place.demoForum != null) {
            return forumId(place);
        }
        long forum = id(places.newForum(place));
        for (int i = 0; i < 2; i++) {
            created("api/actions", Json.createObjectBuilder(actionBody(place)).add("forumId", forum).build());
        }
        return forum;
    }

    JsonObject sequence(long forumId) {
        return api.get("api/actions/sequence?forumId=" + forumId, api.tokenFor(ADMIN)).json();
    }

    private JsonObject first(String path) {
        Answer answer = api.get(path, api.tokenFor(ADMIN));
        var items = answer.body().startsWith("[") ? answer.jsonArray() : answer.json().getJsonArray("items");
        return items.stream().map(JsonValue::asJsonObject).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo forum has nothing at " + path));
    }

    private JsonObject created(String path, JsonObject body) {
        Answer answer = api.call("POST", path, api.tokenFor(ADMIN), body);
        if (answer.status() != 201) {
            throw new IllegalStateException("Could not make a fixture: POST " + path + " " + body + " -> " + answer);
        }
        return answer.json();
    }
}
