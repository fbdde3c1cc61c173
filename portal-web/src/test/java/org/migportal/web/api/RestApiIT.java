package org.migportal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.testing.TestKeycloak;
import org.migportal.testing.api.ApiClient;
import org.migportal.testing.api.ApiClient.Answer;
import org.migportal.testing.api.ApiOperations;
import org.migportal.testing.api.ApiOperations.ApiOperation;

/**
 * The REST API as a client meets it, on the WAR as it ships: its OpenAPI document, and how it answers
 * mistakes and refusals (problem JSON with the fields or the message key, never a stack trace or a
 * session), next to the pages, which still log in through Keycloak.
 */
@ExtendWith(ArquillianExtension.class)
class RestApiIT {

    private static final String OFFICER_KENYA = "officer.kenya";

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @ArquillianResource
    URL deployed;

    @Test
    void theOpenApiDocumentListsEveryOperationOfTheApiWithItsPathAndMethod() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + deployed.getPort() + "/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject document;
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            document = reader.readObject();
        }
        JsonObject paths = document.getJsonObject("paths");
        List<ApiOperation> operations = ApiOperations.all();

        assertThat(operations).hasSizeGreaterThanOrEqualTo(20);
        for (ApiOperation operation : operations) {
            assertThat(paths.getJsonObject(operation.path())).as("path %s", operation.path()).isNotNull();
            JsonObject documented = paths.getJsonObject(operation.path()).getJsonObject(operation.method().toLowerCase());
            assertThat(documented).as("%s %s", operation.method(), operation.path()).isNotNull();
            assertThat(documented.getString("operationId")).isEqualTo(operation.id());
        }
        assertThat(paths.keySet()).as("documented paths of the portal")
                .containsExactlyInAnyOrderElementsOf(operations.stream().map(ApiOperation::path).distinct().toList());
        assertThat(document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("keycloak")
                .getString("scheme")).isEqualTo("bearer");
    }

    @Test
    void aChangeMadeOnAnOlderVersionIsRefusedWith409SayingSomeoneElseSavedFirst() {
        ApiClient api = new ApiClient(deployed);
        String token = api.tokenFor(OFFICER_KENYA);
        JsonObject forum = api.call("POST", "api/forums", token, forum(kenyanDistrict(api, token), uniqueCode())).json();
        JsonObject change = Json.createObjectBuilder(forumRequest(forum)).add("meetingPlace", "Kisumu town hall").build();

        Answer first = api.call("PUT", "api/forums/" + id(forum), token, change);
        Answer second = api.call("PUT", "api/forums/" + id(forum), token, change);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).as("personal data stays out of caches").hasValue("no-store");
        assertThat(first.json().getJsonNumber("version").longValue()).isGreaterThan(version(forum));
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.json().getString("messageKey")).isEqualTo("error.conflict");
        assertThat(second.json().getString("detail")).startsWith("Someone else saved this forum");
        assertThat(api.get("api/forums/" + id(forum), token).json().getString("meetingPlace")).isEqualTo("Kisumu town hall");
    }

    @Test
    void aMemberWithoutConsentReachesOnlyTheirOfficersWithPersonalData() {
        ApiClient api = new ApiClient(deployed);
        String officer = api.tokenFor(OFFICER_KENYA);
        JsonObject actor = api.call("POST", "api/actors", officer, Json.createObjectBuilder()
                .add("countryIso", "KE").add("name", "Consent check traders " + uniqueCode()).add("actorType", "TRADER")
                .build()).json();
        JsonObject member = api.call("POST", "api/members", officer, Json.createObjectBuilder()
                .add("actorId", id(actor)).add("givenName", "Atieno").add("familyName", "Nokonsent")
                .add("sex", "FEMALE").add("phone", "+254 700 123 456").add("consentGiven", false)
                .build()).json();

        JsonObject seenByOfficer = api.get("api/members/" + id(member), officer).json();
        JsonObject seenByManager = api.get("api/members/" + id(member), api.tokenFor("regional.manager")).json();
        JsonObject listedForManager = api.get("api/members?text=" + actor.getString("name").replace(' ', '+'),
                api.tokenFor("regional.manager")).json().getJsonArray("items").getJsonObject(0);

        assertThat(seenByOfficer.getString("familyName")).isEqualTo("Nokonsent");
        assertThat(seenByOfficer.getBoolean("personalDataWithheld")).isFalse();
        for (JsonObject withheld : List.of(seenByManager, listedForManager)) {
            assertThat(withheld.getBoolean("personalDataWithheld")).isTrue();
            assertThat(withheld).doesNotContainKeys("givenName", "familyName", "phone", "sex", "birthYear", "youth");
            assertThat(withheld.toString()).doesNotContain("Atieno", "Nokonsent", "700 123");
        }
    }

    @Test
    void invalidInputIsRefusedWith400NamingTheFields() {
        ApiClient api = new ApiClient(deployed);
        String token = api.tokenFor(OFFICER_KENYA);
        JsonObject badForum = Json.createObjectBuilder(forum(kenyanDistrict(api, token), "not a code"))
                .remove("name").remove("changeArea").build();

        Answer entity = api.call("POST", "api/forums", token, badForum);
        Answer request = api.call("POST", "api/forums", token, Json.createObjectBuilder().add("code", "X").build());
        Answer paging = api.get("api/forums?size=0", token);
        Answer status = api.get("api/forums?status=FLOURISHING", token);
        Answer number = api.get("api/forums?first=ten", token);
        Answer notJson = api.call("POST", "api/forums", token, Json.createValue("just text"));
        Answer noVersion = api.call("DELETE", "api/members/1", token, null);

        // from the forum entity's Bean Validation in the boundary, which arrives wrapped in an EJBException
        assertThat(fields(entity)).contains("code", "name", "changeArea");
        assertThat(fields(request)).containsExactly("districtId");
        assertThat(fields(paging)).containsExactly("size");
        assertThat(fields(status)).containsExactly("status");
        assertThat(number.status()).isEqualTo(400);
        assertThat(fields(notJson)).containsExactly("body");
        assertThat(fields(noVersion)).containsExactly("version");
        for (Answer answer : List.of(entity, request, paging, status, number, notJson, noVersion)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain("Exception", "org.migportal", "\tat ");
        }
    }

    @Test
    void aBusinessRuleRefusalIsA422WithItsMessageKeyAndArguments() {
        ApiClient api = new ApiClient(deployed);
        String token = api.tokenFor(OFFICER_KENYA);

        Answer taken = api.call("POST", "api/forums", token, forum(kenyanDistrict(api, token), "KE-KSM-FIN"));

        assertThat(taken.status()).as(taken.toString()).isEqualTo(422);
        assertThat(taken.json().getString("messageKey")).isEqualTo("forum.code.taken");
        assertThat(taken.json().getJsonArray("arguments")).containsExactly(Json.createValue("KE-KSM-FIN"));
        assertThat(taken.json().getString("detail")).isEqualTo("The code KE-KSM-FIN is already used by another forum.");
    }

    @Test
    void refusalsAndUnknownThingsAreAnsweredInJsonWithoutDetailsOfTheRecord() {
        ApiClient api = new ApiClient(deployed);

        Answer missing = api.get("api/forums/987654321", api.tokenFor(OFFICER_KENYA));
        Answer roleRefused = api.get("api/forums", api.tokenFor("donor.demo"));
        Answer noSuchPath = api.get("api/forum", api.tokenFor(OFFICER_KENYA));
        Answer wrongMethod = api.call("DELETE", "api/forums/1", api.tokenFor(OFFICER_KENYA), null);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().getString("messageKey")).isEqualTo("error.notFound");
        assertThat(roleRefused.status()).isEqualTo(403);
        assertThat(roleRefused.json().getString("messageKey")).isEqualTo("error.accessDenied");
        assertThat(noSuchPath.status()).isEqualTo(404);
        assertThat(wrongMethod.status()).isEqualTo(405);
        for (Answer answer : List.of(missing, roleRefused, noSuchPath, wrongMethod)) {
            assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
            assertThat(answer.headers().firstValue("Set-Cookie")).as(answer.toString()).isEmpty();
        }
    }

    @Test
    void thePagesStillLogInThroughKeycloakAndABearerTokenDoesNotOpenThem() throws Exception {
        ApiClient api = new ApiClient(deployed);
        String keycloakLogin = TestKeycloak.get().issuer() + "/protocol/openid-connect/auth";

        Answer anonymous = api.get("forums/list", null);
        Answer withBearer = api.get("forums/list", api.tokenFor(OFFICER_KENYA));

        for (Answer answer : List.of(anonymous, withBearer)) {
            assertThat(answer.status()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).startsWith(keycloakLogin));
        }
    }

    private static List<String> fields(Answer answer) {
        if (answer.status() != 400) {
            return List.of("HTTP " + answer);
        }
        return answer.json().getJsonArray("fieldErrors").stream()
                .map(error -> error.asJsonObject().getString("field")).toList();
    }

    private static long kenyanDistrict(ApiClient api, String token) {
        return api.get("api/countries/KE/districts", token).jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static JsonObject forum(long districtId, String code) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", "REST API test forum " + code)
                .add("districtId", districtId)
                .add("marketSystem", "API test")
                .add("vision", "Made by the REST API test.")
                .add("changeArea", "ENABLING_ENVIRONMENT")
                .build();
    }

    private static JsonObject forumRequest(JsonObject details) {
        return Json.createObjectBuilder()
                .add("version", details.get("version"))
                .add("code", details.getString("code"))
                .add("name", details.getString("name"))
                .add("districtId", details.getJsonObject("district").get("id"))
                .add("marketSystem", details.getString("marketSystem"))
                .add("vision", details.getString("vision"))
                .add("changeArea", details.getString("changeArea"))
                .build();
    }

    private static String uniqueCode() {
        return "API-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject record) {
        return record.getJsonNumber("version").longValue();
    }
}
