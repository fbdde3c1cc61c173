package org.migportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.communication.boundary.CommunicationFilter;
import org.migportal.communication.boundary.CommunicationLog;
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.geography.boundary.Geography;
import org.migportal.meeting.boundary.AttendanceLine;
import org.migportal.meeting.boundary.MeetingFilter;
import org.migportal.meeting.boundary.Meetings;
import org.migportal.member.boundary.ActorFilter;
import org.migportal.member.boundary.MarketActors;
import org.migportal.member.boundary.MemberFilter;
import org.migportal.member.boundary.Members;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Sex;
import org.migportal.platform.control.PageRequest;
import org.migportal.testing.container.LoginAs;
import org.migportal.testing.container.TestDeployments;
import org.migportal.testing.container.TestUsers;
import org.migportal.web.actors.ActorListExport;
import org.migportal.web.communication.CommunicationListExport;
import org.migportal.web.faces.ListExport;
import org.migportal.web.forums.ForumListExport;
import org.migportal.web.meetings.AttendanceExport;
import org.migportal.web.meetings.MeetingListExport;
import org.migportal.web.members.MemberListExport;

/**
 * The lists' CSV and Excel exports, in the container, as the demo users: written as the pages write
 * them and read back with OpenCSV and POI.
 */
@ExtendWith(ArquillianExtension.class)
class ListExportIT {

    private static final ResourceBundle LABELS = ResourceBundle.getBundle("org.migportal.web.i18n.messages", Locale.ENGLISH);

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.portalWithTestLogin(ListExportIT.class);
    }

    @Inject
    LoginAs login;

    @Inject
    Members members;

    @Inject
    MarketActors actors;

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    @Inject
    Meetings meetings;

    @Inject
    CommunicationLog communication;

    @Test
    void theMemberExportHasTheListsFiltersAndLabels() throws Exception {
        login.user(TestUsers.OFFICER_KENYA);
        MemberFilter women = new MemberFilter("KE", null, null, Sex.FEMALE, null, null, null);

        List<String[]> csv = csv(MemberListExport.of(members, women));

        assertThat(csv.get(0)).startsWith("Family name", "Given name", "Market actor", "Actor type", "Country", "Sex");
        assertThat(csv).hasSize(1 + (int) members.count(women));
        assertThat(csv.subList(1, csv.size())).allSatisfy(row -> {
            assertThat(row[4]).isEqualTo("Kenya");
            assertThat(row[5]).as("a label, not SMALL_PRODUCER or FEMALE").isEqualTo("Female");
            assertThat(row[3]).doesNotContain("_");
        });
    }

    @Test
    void anExportHoldsOnlyWhatTheCallerMayRead() throws Exception {
        login.user(TestUsers.OFFICER_KENYA);
        List<String[]> all = csv(MemberListExport.of(members, MemberFilter.none()));
        assertThat(all.subList(1, all.size())).extracting(row -> row[4]).containsOnly("Kenya");

        login.user(TestUsers.OFFICER_SUDAN);
        List<String[]> sudanActors = csv(ActorListExport.of(actors, ActorFilter.none()));
        assertThat(sudanActors).hasSizeGreaterThan(1);
        assertThat(sudanActors.subList(1, sudanActors.size())).extracting(row -> row[2]).containsOnly("Sudan");

        login.user(TestUsers.SECRETARY_KISUMU);
        List<String[]> ownForum = csv(ForumListExport.of(forums, ForumFilter.none()));
        assertThat(ownForum.subList(1, ownForum.size())).extracting(row -> row[0]).containsExactly("KE-KSM-FIN");
    }

    @Test
    void theForumExportAppliesItsFiltersAndWritesDatesAsIso() throws Exception {
        login.user(TestUsers.REGIONAL_MANAGER);
        ForumFilter active = new ForumFilter(null, null, null, ForumStatus.ACTIVE, null, null);

        List<String[]> csv = csv(ForumListExport.of(forums, active));

        assertThat(csv).hasSize(1 + (int) forums.count(active));
        assertThat(csv.subList(1, csv.size())).allSatisfy(row -> {
            assertThat(row[6]).isEqualTo("Active");
            assertThat(row[7]).matches("\\d{4}-\\d{2}-\\d{2}|");
            assertThat(row[2]).isIn("Kenya", "Sudan");
        });
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsEscapedInCsvAndPlainTextInExcel() throws Exception {
        login.user(TestUsers.OFFICER_KENYA);
        String tag = "Xport" + ThreadLocalRandom.current().nextInt(1_000_000);
        MarketActor actor = actors.create(new MarketActor(geography.writableCountries().get(0), "@SUM(1+1) " + tag,
                ActorType.TRADER));
        Member member = new Member(actor, "=HYPERLINK(\"http://evil.example\",\"click\")", tag, Sex.MALE);
        member.setPhone("+254 700 000000");
        member.setBirthYear(1990);
        members.create(member);
        MemberFilter filter = new MemberFilter(null, null, null, null, null, null, tag);

        List<String[]> csv = csv(MemberListExport.of(members, filter));

        assertThat(csv).hasSize(2);
        String[] row = csv.get(1);
        assertThat(row[1]).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(row[2]).isEqualTo("'@SUM(1+1) " + tag);
        assertThat(row[9]).isEqualTo("'+254 700 000000");
        assertThat(row[6]).as("numbers are not escaped").isEqualTo("1990");

        List<List<Cell>> xlsx = xlsx(MemberListExport.of(members, filter));
        assertThat(xlsx).hasSize(2);
        Cell given = xlsx.get(1).get(1);
        assertThat(given.getCellType()).isEqualTo(CellType.STRING);
        assertThat(given.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(xlsx.get(1).get(6).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(new DataFormatter().formatCellValue(xlsx.get(0).get(0))).isEqualTo("Family name");
    }

    @Test
    void theExcelExportHasLabelsAndIsoDates() throws Exception {
        login.user(TestUsers.ADMIN);
        ForumFilter kenya = new ForumFilter("KE", null, null, null, null, null);

        List<List<Cell>> rows = xlsx(ForumListExport.of(forums, kenya));

        assertThat(rows).hasSize(1 + (int) forums.count(kenya));
        DataFormatter shown = new DataFormatter(Locale.ENGLISH);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> {
            assertThat(shown.formatCellValue(row.get(2))).isEqualTo("Kenya");
            assertThat(shown.formatCellValue(row.get(6))).isIn("Proposed", "Active", "Re-energising", "Dormant", "Closed");
            if (row.get(7).getCellType() == CellType.NUMERIC) {
                assertThat(shown.formatCellValue(row.get(7))).matches("\\d{4}-\\d{2}-\\d{2}");
            }
        });
    }

    @Test
    void theMeetingAttendanceAndCommunicationExportsFollowTheirLists() throws Exception {
        login.user(TestUsers.SECRETARY_KISUMU);
        long finance = forums.search(new ForumFilter(null, null, null, null, null, "KE-KSM-FIN"), PageRequest.of(0, 1))
                .get(0).forum().getId();
        MeetingFilter ofForum = MeetingFilter.ofForum(finance);
        List<String[]> meetingRows = csv(MeetingListExport.of(meetings, ofForum));
        assertThat(meetingRows.get(0)).containsExactly("Held on", "Forum", "Kind of meeting", "Place", "Present",
                "Apologies", "Absent", "Attendance rate (%)");
        assertThat(meetingRows).hasSize(1 + (int) meetings.count(ofForum));
        assertThat(meetingRows.subList(1, meetingRows.size())).allSatisfy(row -> {
            assertThat(row[1]).startsWith("KE-KSM-FIN ");
            assertThat(row[2]).as("a label").doesNotContain("_").isNotEqualTo("REGULAR");
            assertThat(row[4]).matches("\\d+");
        });

        login.user(TestUsers.ADMIN);
        long meeting = meetings.search(ofForum, PageRequest.of(0, 1)).get(0).meeting().getId();
        List<AttendanceLine> sheet = meetings.attendance(meeting);
        List<String[]> attendance = csv(AttendanceExport.of(meetings, meeting));
        assertThat(attendance.get(0)).containsExactly("Member", "Market actor", "Status", "Attendance rate (%)");
        assertThat(attendance).hasSize(1 + sheet.size());
        assertThat(attendance.subList(1, attendance.size())).extracting(row -> row[2])
                .allSatisfy(status -> assertThat(status).isIn("Present", "Apologies", "Absent"));
        assertThat(attendance.stream().filter(row -> row[0].equals("Name withheld (no consent)")).count())
                .as("members without consent are exported as the admin sees them")
                .isEqualTo(sheet.stream().filter(line -> line.member().isPersonalDataWithheld()).count());

        login.user(TestUsers.OFFICER_KENYA);
        CommunicationFilter log = CommunicationFilter.ofForum(finance);
        List<String[]> entries = csv(CommunicationListExport.of(communication, log));
        assertThat(entries.get(0)).startsWith("Date", "Forum", "Type", "Audience", "Channel", "Purpose", "Members taking part");
        assertThat(entries).hasSize(1 + (int) communication.count(log));
    }

    private static List<String[]> csv(ListExport<?> export) throws IOException, CsvException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeCsv(out, LABELS);
        byte[] bytes = out.toByteArray();
        assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).as("byte order mark").isEqualTo("\uFEFF");
        try (CSVReader reader = new CSVReader(new InputStreamReader(
                new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8))) {
            return reader.readAll();
        }
    }

    private static List<List<Cell>> xlsx(ListExport<?> export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeXlsx(out, LABELS);
        List<List<Cell>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
