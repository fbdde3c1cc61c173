package org.migportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migportal.security.ApiFixtures.id;
import static org.migportal.security.ApiFixtures.version;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.security.ApiFixtures.Place;
import org.migportal.testing.TestKeycloak;
import org.migportal.testing.api.ApiClient;
import org.migportal.testing.api.ApiClient.Answer;
import org.migportal.testing.api.ApiOperations;
import org.migportal.testing.api.ApiOperations.ApiOperation;

/**
 * Who may call which operation of the REST API on which records: every operation, as every demo user
 * with a real Keycloak access token, once on records in the caller's scope ("own") and once on records
 * outside it ("other"), against the WAR as it ships. The expectations are the one {@link #MATRIX};
 * an operation of the API that the table leaves out fails {@link #theTableCoversEveryOperationOfTheApi()}.
 */
@ExtendWith(ArquillianExtension.class)
class ApiAccessMatrixIT {

    /**
     * A cell is "own/other". A = allowed (2xx; a list holds the record), D = denied (403), E = allowed
     * but the list does not hold the record (lists filter by scope instead of refusing). Records outside
     * the caller's scope are refused with 403, not hidden as 404: ids are not secret, contents are.
     */
    private static final String MATRIX = """
            operation             programme.admin  regional.manager  officer.kenya  officer.sudan  secretary.kisumu  donor.demo
            own/other             Kenya/Sudan      Kenya/Nepal       Kenya/Sudan    Sudan/Kenya    KE-KSM-FIN/Kenya  Kenya/Sudan
            listCountries         A/A              A/E               A/E            A/E            A/A               D/D
            listDistricts         A/A              A/D               A/D            A/D            D/D               D/D
            listForums            A/A              A/E               A/E            A/E            A/E               D/D
            getForum              A/A              A/D               A/D            A/D            A/D               D/D
            listForumMemberships  A/A              A/D               A/D            A/D            A/D               D/D
            createForum           A/A              D/D               A/D            A/D            D/D               D/D
            updateForum           A/A              D/D               A/D            A/D            D/D               D/D
            changeForumStatus     A/A              D/D               A/D            A/D            D/D               D/D
            closeForum            A/A              D/D               A/D            A/D            D/D               D/D
            listMembers           A/A              A/E               A/E            A/E            A/E               D/D
            exportMembers         A/A              A/E               A/E            A/E            A/E               D/D
            getMember             A/A              A/D               A/D            A/D            A/D               D/D
            createMember          A/A              D/D               A/D            A/D            D/D               D/D
            updateMember          A/A              D/D               A/D            A/D            D/D               D/D
            deleteMember          A/A              D/D               A/D            A/D            D/D               D/D
            getMembership         A/A              A/D               A/D            A/D            A/D               D/D
            addMembership         A/A              D/D               A/D            A/D            D/D               D/D
            updateMembership      A/A              D/D               A/D            A/D            D/D               D/D
            endMembership         A/A              D/D               A/D            A/D            D/D               D/D
            listActors            A/A              A/E               A/E            A/E            D/D               D/D
            getActor              A/A              A/D               A/D            A/D            D/D               D/D
            createActor           A/A              D/D               A/D            A/D            D/D               D/D
            updateActor           A/A              D/D               A/D            A/D            D/D               D/D
            deleteActor           A/A              D/D               A/D            A/D            D/D               D/D
            listReports           A/A              A/E               A/E            A/E            A/E               A/A
            downloadReport        A/A              A/D               A/D            A/D            A/D               A/A
            generateReport        A/A              A/D               A/D            A/D            A/D               D/D
            getReportJob          A/A              D/D               D/D            D/D            D/D               D/D
            publishReport         A/A              D/D               A/D            A/D            D/D               D/D
            listReportSchedules   A/A              D/D               A/E            A/E            D/D               D/D
            createReportSchedule  A/A              D/D               A/D            A/D            D/D               D/D
            runReportSchedule     A/A              D/D               A/D            A/D            D/D               D/D
            listReportRegions     A/A              A/E               D/D            D/D            D/D               D/D
            listCommunicationEntries  A/A          A/E               A/E            A/E            A/E               D/D
            getCommunicationEntry     A/A          A/D               A/D            A/D            A/D               D/D
            createCommunicationEntry  A/A          D/D               A/D            A/D            D/D               D/D
            updateCommunicationEntry  A/A          D/D               A/D            A/D            D/D               D/D
            deleteCommunicationEntry  A/A          D/D               A/D            A/D            D/D               D/D
            listWorkshops             A/A          A/E               A/E            A/E            D/D               D/D
            getWorkshop               A/A          A/D               A/D            A/D            D/D               D/D
            listWorkshopConstraints   A/A          A/D               A/D            A/D            D/D               D/D
            createWorkshop            A/A          D/D               A/D            A/D            D/D               D/D
            updateWorkshop            A/A          D/D               A/D            A/D            D/D               D/D
            deleteWorkshop            A/A          D/D               A/D            A/D            D/D               D/D
            addWorkshopConstraint     A/A          D/D               A/D            A/D            D/D               D/D
            updateWorkshopConstraint  A/A          D/D               A/D            A/D            D/D               D/D
            deleteWorkshopConstraint  A/A          D/D               A/D            A/D            D/D               D/D
            listMeetings          A/A              A/E               A/E            A/E            A/E               D/D
            getMeeting            A/A              A/D               A/D            A/D            A/D               D/D
            createMeeting         A/A              D/D               A/D            A/D            A/D               D/D
            updateMeeting         A/A              D/D               A/D            A/D            A/D               D/D
            deleteMeeting         A/A              D/D               A/D            A/D            A/D               D/D
            getAttendance         A/A              A/D               A/D            A/D            A/D               D/D
            recordAttendance      A/A              D/D               A/D            A/D            A/D               D/D
            listCommitments       A/A              A/E               A/E            A/E            A/E               D/D
            getCommitment         A/A              A/D               A/D            A/D            A/D               D/D
            addCommitment         A/A              D/D               A/D            A/D            A/D               D/D
            changeCommitmentStatus A/A             D/D               A/D            A/D            A/D               D/D
            listWorkPlans         A/A              A/D               A/D            A/D            A/D               D/D
            getWorkPlan           A/A              A/D               A/D            A/D            A/D               D/D
            createWorkPlan        A/A              D/D               A/D            A/D            D/D               D/D
            listActions           A/A              A/E               A/E            A/E            A/E               D/D
            getAction             A/A              A/D               A/D            A/D            A/D               D/D
            createAction          A/A              D/D               A/D            A/D            D/D               D/D
            changeActionStatus    A/A              D/D               A/D            A/D            D/D               D/D
            assessAction          A/A              D/D               A/D            A/D            D/D               D/D
            getActionSequence     A/A              A/D               A/D            A/D            A/D               D/D
            reorderActions        A/A              D/D               A/D            A/D            D/D               D/D
            listOutcomes          A/A              A/E               A/E            A/E            A/E               D/D
            getOutcome            A/A              A/D               A/D            A/D            A/D               D/D
            createOutcome         A/A              D/D               A/D            A/D            D/D               D/D
            addOutcomeEvidence    A/A              D/D               A/D            A/D            D/D               D/D
            downloadOutcomeEvidence A/A            A/D               A/D            A/D            A/D               D/D
            listProgrammeSupport  A/A              A/D               A/D            A/D            A/D               D/D
            getForumHealth        A/A              A/D               A/D            A/D            A/D               D/D
            listForumHealth       A/A              A/E               A/E            A/E            D/D               D/D
            """;

    /** The demo programme's regions of the places' countries. */
    private static final Map<String, String> DEMO_REGIONS = Map.of("KE", "EA", "SD", "EA", "NP", "SA");

    /** Operations that POST but change no record of the place: they archive a report of it. */
    private static final Set<String> ARCHIVING = Set.of("generateReport", "publishReport");

    /**
     * Changes the forum secretary may make in their own forum, the demo forum KE-KSM-FIN: each acts on a
     * meeting or commitment the fixtures add to it for that call, never on the demo programme's own records.
     */
    private static final Set<String> ADDS_TO_DEMO_FORUM = Set.of("createMeeting", "updateMeeting", "deleteMeeting",
            "recordAttendance", "addCommitment", "changeCommitmentStatus");

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL deployed;

    /** One cell of the table. */
    private record Cell(String operation, String user, Place place, boolean own, char expected) {

        @Override
        public String toString() {
            return user + " " + operation + " on " + place.label + " (" + (own ? "own" : "other") + ")";
        }
    }

    /** What an operation answered; for a list also whether it held the record of the place. */
    private record Outcome(Answer answer, Boolean listed) {

        char actual() {
            if (answer.status() == 403) {
                return 'D';
            }
            if (!answer.isSuccess()) {
                return '?';
            }
            return Boolean.FALSE.equals(listed) ? 'E' : 'A';
        }
    }

    /** One operation of the table, as the given user's token on the given place's records. */
    @FunctionalInterface
    private interface Step {
        Outcome run(String token, Place place);
    }

    @Test
    void everyRoleGetsWhatTheTableSaysOnEveryOperationInAndOutOfItsScope() {
        ApiClient api = new ApiClient(deployed);
        Map<String, Step> steps = steps(api, new ApiFixtures(api));
        Map<String, String> methods = new LinkedHashMap<>();
        ApiOperations.all().forEach(operation -> methods.put(operation.id(), operation.method()));
        List<String> mismatches = new ArrayList<>();
        int calls = 0;

        for (Cell cell : cells()) {
            boolean changes = !"GET".equals(methods.get(cell.operation())) && !ARCHIVING.contains(cell.operation());
            assertThat(cell.place().demoForum != null && changes && cell.expected() != 'D'
                    && !ADDS_TO_DEMO_FORUM.contains(cell.operation()))
                    .as("%s: the table would let a change touch the demo forum", cell).isFalse();
            Outcome outcome = steps.get(cell.operation()).run(api.tokenFor(cell.user()), cell.place());
            calls++;
            if (outcome.actual() != cell.expected()) {
                mismatches.add(cell + ": expected " + cell.expected() + ", got " + outcome.actual() + " " + outcome.answer());
            }
            assertThat(outcome.answer().headers().firstValue("Set-Cookie")).as("%s opened a session", cell).isEmpty();
            if (outcome.answer().status() != 204) {
                String type = !outcome.answer().isSuccess() ? "json"
                        : cell.operation().startsWith("export") ? "text/csv"
                        : cell.operation().equals("downloadReport") ? "application/pdf"
                        : cell.operation().equals("downloadOutcomeEvidence") ? "application/pdf" : "json";
                assertThat(outcome.answer().contentType()).as("%s answered %s", cell, type).contains(type);
            }
        }

        assertThat(calls).isEqualTo(6 * 2 * steps.size());
        assertThat(mismatches).as("cells whose answer differs from the table").isEmpty();
    }

    @Test
    void theTableCoversEveryOperationOfTheApi() {
        List<String> inTheApi = ApiOperations.all().stream().map(ApiOperation::id).toList();
        List<String> inTheTable = cells().stream().map(Cell::operation).distinct().toList();

        assertThat(inTheApi).as("operations of the API (resource methods with @Operation(operationId))")
                .doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).doesNotContain("no @Operation"));
        assertThat(inTheTable).as("operations in the access matrix").containsExactlyInAnyOrderElementsOf(inTheApi);
        assertThat(steps(null, null).keySet()).as("operations the matrix knows how to call")
                .containsExactlyInAnyOrderElementsOf(inTheApi);
    }

    @Test
    void withoutAValidTokenForThePortalEveryOperationAnswers401InJson() throws Exception {
        ApiClient api = new ApiClient(deployed);
        String portalToken = api.tokenFor("officer.kenya");
        String otherAudience = TestKeycloak.tokenForAnotherClient("officer.kenya", ApiClient.PASSWORD);
        JsonObject otherClaims = claims(otherAudience);
        assertThat(otherClaims.getString("iss")).as("same issuer").isEqualTo(claims(portalToken).getString("iss"));
        assertThat(otherClaims).as("a token otherwise fit for MicroProfile JWT").containsKeys("sub", "jti", "exp", "iat");
        assertThat(String.valueOf(otherClaims.get("aud"))).as("audience").doesNotContain("mig-portal-web");
        String tampered = portalToken.substring(0, portalToken.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        Map<String, String> badTokens = new LinkedHashMap<>();
        badTokens.put("no token", null);
        badTokens.put("a garbage token", "garbage");
        badTokens.put("a token with a forged signature", tampered);
        badTokens.put("a token for another audience", otherAudience);

        assertThat(api.get("api/countries", portalToken).status()).as("the same user with a portal token").isEqualTo(200);
        for (ApiOperation operation : ApiOperations.all()) {
            String path = operation.path().substring(1).replace("{id}", "1").replace("{isoCode}", "KE");
            boolean hasBody = "POST".equals(operation.method()) || "PUT".equals(operation.method());
            JsonValue body = hasBody ? JsonValue.EMPTY_JSON_OBJECT : null;
            badTokens.forEach((what, token) -> {
                Answer answer = api.call(operation.method(), path, token, body);
                String call = operation.method() + " " + path + " with " + what;
                assertThat(answer.status()).as(call).isEqualTo(401);
                assertThat(answer.contentType()).as(call).startsWith("application/problem+json");
                assertThat(answer.json().getInt("status")).as(call).isEqualTo(401);
                assertThat(answer.headers().firstValue("WWW-Authenticate")).as(call).hasValueSatisfying(
                        challenge -> assertThat(challenge).startsWith("Bearer"));
                assertThat(answer.headers().firstValue("Set-Cookie")).as(call + ": no session").isEmpty();
                assertThat(answer.headers().firstValue("Location")).as(call + ": no redirect to Keycloak").isEmpty();
            });
        }
    }

    /** The table as cells, two per user and operation. */
    private static List<Cell> cells() {
        List<String[]> rows = MATRIX.lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+")).toList();
        String[] users = Arrays.copyOfRange(rows.get(0), 1, rows.get(0).length);
        String[] places = Arrays.copyOfRange(rows.get(1), 1, rows.get(1).length);
        List<Cell> cells = new ArrayList<>();
        for (String[] row : rows.subList(2, rows.size())) {
            assertThat(row).as("row %s", row[0]).hasSize(users.length + 1);
            for (int u = 0; u < users.length; u++) {
                String[] expected = row[u + 1].split("/");
                String[] scope = places[u].split("/");
                cells.add(new Cell(row[0], users[u], Place.labelled(scope[0]), true, expected[0].charAt(0)));
                cells.add(new Cell(row[0], users[u], Place.labelled(scope[1]), false, expected[1].charAt(0)));
            }
        }
        return cells;
    }

    /** How the matrix calls each operation; changes act on records made for them (see {@link ApiFixtures}). */
    private static Map<String, Step> steps(ApiClient api, ApiFixtures fixtures) {
        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put("listCountries", (token, place) -> listed(api.get("api/countries", token),
                country -> country.getString("isoCode").equals(place.isoCode)));
        steps.put("listDistricts", (token, place) -> plain(api.get("api/countries/" + place.isoCode + "/districts", token)));

        steps.put("listForums", (token, place) -> {
            JsonObject forum = fixtures.of(place).forum();
            return listed(api.get("api/forums?size=50&text=" + forum.getString("code"), token), item -> id(item) == id(forum));
        });
        steps.put("getForum", (token, place) -> plain(api.get("api/forums/" + id(fixtures.of(place).forum()), token)));
        steps.put("listForumMemberships", (token, place) ->
                plain(api.get("api/forums/" + id(fixtures.of(place).forum()) + "/memberships", token)));
        steps.put("createForum", (token, place) -> plain(api.call("POST", "api/forums", token, fixtures.forumBody(place))));
        steps.put("updateForum", (token, place) -> {
            JsonObject forum = fixtures.newForum(place);
            return plain(api.call("PUT", "api/forums/" + id(forum), token, Json.createObjectBuilder()
                    .add("version", version(forum))
                    .add("code", forum.getString("code"))
                    .add("name", forum.getString("name"))
                    .add("districtId", id(forum.getJsonObject("district")))
                    .add("marketSystem", forum.getString("marketSystem"))
                    .add("vision", forum.getString("vision"))
                    .add("changeArea", forum.getString("changeArea"))
                    .add("meetingPlace", "API matrix hall")
                    .build()));
        });
        steps.put("changeForumStatus", (token, place) -> {
            JsonObject forum = fixtures.newActiveForum(place);
            return plain(api.call("PUT", "api/forums/" + id(forum) + "/status", token,
                    versioned(forum).add("status", "DORMANT").build()));
        });
        steps.put("closeForum", (token, place) -> {
            JsonObject forum = fixtures.newForum(place);
            return plain(api.call("POST", "api/forums/" + id(forum) + "/close", token,
                    versioned(forum).add("lessonsLearned", "Made and closed by the API access matrix test.").build()));
        });

        steps.put("listMembers", (token, place) -> {
            ApiFixtures.Records records = fixtures.of(place);
            return listed(api.get("api/members?size=500&forumId=" + id(records.forum()), token),
                    item -> id(item) == id(records.member()));
        });
        steps.put("exportMembers", (token, place) -> {
            ApiFixtures.Records records = fixtures.of(place);
            Answer csv = api.get("api/members/export?forumId=" + id(records.forum()), token, "text/csv");
            String familyName = records.member().getString("familyName");
            return csv.isSuccess() ? new Outcome(csv, csv.body().lines().anyMatch(row -> row.startsWith(familyName + ",")))
                    : plain(csv);
        });
        steps.put("getMember", (token, place) -> plain(api.get("api/members/" + id(fixtures.of(place).member()), token)));
        steps.put("createMember", (token, place) ->
                plain(api.call("POST", "api/members", token, fixtures.memberBody(fixtures.of(place).actor()))));
        steps.put("updateMember", (token, place) -> {
            JsonObject member = fixtures.newMember(place);
            return plain(api.call("PUT", "api/members/" + id(member), token, versioned(member)
                    .add("actorId", id(member.getJsonObject("actor")))
                    .add("givenName", member.getString("givenName"))
                    .add("familyName", member.getString("familyName"))
                    .add("sex", member.getString("sex"))
                    .add("consentGiven", member.getBoolean("consentGiven"))
                    .add("phone", "+000 000 000")
                    .build()));
        });
        steps.put("deleteMember", (token, place) -> {
            JsonObject member = fixtures.newMember(place);
            return plain(api.call("DELETE", "api/members/" + id(member) + "?version=" + version(member), token, null));
        });

        steps.put("getMembership", (token, place) ->
                plain(api.get("api/memberships/" + id(fixtures.of(place).membership()), token)));
        steps.put("addMembership", (token, place) -> plain(api.call("POST", "api/memberships", token, Json.createObjectBuilder()
                .add("forumId", id(fixtures.of(place).forum()))
                .add("memberId", id(fixtures.unseatedMember(place)))
                .add("role", "MEMBER")
                .add("selection", "ELECTED")
                .add("joinedOn", LocalDate.now().toString())
                .build())));
        steps.put("updateMembership", (token, place) -> {
            JsonObject membership = fixtures.newMembership(place);
            return plain(api.call("PUT", "api/memberships/" + id(membership), token, versioned(membership)
                    .add("role", "TREASURER")
                    .add("selection", "ELECTED")
                    .add("joinedOn", membership.getString("joinedOn"))
                    .add("contributionHours", 4)
                    .build()));
        });
        steps.put("endMembership", (token, place) -> {
            JsonObject membership = fixtures.newMembership(place);
            return plain(api.call("POST", "api/memberships/" + id(membership) + "/end", token,
                    versioned(membership).add("leftOn", LocalDate.now().toString()).build()));
        });

        steps.put("listActors", (token, place) -> {
            JsonObject actor = fixtures.of(place).actor();
            return listed(api.get("api/actors?size=50&text=" + encode(actor.getString("name")), token),
                    item -> id(item) == id(actor));
        });
        steps.put("getActor", (token, place) -> plain(api.get("api/actors/" + id(fixtures.of(place).actor()), token)));
        steps.put("createActor", (token, place) -> plain(api.call("POST", "api/actors", token, fixtures.actorBody(place))));
        steps.put("updateActor", (token, place) -> {
            JsonObject actor = fixtures.newActor(place);
            return plain(api.call("PUT", "api/actors/" + id(actor), token, versioned(actor)
                    .add("countryIso", actor.getJsonObject("country").getString("isoCode"))
                    .add("name", actor.getString("name"))
                    .add("actorType", "PROCESSOR")
                    .build()));
        });
        steps.put("deleteActor", (token, place) -> {
            JsonObject actor = fixtures.newActor(place);
            return plain(api.call("DELETE", "api/actors/" + id(actor) + "?version=" + version(actor), token, null));
        });

        // Reports: the place's report is its country's country report, or the demo forum's forum report.
        steps.put("listReports", (token, place) -> {
            long report = fixtures.publishedReport(place);
            return listed(api.get("api/reports?size=500&countryIso=" + place.isoCode, token), item -> id(item) == report);
        });
        steps.put("downloadReport", (token, place) ->
                plain(api.get("api/reports/" + fixtures.publishedReport(place) + "/file", token)));
        steps.put("generateReport", (token, place) -> plain(api.call("POST", "api/reports", token, fixtures.reportRequest(place))));
        // The regions a regional report may be made for: listed if the place's country lies in one of them.
        steps.put("listReportRegions", (token, place) -> listed(api.get("api/reports/regions", token),
                region -> region.getString("code").equals(DEMO_REGIONS.get(place.isoCode))));
        steps.put("getReportJob", (token, place) -> plain(api.get("api/reports/jobs/" + fixtures.adminJob(place), token)));
        steps.put("publishReport", (token, place) -> plain(api.call("POST",
                "api/reports/" + fixtures.newReport(place) + "/publish", token, JsonValue.EMPTY_JSON_OBJECT)));
        steps.put("listReportSchedules", (token, place) -> {
            JsonObject schedule = fixtures.schedule(place);
            return listed(api.get("api/report-schedules?size=500", token), item -> id(item) == id(schedule));
        });
        steps.put("createReportSchedule", (token, place) ->
                plain(api.call("POST", "api/report-schedules", token, fixtures.scheduleBody(place))));
        steps.put("runReportSchedule", (token, place) -> plain(api.call("POST",
                "api/report-schedules/" + id(fixtures.schedule(place)) + "/run", token, JsonValue.EMPTY_JSON_OBJECT)));
        workshopAndLogSteps(steps, api, fixtures == null ? null : new WorkshopAndLogFixtures(api, fixtures));
        workPlanSteps(steps, api, fixtures == null ? null : new WorkPlanApiFixtures(api, fixtures));
        outcomeSteps(steps, api, fixtures, fixtures == null ? null : new OutcomeFixtures(api, fixtures));
        healthSteps(steps, api, fixtures);
        steps.put("listMeetings", (token, place) -> {
            JsonObject meeting = fixtures.meeting(place);
            return listed(api.get("api/meetings?size=100&forumId=" + id(fixtures.of(place).forum()), token),
                    item -> id(item) == id(meeting));
        });
        steps.put("getMeeting", (token, place) -> plain(api.get("api/meetings/" + id(fixtures.meeting(place)), token)));
        steps.put("createMeeting", (token, place) -> plain(api.call("POST", "api/meetings", token, fixtures.meetingBody(place))));
        steps.put("updateMeeting", (token, place) -> {
            JsonObject meeting = fixtures.newMeeting(place);
            return plain(api.call("PUT", "api/meetings/" + id(meeting), token, versioned(meeting)
                    .add("forumId", id(meeting.getJsonObject("forum")))
                    .add("kind", "WORKSHOP")
                    .add("heldOn", meeting.getString("heldOn"))
                    .add("minutes", "Changed by the API access matrix test.")
                    .build()));
        });
        steps.put("deleteMeeting", (token, place) -> {
            JsonObject meeting = fixtures.newMeeting(place);
            return plain(api.call("DELETE", "api/meetings/" + id(meeting) + "?version=" + version(meeting), token, null));
        });
        steps.put("getAttendance", (token, place) ->
                plain(api.get("api/meetings/" + id(fixtures.meeting(place)) + "/attendance", token)));
        steps.put("recordAttendance", (token, place) -> {
            JsonObject meeting = fixtures.newMeeting(place);
            return plain(api.call("PUT", "api/meetings/" + id(meeting) + "/attendance", token, versioned(meeting)
                    .add("entries", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("memberId", id(fixtures.of(place).member()))
                            .add("status", "PRESENT")))
                    .build()));
        });
        steps.put("listCommitments", (token, place) -> {
            JsonObject commitment = fixtures.commitment(place);
            return listed(api.get("api/commitments?size=100&meetingId=" + id(fixtures.meeting(place)), token),
                    item -> id(item) == id(commitment));
        });
        steps.put("getCommitment", (token, place) -> plain(api.get("api/commitments/" + id(fixtures.commitment(place)), token)));
        steps.put("addCommitment", (token, place) ->
                plain(api.call("POST", "api/commitments", token, fixtures.commitmentBody(place, fixtures.meeting(place)))));
        steps.put("changeCommitmentStatus", (token, place) -> {
            JsonObject commitment = fixtures.newCommitment(place, fixtures.meeting(place));
            return plain(api.call("PUT", "api/commitments/" + id(commitment) + "/status", token, versioned(commitment)
                    .add("status", "KEPT")
                    .build()));
        });
        return steps;
    }

    /** Forum health: a place's assessed forum is an active one made for the matrix (the demo forum where the place is it). */
    private static void healthSteps(Map<String, Step> steps, ApiClient api, ApiFixtures fixtures) {
        Map<Place, JsonObject> active = new java.util.EnumMap<>(Place.class);
        steps.put("getForumHealth", (token, place) ->
                plain(api.get("api/forums/" + id(fixtures.of(place).forum()) + "/health", token)));
        steps.put("listForumHealth", (token, place) -> {
            JsonObject forum = active.computeIfAbsent(place, fixtures::newActiveForum);
            return listed(api.get("api/health?size=50&text=" + encode(forum.getString("code")), token),
                    item -> item.getJsonNumber("forumId").longValue() == id(forum));
        });
    }

    /** The communication log's and the workshops' operations (issue 4). */
    private static void workshopAndLogSteps(Map<String, Step> steps, ApiClient api, WorkshopAndLogFixtures more) {
        steps.put("listCommunicationEntries", (token, place) -> {
            JsonObject entry = more.entry(place);
            return listed(api.get("api/communication?size=50&forumId=" + id(entry.getJsonObject("forum")), token),
                    item -> id(item) == id(entry));
        });
        steps.put("getCommunicationEntry", (token, place) -> plain(api.get("api/communication/" + id(more.entry(place)), token)));
        steps.put("createCommunicationEntry", (token, place) ->
                plain(api.call("POST", "api/communication", token, more.entryBody(place))));
        steps.put("updateCommunicationEntry", (token, place) -> {
            JsonObject entry = more.newEntry(place);
            JsonObjectBuilder body = versioned(entry)
                    .add("forumId", id(entry.getJsonObject("forum")))
                    .add("happenedOn", entry.getString("happenedOn"))
                    .add("kind", entry.getString("kind"))
                    .add("channel", entry.getString("channel"))
                    .add("purpose", entry.getString("purpose"))
                    .add("partyIds", Json.createArrayBuilder(entry.getJsonArray("parties").stream()
                            .map(party -> id(party.asJsonObject())).toList()))
                    .add("summary", "Corrected by the API access matrix test.");
            if (entry.containsKey("audience")) {
                body.add("audience", entry.getString("audience"));
            }
            if (entry.containsKey("outsideParties")) {
                body.add("outsideParties", entry.getString("outsideParties"));
            }
            return plain(api.call("PUT", "api/communication/" + id(entry), token, body.build()));
        });
        steps.put("deleteCommunicationEntry", (token, place) -> {
            JsonObject entry = more.newEntry(place);
            return plain(api.call("DELETE", "api/communication/" + id(entry) + "?version=" + version(entry), token, null));
        });

        steps.put("listWorkshops", (token, place) -> {
            JsonObject workshop = more.workshop(place);
            return listed(api.get("api/workshops?size=50&marketSystem=" + encode(workshop.getString("marketSystem")), token),
                    item -> id(item) == id(workshop));
        });
        steps.put("getWorkshop", (token, place) -> plain(api.get("api/workshops/" + id(more.workshop(place)), token)));
        steps.put("listWorkshopConstraints", (token, place) ->
                plain(api.get("api/workshops/" + id(more.workshop(place)) + "/constraints", token)));
        steps.put("createWorkshop", (token, place) -> plain(api.call("POST", "api/workshops", token, more.workshopBody(place))));
        steps.put("updateWorkshop", (token, place) -> {
            JsonObject workshop = more.newWorkshop(place);
            return plain(api.call("PUT", "api/workshops/" + id(workshop), token, versioned(workshop)
                    .add("districtId", id(workshop.getJsonObject("district")))
                    .add("heldOn", workshop.getString("heldOn"))
                    .add("marketSystem", workshop.getString("marketSystem"))
                    .add("participantCount", 14)
                    .add("participants", "API matrix participants")
                    .build()));
        });
        steps.put("deleteWorkshop", (token, place) -> {
            JsonObject workshop = more.newWorkshop(place);
            return plain(api.call("DELETE", "api/workshops/" + id(workshop) + "?version=" + version(workshop), token, null));
        });
        steps.put("addWorkshopConstraint", (token, place) -> plain(api.call("POST",
                "api/workshops/" + id(more.workshop(place)) + "/constraints", token, more.constraintBody())));
        steps.put("updateWorkshopConstraint", (token, place) -> {
            JsonObject constraint = more.newConstraint(place);
            return plain(api.call("PUT", "api/workshop-constraints/" + id(constraint), token, versioned(constraint)
                    .add("name", constraint.getString("name"))
                    .add("changeArea", constraint.getString("changeArea"))
                    .add("votes", 11)
                    .build()));
        });
        steps.put("deleteWorkshopConstraint", (token, place) -> {
            JsonObject constraint = more.newConstraint(place);
            return plain(api.call("DELETE", "api/workshop-constraints/" + id(constraint) + "?version=" + version(constraint),
                    token, null));
        });
    }

    /** The work-plan's operations (issue 5). */
    private static void workPlanSteps(Map<String, Step> steps, ApiClient api, WorkPlanApiFixtures plans) {
        steps.put("listWorkPlans", (token, place) -> {
            JsonObject plan = plans.plan(place);
            return listed(api.get("api/work-plans?forumId=" + plans.forumId(place), token), item -> id(item) == id(plan));
        });
        steps.put("getWorkPlan", (token, place) -> plain(api.get("api/work-plans/" + id(plans.plan(place)), token)));
        steps.put("createWorkPlan", (token, place) -> plain(api.call("POST", "api/work-plans", token, plans.planBody(place))));
        steps.put("listActions", (token, place) -> {
            JsonObject action = plans.action(place);
            return listed(api.get("api/actions?size=100&forumId=" + plans.forumId(place), token), item -> id(item) == id(action));
        });
        steps.put("getAction", (token, place) -> plain(api.get("api/actions/" + id(plans.action(place)), token)));
        steps.put("createAction", (token, place) -> plain(api.call("POST", "api/actions", token, plans.actionBody(place))));
        steps.put("changeActionStatus", (token, place) -> {
            JsonObject action = plans.newAction(place);
            return plain(api.call("PUT", "api/actions/" + id(action) + "/status", token,
                    versioned(action).add("status", "IN_PROGRESS").build()));
        });
        steps.put("assessAction", (token, place) -> {
            JsonObject action = plans.newAction(place);
            return plain(api.call("PUT", "api/actions/" + id(action) + "/assessment", token, Json.createObjectBuilder()
                    .add("version", 0)
                    .add("answers", Json.createObjectBuilder()
                            .add("TECHNOLOGY_AVAILABLE", Json.createObjectBuilder().add("answer", "YES"))
                            .add("EXPENSIVE", Json.createObjectBuilder().add("answer", "UNSURE").add("note", "Quotes differ")))
                    .add("commitment", 4)
                    .add("passion", 3)
                    .add("easesLater", true)
                    .build()));
        });
        steps.put("getActionSequence", (token, place) ->
                plain(api.get("api/actions/sequence?forumId=" + plans.forumId(place), token)));
        steps.put("reorderActions", (token, place) -> {
            long forum = plans.forumWithActions(place);
            var order = Json.createArrayBuilder();
            List<JsonObject> chosen = plans.sequence(forum).getJsonArray("chosen").stream().map(JsonValue::asJsonObject).toList();
            for (int i = chosen.size() - 1; i >= 0; i--) {
                order.add(Json.createObjectBuilder().add("id", id(chosen.get(i))).add("version", version(chosen.get(i))));
            }
            return plain(api.call("PUT", "api/actions/sequence?forumId=" + forum, token,
                    Json.createObjectBuilder().add("order", order).build()));
        });
    }

    /** Outcomes, their evidence files and programme support (issue 5). */
    private static void outcomeSteps(Map<String, Step> steps, ApiClient api, ApiFixtures fixtures, OutcomeFixtures more) {
        steps.put("listOutcomes", (token, place) -> {
            JsonObject outcome = more.outcome(place);
            return listed(api.get("api/outcomes?size=50&forumId=" + id(outcome.getJsonObject("forum")), token),
                    item -> id(item) == id(outcome));
        });
        steps.put("getOutcome", (token, place) -> plain(api.get("api/outcomes/" + id(more.outcome(place)), token)));
        steps.put("createOutcome", (token, place) -> plain(api.call("POST", "api/outcomes", token, more.outcomeBody(place))));
        steps.put("addOutcomeEvidence", (token, place) -> plain(api.upload(
                "api/outcomes/" + id(more.newOutcome(place)) + "/evidence?fileName=matrix.pdf", token,
                OutcomeFixtures.pdf(), "application/pdf")));
        steps.put("downloadOutcomeEvidence", (token, place) ->
                plain(api.get("api/outcomes/evidence/" + id(more.evidence(place)) + "/file", token)));
        steps.put("listProgrammeSupport", (token, place) ->
                plain(api.get("api/programme-support?forumId=" + id(fixtures.of(place).forum()), token)));
    }

    private static Outcome plain(Answer answer) {
        return new Outcome(answer, null);
    }

    /** A list answer (a page's items or a plain array), and whether it holds the record sought. */
    private static Outcome listed(Answer answer, Predicate<JsonObject> sought) {
        if (!answer.isSuccess()) {
            return plain(answer);
        }
        JsonArray items = answer.body().startsWith("[") ? answer.jsonArray() : answer.json().getJsonArray("items");
        return new Outcome(answer, items.stream().map(JsonValue::asJsonObject).anyMatch(sought));
    }

    private static JsonObjectBuilder versioned(JsonObject record) {
        return Json.createObjectBuilder().add("version", version(record));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonObject claims(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }
}
