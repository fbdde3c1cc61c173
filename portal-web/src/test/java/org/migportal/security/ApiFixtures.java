package org.migportal.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.migportal.testing.api.ApiClient;
import org.migportal.testing.api.ApiClient.Answer;

/**
 * The records the access matrix acts on, made through the API by the programme admin: per place a
 * forum with a seated member of an actor (read by the matrix), and new records for every change, so
 * that no change depends on another and none touches the demo programme. They keep the demo data's
 * rules that other tests check (an active forum has a chair). The forum secretary's own
 * place is the demo forum KE-KSM-FIN itself, only ever read (the table denies the secretary every change).
 * Names carry a run id and avoid the words other tests search for ("poultry", "finance").
 */
final class ApiFixtures {

    /** Where the records of "own" and "other" lie. */
    enum Place {
        KENYA("Kenya", "KE", null),
        SUDAN("Sudan", "SD", null),
        NEPAL("Nepal", "NP", null),
        KISUMU_FINANCE("KE-KSM-FIN", "KE", "KE-KSM-FIN");

        final String label;
        final String isoCode;
        /** A demo forum that is this place: its records are read, never changed. */
        final String demoForum;

        Place(String label, String isoCode, String demoForum) {
            this.label = label;
            this.isoCode = isoCode;
            this.demoForum = demoForum;
        }

        static Place labelled(String label) {
            for (Place place : values()) {
                if (place.label.equals(label)) {
                    return place;
                }
            }
            throw new IllegalArgumentException("No place " + label);
        }
    }

    /** The records of a place that the matrix reads. */
    record Records(long districtId, JsonObject forum, JsonObject actor, JsonObject member, JsonObject membership) {
    }

    private static final String ADMIN = "programme.admin";

    private final ApiClient api;
    private final String run = Long.toString(System.currentTimeMillis() % 60_466_176L, 36).toUpperCase();
    private final AtomicInteger serial = new AtomicInteger();
    private final Map<Place, Records> records = new EnumMap<>(Place.class);
    private final Map<Place, String> adminJobs = new EnumMap<>(Place.class);
    private final Map<Place, Long> publishedReports = new EnumMap<>(Place.class);
    private final Map<Place, JsonObject> meetings = new EnumMap<>(Place.class);
    private final Map<Place, JsonObject> commitments = new EnumMap<>(Place.class);
    private final Map<Place, JsonObject> schedules = new EnumMap<>(Place.class);

    ApiFixtures(ApiClient api) {
        this.api = api;
    }

    Records of(Place place) {
        return records.computeIfAbsent(place, p -> p.demoForum == null ? make(p) : demo(p));
    }

    JsonObject newForum(Place place) {
        return writable(place, () -> created("api/forums", forumBody(place)), of(place).forum());
    }

    /** An active forum with a chair: the demo programme's rule for active forums, which SchemaAndDemoDataIT checks. */
    JsonObject newActiveForum(Place place) {
        return writable(place, () -> {
            JsonObject forum = created("api/forums", forumBody(place));
            seat(forum, created("api/members", memberBody(of(place).actor())), "CHAIR");
            return changed("PUT", "api/forums/" + id(forum) + "/status",
                    Json.createObjectBuilder().add("version", version(forum)).add("status", "ACTIVE").build());
        }, of(place).forum());
    }

    JsonObject newActor(Place place) {
        return writable(place, () -> created("api/actors", actorBody(place)), of(place).actor());
    }

    /** A member of the place's actor who sits in no forum. */
    JsonObject newMember(Place place) {
        return writable(place, () -> created("api/members", memberBody(of(place).actor())), of(place).member());
    }

    /** A member who sits in no forum yet, of the place's country (to be seated in the place's forum). */
    JsonObject unseatedMember(Place place) {
        Place country = place.demoForum == null ? place : Place.KENYA;
        return created("api/members", memberBody(of(country).actor()));
    }

    JsonObject newMembership(Place place) {
        return writable(place, () -> seat(of(place).forum(), created("api/members", memberBody(of(place).actor())), "MEMBER"),
                of(place).membership());
    }

    /** The place's report: its country's country report, or the demo forum's forum report (English, the last year). */
    JsonObject reportRequest(Place place) {
        JsonObjectBuilder request = Json.createObjectBuilder()
                .add("from", LocalDate.now().minusYears(1).toString())
                .add("to", LocalDate.now().toString())
                .add("language", "en");
        if (place.demoForum == null) {
            return request.add("type", "COUNTRY").add("countries", Json.createArrayBuilder().add(place.isoCode)).build();
        }
        return request.add("type", "FORUM").add("forumId", id(of(place).forum()))
                .add("countries", Json.createArrayBuilder()).build();
    }

    /** A paused quarterly country-report schedule of the place's country, a year ahead (nothing runs by itself). */
    JsonObject scheduleBody(Place place) {
        return Json.createObjectBuilder()
                .add("type", "COUNTRY")
                .add("countries", Json.createArrayBuilder().add(place.isoCode))
                .add("language", "en")
                .add("frequency", "QUARTERLY")
                .add("nextRunOn", LocalDate.now().plusYears(1).toString())
                .add("recipients", Json.createArrayBuilder().add("api-matrix@mig.test"))
                .add("attachFile", true)
                .add("publishToDonors", false)
                .add("active", false)
                .build();
    }

    /** The place's report schedule, made by the admin (once per place). */
    JsonObject schedule(Place place) {
        return schedules.computeIfAbsent(place, p -> created("api/report-schedules", scheduleBody(p)));
    }

    /** A job the admin started on the place's report. */
    String adminJob(Place place) {
        return adminJobs.computeIfAbsent(place, p -> started(p).getString("id"));
    }

    /** The place's report, generated by the admin and published (once per place). */
    long publishedReport(Place place) {
        return publishedReports.computeIfAbsent(place, p -> {
            long report = newReport(p);
            changed("POST", "api/reports/" + report + "/publish", JsonValue.EMPTY_JSON_OBJECT);
            return report;
        });
    }

    /** A report of the place the admin generated just now, not published. */
    long newReport(Place place) {
        String job = started(place).getString("id");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            JsonObject state = read("api/reports/jobs/" + job);
            if ("DONE".equals(state.getString("state"))) {
                return state.getJsonNumber("archiveId").longValue();
            }
            if ("FAILED".equals(state.getString("state"))) {
                throw new IllegalStateException("Could not make a fixture: report " + job + " failed");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        throw new IllegalStateException("Could not make a fixture: report " + job + " did not finish in a minute");
    }

    private JsonObject started(Place place) {
        Answer answer = api.call("POST", "api/reports", admin(), reportRequest(place));
        if (answer.status() != 202) {
            throw new IllegalStateException("Could not make a fixture: POST api/reports -> " + answer);
        }
        return answer.json();
    }

    /** A meeting of the place's forum, made once and read by the matrix (in the demo forum too: it only adds). */
    JsonObject meeting(Place place) {
        return meetings.computeIfAbsent(place, this::newMeeting);
    }

    /** A new meeting of the place's forum for a change to act on; in the demo forum it is an added record. */
    JsonObject newMeeting(Place place) {
        return created("api/meetings", meetingBody(place));
    }

    JsonObject meetingBody(Place place) {
        return Json.createObjectBuilder()
                .add("forumId", id(of(place).forum()))
                .add("kind", "REGULAR")
                .add("heldOn", LocalDate.now().toString())
                .add("place", "API matrix hall " + run + "-" + serial.incrementAndGet())
                .build();
    }

    /** A commitment of the place's member at the place's meeting, made once and read by the matrix. */
    JsonObject commitment(Place place) {
        return commitments.computeIfAbsent(place, p -> newCommitment(p, meeting(p)));
    }

    JsonObject newCommitment(Place place, JsonObject meeting) {
        return created("api/commitments", commitmentBody(place, meeting));
    }

    JsonObject commitmentBody(Place place, JsonObject meeting) {
        return Json.createObjectBuilder()
                .add("meetingId", id(meeting))
                .add("memberId", id(of(place).member()))
                .add("description", "API matrix promise " + run + "-" + serial.incrementAndGet())
                .add("dueOn", LocalDate.now().plusDays(7).toString())
                .build();
    }

    JsonObject forumBody(Place place) {
        return forumBody(of(place).districtId());
    }

    private JsonObject forumBody(long districtId) {
        return Json.createObjectBuilder()
                .add("code", "API" + run + "-" + serial.incrementAndGet())
                .add("name", "API matrix forum " + run + "-" + serial.get())
                .add("districtId", districtId)
                .add("marketSystem", "API matrix")
                .add("vision", "Made by the API access matrix test.")
                .add("changeArea", "CORE_MARKET_CHAIN")
                .build();
    }

    JsonObject actorBody(Place place) {
        return Json.createObjectBuilder()
                .add("countryIso", place.isoCode)
                .add("name", "API matrix actor " + run + "-" + serial.incrementAndGet())
                .add("actorType", "TRADER")
                .build();
    }

    JsonObject memberBody(JsonObject actor) {
        return Json.createObjectBuilder()
                .add("actorId", actor.getJsonNumber("id").longValue())
                .add("givenName", "Api")
                .add("familyName", "Matrix " + run + "-" + serial.incrementAndGet())
                .add("sex", "FEMALE")
                .add("consentGiven", true)
                .build();
    }

    static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }

    static long version(JsonObject record) {
        return record.getJsonNumber("version").longValue();
    }

    private Records make(Place place) {
        long district = api.get("api/countries/" + place.isoCode + "/districts", admin()).jsonArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject forum = created("api/forums", forumBody(district));
        JsonObject actor = created("api/actors", actorBody(place));
        JsonObject member = created("api/members", memberBody(actor));
        return new Records(district, forum, actor, member, seat(forum, member, "MEMBER"));
    }

    private Records demo(Place place) {
        JsonObject listed = api.get("api/forums?text=" + place.demoForum, admin()).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(forum -> forum.getString("code").equals(place.demoForum))
                .findFirst().orElseThrow();
        JsonObject forum = read("api/forums/" + id(listed));
        JsonObject membership = api.get("api/forums/" + id(forum) + "/memberships", admin()).jsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(seat -> !seat.containsKey("leftOn"))
                // a member the admin reads in full: the steps send the member's details back
                .filter(seat -> !seat.getJsonObject("member").getBoolean("personalDataWithheld", false))
                .findFirst().orElseThrow();
        JsonObject member = read("api/members/" + id(membership.getJsonObject("member")));
        JsonObject actor = read("api/actors/" + id(member.getJsonObject("actor")));
        return new Records(forum.getJsonObject("district").getJsonNumber("id").longValue(), forum, actor, member, membership);
    }

    private JsonObject seat(JsonObject forum, JsonObject member, String role) {
        return created("api/memberships", Json.createObjectBuilder()
                .add("forumId", id(forum))
                .add("memberId", id(member))
                .add("role", role)
                .add("selection", "VOLUNTEERED")
                .add("joinedOn", LocalDate.now().minusMonths(1).toString())
                .build());
    }

    private JsonObject writable(Place place, Supplier<JsonObject> fresh, JsonObject demo) {
        return place.demoForum == null ? fresh.get() : demo;
    }

    private JsonObject created(String path, JsonObject body) {
        Answer answer = api.call("POST", path, admin(), body);
        if (answer.status() != 201) {
            throw new IllegalStateException("Could not make a fixture: POST " + path + " " + body + " -> " + answer);
        }
        return answer.json();
    }

    private JsonObject changed(String method, String path, JsonObject body) {
        Answer answer = api.call(method, path, admin(), body);
        if (answer.status() != 200) {
            throw new IllegalStateException("Could not make a fixture: " + method + " " + path + " " + body + " -> " + answer);
        }
        return answer.json();
    }

    private JsonObject read(String path) {
        Answer answer = api.get(path, admin());
        if (answer.status() != 200) {
            throw new IllegalStateException("Could not read a fixture: GET " + path + " -> " + answer);
        }
        return answer.json();
    }

    private String admin() {
        return api.tokenFor(ADMIN);
    }
}
