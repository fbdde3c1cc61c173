package org.migportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.forum.boundary.Forums;
import org.migportal.security.probe.BoundaryProbe;
import org.migportal.testing.SamplePdf;
import org.migportal.testing.api.ApiClient;
import org.migportal.testing.api.ApiClient.Answer;

/**
 * Who may call which boundary operation on which records: every public method of every boundary
 * ({@code @Stateless} in a {@code boundary} package), as every demo user with a real Keycloak access
 * token, once on records in the caller's scope ("own") and once on records outside it ("other"),
 * against the portal as it ships plus a test-only resource that makes the call ({@link BoundaryProbe}).
 * The expectations are the one {@link #MATRIX}; a boundary method that the table leaves out fails
 * {@link #theTableCoversEveryBoundaryMethod()}. {@link ApiAccessMatrixIT} does the same for the REST API.
 */
@ExtendWith(ArquillianExtension.class)
class BoundaryAccessMatrixIT {

    /**
     * A cell is "own/other". A = allowed (a list holds the place's record; a yes/no question answers
     * yes), E = allowed, but the list leaves the record out (lists filter by scope instead of refusing)
     * or the answer is no, D = denied. Operations that take no record (the caller's own details, the
     * kinds of audited records) answer the same for both places.
     */
    private static final String MATRIX = """
            operation                      programme.admin  regional.manager  officer.kenya  officer.sudan  secretary.kisumu  donor.demo
            own/other                      KENYA/SUDAN      KENYA/NEPAL       KENYA/SUDAN    SUDAN/KENYA    KE_KSM_FIN/KENYA  KENYA/SUDAN
            Forums.search                  A/A              A/E               A/E            A/E            A/E               D/D
            Forums.count                   A/A              A/E               A/E            A/E            A/E               D/D
            Forums.get                     A/A              A/D               A/D            A/D            A/D               D/D
            Forums.canEdit                 A/A              E/D               A/D            A/D            E/D               D/D
            Forums.marketSystems           A/A              A/E               A/E            A/E            A/E               D/D
            Forums.currentMemberships      A/A              A/D               A/D            A/D            A/D               D/D
            Forums.allMemberships          A/A              A/D               A/D            A/D            A/D               D/D
            Forums.create                  A/A              D/D               A/D            A/D            D/D               D/D
            Forums.update                  A/A              D/D               A/D            A/D            D/D               D/D
            Forums.changeStatus            A/A              D/D               A/D            A/D            D/D               D/D
            Forums.close                   A/A              D/D               A/D            A/D            D/D               D/D
            Forums.delete                  A/A              D/D               A/D            A/D            D/D               D/D
            Members.search                 A/A              A/E               A/E            A/E            A/E               D/D
            Members.count                  A/A              A/E               A/E            A/E            A/E               D/D
            Members.get                    A/A              A/D               A/D            A/D            A/D               D/D
            Members.canEdit                A/A              E/D               A/D            A/D            E/D               D/D
            Members.memberships            A/A              A/D               A/D            A/D            A/D               D/D
            Members.create                 A/A              D/D               A/D            A/D            D/D               D/D
            Members.update                 A/A              D/D               A/D            A/D            D/D               D/D
            Members.delete                 A/A              D/D               A/D            A/D            D/D               D/D
            Memberships.get                A/A              A/D               A/D            A/D            A/D               D/D
            Memberships.add                A/A              D/D               A/D            A/D            D/D               D/D
            Memberships.update             A/A              D/D               A/D            A/D            D/D               D/D
            Memberships.end                A/A              D/D               A/D            A/D            D/D               D/D
            MarketActors.search            A/A              A/E               A/E            A/E            D/D               D/D
            MarketActors.count             A/A              A/E               A/E            A/E            D/D               D/D
            MarketActors.suggest           A/A              D/D               A/E            A/E            D/D               D/D
            MarketActors.get               A/A              A/D               A/D            A/D            D/D               D/D
            MarketActors.canEdit           A/A              E/D               A/D            A/D            D/D               D/D
            MarketActors.create            A/A              D/D               A/D            A/D            D/D               D/D
            MarketActors.update            A/A              D/D               A/D            A/D            D/D               D/D
            MarketActors.delete            A/A              D/D               A/D            A/D            D/D               D/D
            AuditTrail.search              A/A              D/D               A/E            A/E            D/D               D/D
            AuditTrail.count               A/A              D/D               A/E            A/E            D/D               D/D
            AuditTrail.recordTypes         A/A              D/D               A/A            A/A            D/D               D/D
            Geography.readableCountries    A/A              A/E               A/E            A/E            A/A               D/D
            Geography.writableCountries    A/A              D/D               A/E            A/E            D/D               D/D
            Geography.country              A/A              A/D               A/D            A/D            D/D               D/D
            Geography.districts            A/A              A/D               A/D            A/D            D/D               D/D
            Geography.district             A/A              A/D               A/D            A/D            D/D               D/D
            MemberImports.preview          A/A              D/D               A/D            A/D            D/D               D/D
            MemberImports.importValid      A/A              D/D               A/D            A/D            D/D               D/D
            Reports.generate               A/A              A/D               A/D            A/D            A/D               D/D
            Reports.job                    A/A              D/D               D/D            D/D            D/D               D/D
            Reports.archive                A/A              A/E               A/E            A/E            A/E               A/A
            Reports.count                  A/A              A/E               A/E            A/E            A/E               A/A
            Reports.get                    A/A              A/D               A/D            A/D            A/D               A/A
            Reports.download               A/A              A/D               A/D            A/D            A/D               A/A
            Reports.publish                A/A              D/D               A/D            A/D            D/D               D/D
            Reports.canPublish             A/A              E/D               A/D            A/D            E/D               D/D
            Reports.regions                A/A              A/E               D/D            D/D            D/D               D/D
            Meetings.search                A/A              A/E               A/E            A/E            A/E               D/D
            Meetings.count                 A/A              A/E               A/E            A/E            A/E               D/D
            Meetings.get                   A/A              A/D               A/D            A/D            A/D               D/D
            Meetings.canRecord             A/A              E/D               A/D            A/D            A/D               D/D
            Meetings.create                A/A              D/D               A/D            A/D            A/D               D/D
            Meetings.update                A/A              D/D               A/D            A/D            A/D               D/D
            Meetings.contents              A/A              A/D               A/D            A/D            A/D               D/D
            Meetings.delete                A/A              D/D               A/D            A/D            A/D               D/D
            Meetings.attendance            A/A              A/D               A/D            A/D            A/D               D/D
            Meetings.recordAttendance      A/A              D/D               A/D            A/D            A/D               D/D
            Meetings.memberAttendance      A/A              A/D               A/D            A/D            A/D               D/D
            Meetings.summary               A/A              A/D               A/D            A/D            A/D               D/D
            Commitments.search             A/A              A/E               A/E            A/E            A/E               D/D
            Commitments.count              A/A              A/E               A/E            A/E            A/E               D/D
            Commitments.ofMeeting          A/A              A/D               A/D            A/D            A/D               D/D
            Commitments.get                A/A              A/D               A/D            A/D            A/D               D/D
            Commitments.add                A/A              D/D               A/D            A/D            A/D               D/D
            Commitments.changeStatus       A/A              D/D               A/D            A/D            A/D               D/D
            Commitments.delete             A/A              D/D               A/D            A/D            A/D               D/D
            Adaptations.ofMeeting          A/A              A/D               A/D            A/D            A/D               D/D
            Adaptations.add                A/A              D/D               A/D            A/D            A/D               D/D
            Adaptations.changeStatus       A/A              D/D               A/D            A/D            A/D               D/D
            Adaptations.delete             A/A              D/D               A/D            A/D            A/D               D/D
            CurrentCaller.caller           A/A              A/A               A/A            A/A            A/A               A/A
            CurrentCaller.countryNames     A/A              A/A               A/A            A/A            A/A               A/A
            CurrentCaller.regionNames      A/A              A/A               A/A            A/A            A/A               A/A
            CurrentCaller.tokenCountryNames A/A             A/A               A/A            A/A            A/A               A/A
            CurrentCaller.forumNames       A/A              A/A               A/A            A/A            A/A               A/A
            CommunicationLog.search        A/A              A/E               A/E            A/E            A/E               D/D
            CommunicationLog.count         A/A              A/E               A/E            A/E            A/E               D/D
            CommunicationLog.get           A/A              A/D               A/D            A/D            A/D               D/D
            CommunicationLog.canWrite      A/A              E/D               A/D            A/D            E/D               D/D
            CommunicationLog.create        A/A              D/D               A/D            A/D            D/D               D/D
            CommunicationLog.update        A/A              D/D               A/D            A/D            D/D               D/D
            CommunicationLog.delete        A/A              D/D               A/D            A/D            D/D               D/D
            Workshops.search               A/A              A/E               A/E            A/E            D/D               D/D
            Workshops.count                A/A              A/E               A/E            A/E            D/D               D/D
            Workshops.get                  A/A              A/D               A/D            A/D            D/D               D/D
            Workshops.canEdit              A/A              E/D               A/D            A/D            D/D               D/D
            Workshops.constraints          A/A              A/D               A/D            A/D            D/D               D/D
            Workshops.constraint           A/A              A/D               A/D            A/D            D/D               D/D
            Workshops.originOf             A/A              A/D               A/D            A/D            A/D               D/D
            Workshops.create               A/A              D/D               A/D            A/D            D/D               D/D
            Workshops.update               A/A              D/D               A/D            A/D            D/D               D/D
            Workshops.delete               A/A              D/D               A/D            A/D            D/D               D/D
            Workshops.addConstraint        A/A              D/D               A/D            A/D            D/D               D/D
            Workshops.updateConstraint     A/A              D/D               A/D            A/D            D/D               D/D
            Workshops.deleteConstraint     A/A              D/D               A/D            A/D            D/D               D/D
            Workshops.recordVotes          A/A              D/D               A/D            A/D            D/D               D/D
            Workshops.createForum          A/A              D/D               A/D            A/D            D/D               D/D
            WorkPlans.ofForum              A/A              A/D               A/D            A/D            A/D               D/D
            WorkPlans.get                  A/A              A/D               A/D            A/D            A/D               D/D
            WorkPlans.outline              A/A              A/D               A/D            A/D            A/D               D/D
            WorkPlans.canPlan              A/A              E/D               A/D            A/D            E/D               D/D
            WorkPlans.create               A/A              D/D               A/D            A/D            D/D               D/D
            WorkPlans.update               A/A              D/D               A/D            A/D            D/D               D/D
            WorkPlans.delete               A/A              D/D               A/D            A/D            D/D               D/D
            WorkPlans.saveObjective        A/A              D/D               A/D            A/D            D/D               D/D
            WorkPlans.deleteObjective      A/A              D/D               A/D            A/D            D/D               D/D
            WorkPlans.saveMilestone        A/A              D/D               A/D            A/D            D/D               D/D
            WorkPlans.deleteMilestone      A/A              D/D               A/D            A/D            D/D               D/D
            Actions.search                 A/A              A/E               A/E            A/E            A/E               D/D
            Actions.count                  A/A              A/E               A/E            A/E            A/E               D/D
            Actions.get                    A/A              A/D               A/D            A/D            A/D               D/D
            Actions.assessment             A/A              A/D               A/D            A/D            A/D               D/D
            Actions.sequence               A/A              A/D               A/D            A/D            A/D               D/D
            Actions.commitments            A/A              A/D               A/D            A/D            A/D               D/D
            Actions.adaptations            A/A              A/D               A/D            A/D            A/D               D/D
            Actions.openAdaptations        A/A              A/D               A/D            A/D            A/D               D/D
            Actions.create                 A/A              D/D               A/D            A/D            D/D               D/D
            Actions.update                 A/A              D/D               A/D            A/D            D/D               D/D
            Actions.delete                 A/A              D/D               A/D            A/D            D/D               D/D
            Actions.changeStatus           A/A              D/D               A/D            A/D            D/D               D/D
            Actions.markAdapted            A/A              D/D               A/D            A/D            D/D               D/D
            Actions.saveAssessment         A/A              D/D               A/D            A/D            D/D               D/D
            Actions.reorder                A/A              D/D               A/D            A/D            D/D               D/D
            Actions.linkCommitment         A/A              D/D               A/D            A/D            D/D               D/D
            Actions.createFromAdaptation   A/A              D/D               A/D            A/D            D/D               D/D
            Actions.linkAdaptation         A/A              D/D               A/D            A/D            D/D               D/D
            ReportSchedules.search         A/A              D/D               A/E            A/E            D/D               D/D
            ReportSchedules.count          A/A              D/D               A/A            A/A            D/D               D/D
            ReportSchedules.get            A/A              D/D               A/D            A/D            D/D               D/D
            ReportSchedules.create         A/A              D/D               A/D            A/D            D/D               D/D
            ReportSchedules.update         A/A              D/D               A/D            A/D            D/D               D/D
            ReportSchedules.runNow         A/A              D/D               A/D            A/D            D/D               D/D
            ReportSchedules.deliveries     A/A              D/D               A/D            A/D            D/D               D/D
            ReportSchedules.deliveryCount  A/A              D/D               A/D            A/D            D/D               D/D
            ReportSchedules.retry          A/A              D/D               A/D            A/D            D/D               D/D
            ReportSchedules.failedCount    A/A              D/D               A/A            A/A            D/D               D/D
            Outcomes.search                A/A              A/E               A/E            A/E            A/E               D/D
            Outcomes.count                 A/A              A/E               A/E            A/E            A/E               D/D
            Outcomes.get                   A/A              A/D               A/D            A/D            A/D               D/D
            Outcomes.canRecord             A/A              E/D               A/D            A/D            E/D               D/D
            Outcomes.actionChoices         A/A              A/D               A/D            A/D            A/D               D/D
            Outcomes.create                A/A              D/D               A/D            A/D            D/D               D/D
            Outcomes.update                A/A              D/D               A/D            A/D            D/D               D/D
            Outcomes.delete                A/A              D/D               A/D            A/D            D/D               D/D
            Outcomes.evidence              A/A              A/D               A/D            A/D            A/D               D/D
            Outcomes.addEvidence           A/A              D/D               A/D            A/D            D/D               D/D
            Outcomes.removeEvidence        A/A              D/D               A/D            A/D            D/D               D/D
            Outcomes.download              A/A              A/D               A/D            A/D            A/D               D/D
            ProgrammeSupport.ofForum       A/A              A/D               A/D            A/D            A/D               D/D
            ProgrammeSupport.get           A/A              A/D               A/D            A/D            A/D               D/D
            ProgrammeSupport.canRecord     A/A              E/D               A/D            A/D            E/D               D/D
            ProgrammeSupport.create        A/A              D/D               A/D            A/D            D/D               D/D
            ProgrammeSupport.update        A/A              D/D               A/D            A/D            D/D               D/D
            ProgrammeSupport.delete        A/A              D/D               A/D            A/D            D/D               D/D
            ProgrammeSupport.ownContributions A/A           A/D               A/D            A/D            A/D               D/D
            ProgrammeSupport.selfFinancing A/A              A/D               A/D            A/D            A/D               D/D
            ForumHealth.dashboard          A/A              A/E               A/E            A/E            D/D               D/D
            ForumHealth.count              A/A              A/E               A/E            A/E            D/D               D/D
            ForumHealth.ofForum            A/A              A/D               A/D            A/D            A/D               D/D
            ForumHealth.responses          A/A              A/D               A/D            A/D            A/D               D/D
            ForumHealth.canRespond         A/A              E/D               A/D            A/D            E/D               D/D
            ForumHealth.recordResponse     A/A              D/D               A/D            A/D            D/D               D/D
            ForumHealth.attendanceOverTime A/A              A/E               A/E            A/E            D/D               D/D
            ForumHealth.outcomesOverTime   A/A              A/E               A/E            A/E            D/D               D/D
            """;

    private static final String PROBE = "api/test/boundary-probe";

    /**
     * Boundaries whose changes the forum secretary may make in their own forum, the demo forum: the
     * probe acts there on meetings, commitments and adaptations it adds for the call, never on the
     * demo programme's own records.
     */
    private static final Set<String> ADDS_TO_DEMO_FORUM = Set.of("Meetings", "Commitments", "Adaptations");

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")))
                .addPackage(BoundaryProbe.class.getPackage())
                .addClass(SamplePdf.class);
    }

    @ArquillianResource
    URL deployed;

    private record Cell(String operation, String user, String place, boolean own, char expected) {

        @Override
        public String toString() {
            return user + " " + operation + " on " + place + " (" + (own ? "own" : "other") + ")";
        }
    }

    @Test
    void everyRoleGetsWhatTheTableSaysOnEveryBoundaryMethodInAndOutOfItsScope() {
        ApiClient api = new ApiClient(deployed);
        List<String> mismatches = new ArrayList<>();
        List<Cell> cells = cells();
        for (Cell cell : cells) {
            assertThat(cell.place().equals("KE_KSM_FIN") && isChange(cell.operation()) && cell.expected() != 'D'
                    && !ADDS_TO_DEMO_FORUM.contains(cell.operation().substring(0, cell.operation().indexOf('.'))))
                    .as("%s: the table would let a change touch the demo forum", cell).isFalse();
            Answer answer = api.call("POST", PROBE + "/" + cell.operation() + "/" + cell.place(),
                    api.tokenFor(cell.user()), JsonValue.EMPTY_JSON_OBJECT);
            assertThat(answer.status()).as("%s: %s", cell, answer).isEqualTo(200);
            JsonObject outcome = answer.json();
            char actual = outcome.getString("outcome").charAt(0);
            if (actual != cell.expected()) {
                mismatches.add(cell + ": expected " + cell.expected() + ", got " + actual
                        + (outcome.containsKey("failure") ? " " + outcome.getString("failure") : ""));
            }
        }
        assertThat(cells).hasSize(6 * 2 * boundaryMethods().size());
        assertThat(mismatches).as("cells whose outcome differs from the table").isEmpty();
    }

    @Test
    void theTableCoversEveryBoundaryMethod() {
        List<String> inTheTable = cells().stream().map(Cell::operation).distinct().toList();
        assertThat(boundaryMethods()).as("boundary methods (public methods of @Stateless classes in boundary packages)")
                .isNotEmpty()
                .doesNotHaveDuplicates();
        assertThat(inTheTable).as("operations in the access matrix").containsExactlyInAnyOrderElementsOf(boundaryMethods());

        ApiClient api = new ApiClient(deployed);
        Answer known = api.get(PROBE, api.tokenFor("programme.admin"));
        assertThat(known.status()).isEqualTo(200);
        assertThat(known.jsonArray().getValuesAs(jakarta.json.JsonString::getString))
                .as("operations the probe knows how to call").containsExactlyInAnyOrderElementsOf(boundaryMethods());
    }

    /** Changes act on new records, never on the demo forum's (see {@link #MATRIX}). */
    private static boolean isChange(String operation) {
        String method = operation.substring(operation.indexOf('.') + 1);
        return CHANGE_VERBS.stream().anyMatch(verb -> method.equals(verb)
                || method.startsWith(verb) && Character.isUpperCase(method.charAt(verb.length())));
    }

    /** Verbs of operations that change records. Generating and publishing a report archive it, changing no record. */
    private static final List<String> CHANGE_VERBS = List.of("create", "update", "delete", "add", "end", "close",
            "change", "record", "save", "remove", "mark", "import", "link", "vote", "reorder");

    /** Every public method of every boundary, as {@code Boundary.method}, found in portal-ejb's classes. */
    static List<String> boundaryMethods() {
        Path location = locationOf(Forums.class);
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
                Stream<Path> files = Files.walk(jar == null ? location : jar.getPath("/"))) {
            Path classes = jar == null ? location : jar.getPath("/");
            return files.map(classes::relativize).map(Path::toString)
                    .filter(name -> name.contains("/boundary/") && name.endsWith(".class") && !name.contains("$"))
                    .map(name -> load(name.substring(0, name.length() - 6).replace('/', '.')))
                    .filter(type -> type.isAnnotationPresent(Stateless.class))
                    .flatMap(type -> Arrays.stream(type.getDeclaredMethods())
                            .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                                    && !Modifier.isStatic(method.getModifiers()))
                            .map(Method::getName)
                            .distinct()
                            .map(name -> type.getSimpleName() + "." + name))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** portal-ejb's jar, or its classes folder when the tests run from an IDE. */
    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

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
                cells.add(new Cell(row[0], users[u], scope[0], true, expected[0].charAt(0)));
                cells.add(new Cell(row[0], users[u], scope[1], false, expected[1].charAt(0)));
            }
        }
        return cells;
    }
}
