package org.migportal.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.boundary.Geography;
import org.migportal.member.boundary.ActorFilter;
import org.migportal.member.boundary.MarketActors;
import org.migportal.member.boundary.MemberFilter;
import org.migportal.member.boundary.Members;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarginalisedGroup;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.Sex;
import org.migportal.memberimport.boundary.ImportPreview;
import org.migportal.memberimport.boundary.ImportResult;
import org.migportal.memberimport.boundary.MemberImports;
import org.migportal.memberimport.boundary.PreviewRow;
import org.migportal.memberimport.boundary.RowProblem;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.PortalException;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.testing.container.LoginAs;
import org.migportal.testing.container.TestDeployments;
import org.migportal.testing.container.TestUsers;

/** Importing members from CSV and Excel files, in the container, as the demo users. */
@ExtendWith(ArquillianExtension.class)
class MemberImportIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.portalWithTestLogin(MemberImportIT.class);
    }

    @Inject
    LoginAs login;

    @Inject
    MemberImports imports;

    @Inject
    Members members;

    @Inject
    MarketActors actors;

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    @Test
    void aKoboToolboxCsvWithSemicolonsAndAByteOrderMarkImportsMembersActorsAndSeats() {
        login.user(TestUsers.OFFICER_KENYA);
        String tag = tag();
        MarketActor existing = actors.search(new ActorFilter("KE", null, null), PageRequest.of(0, 1)).get(0).actor();
        String csv = "\uFEFFstart;member/Given Name;member/Surname;Gender;Year of birth;Mobile;Consent;"
                + "Marginalized groups;Organisation;Type of actor;District;forum_code;Role;joined_on;_uuid\n"
                + "2024-05-01T09:12:00.000+03:00;Akinyi;Ochieng" + tag + ";F;1999;+254 700 " + phone()
                + ";yes;disability landless;Ochieng" + tag + " Poultry;farmer;Kisumu;KE-KSM-MKT;member;2024-05-01;a1\n"
                + "2024-05-01T09:20:00.000+03:00;Peter;Otieno" + tag + ";male;1980;;no;;Ochieng" + tag
                + " Poultry;;;;;;a2\n"
                + "2024-05-01T09:25:00.000+03:00;Mercy;Wafula" + tag + ";Female;;;;;" + existing.getName()
                + ";;;;;;a3\n";

        ImportPreview preview = imports.preview("KE", "kobo-export.csv", utf8(csv));

        assertThat(preview.rows()).extracting(PreviewRow::problems).allSatisfy(problems -> assertThat(problems).isEmpty());
        assertThat(preview.validRows()).isEqualTo(3);
        assertThat(preview.newActors()).isEqualTo(1);
        assertThat(preview.rows()).extracting(PreviewRow::line).containsExactly(2, 3, 4);
        assertThat(preview.table().ignoredHeaders()).containsExactly("start", "_uuid");
        assertThat(members.count(byText(tag))).as("a preview saves nothing").isZero();

        ImportResult result = imports.importValid("KE", preview.table());

        assertThat(result.members()).isEqualTo(3);
        assertThat(result.actorsCreated()).isEqualTo(1);
        assertThat(result.memberships()).isEqualTo(1);
        List<Member> imported = members.search(byText(tag), PageRequest.of(0, 10));
        assertThat(imported).extracting(Member::getFullName)
                .containsExactlyInAnyOrder("Akinyi Ochieng" + tag, "Peter Otieno" + tag, "Mercy Wafula" + tag);
        Member akinyi = imported.stream().filter(m -> m.getGivenName().equals("Akinyi")).findFirst().orElseThrow();
        assertThat(akinyi.getSex()).isEqualTo(Sex.FEMALE);
        assertThat(akinyi.getBirthYear()).isEqualTo(1999);
        assertThat(akinyi.isConsentGiven()).isTrue();
        assertThat(akinyi.getMarginalisedGroups()).containsExactlyInAnyOrder(MarginalisedGroup.DISABILITY,
                MarginalisedGroup.LANDLESS);
        assertThat(akinyi.getActor().getActorType()).isEqualTo(ActorType.SMALL_PRODUCER);
        assertThat(akinyi.getActor().getDistrict().getName()).isEqualTo("Kisumu");
        List<Membership> seats = members.memberships(akinyi.getId());
        assertThat(seats).singleElement().satisfies(seat -> {
            assertThat(seat.getForum().getCode()).isEqualTo("KE-KSM-MKT");
            assertThat(seat.getRole()).isEqualTo(MembershipRole.MEMBER);
            assertThat(seat.getJoinedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
        });
        Member peter = imported.stream().filter(m -> m.getGivenName().equals("Peter")).findFirst().orElseThrow();
        assertThat(peter.getActor()).as("the second row names the actor the first row creates").isEqualTo(akinyi.getActor());
        assertThat(peter.isConsentGiven()).isFalse();
        Member mercy = imported.stream().filter(m -> m.getGivenName().equals("Mercy")).findFirst().orElseThrow();
        assertThat(mercy.getActor()).as("an actor of that name in the country is used").isEqualTo(existing);
    }

    @Test
    void anExcelWorkbookWithNumberAndDateCellsImports() throws IOException {
        login.user(TestUsers.OFFICER_KENYA);
        String tag = tag();
        byte[] xlsx = workbook(List.of(
                List.of("Given name", "Family name", "Sex", "Birth year", "Phone", "Actor name", "Actor type", "Forum code",
                        "Role", "Joined on", "Consent date"),
                List.of("Wanjiku", "Mwangi" + tag, "female", 1995.0, 254711000000.0 + ThreadLocalRandom.current().nextInt(999_999),
                        "Mwangi" + tag + " Feeds", "Input supplier", "ke-hmb-skl", "Treasurer",
                        LocalDate.of(2023, 11, 2), LocalDate.of(2023, 10, 30))));

        ImportPreview preview = imports.preview("KE", "members.xlsx", new ByteArrayInputStream(xlsx));
        assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.problems()).isEmpty());
        ImportResult result = imports.importValid("KE", preview.table());

        assertThat(result.members()).isEqualTo(1);
        Member wanjiku = members.search(byText(tag), PageRequest.of(0, 5)).get(0);
        assertThat(wanjiku.getBirthYear()).isEqualTo(1995);
        assertThat(wanjiku.getPhone()).startsWith("254711").doesNotContain(".").doesNotContain("E");
        assertThat(wanjiku.isConsentGiven()).isTrue();
        assertThat(wanjiku.getConsentDate()).isEqualTo(LocalDate.of(2023, 10, 30));
        assertThat(wanjiku.getActor().getActorType()).isEqualTo(ActorType.INPUT_SUPPLIER);
        assertThat(members.memberships(wanjiku.getId())).singleElement().satisfies(seat -> {
            assertThat(seat.getForum().getCode()).isEqualTo("KE-HMB-SKL");
            assertThat(seat.getRole()).isEqualTo(MembershipRole.TREASURER);
            assertThat(seat.getJoinedOn()).isEqualTo(LocalDate.of(2023, 11, 2));
        });
    }

    @Test
    void eachBadRowIsReportedAndOnlyTheGoodRowsAreSaved() {
        login.user(TestUsers.OFFICER_KENYA);
        String tag = tag();
        MarketActor actor = actors.create(new MarketActor(geography.writableCountries().stream()
                .filter(c -> c.getIsoCode().equals("KE")).findFirst().orElseThrow(), "Registered" + tag + " Traders",
                ActorType.TRADER));
        Member registered = new Member(actor, "Joseph", "Kamau" + tag, Sex.MALE);
        registered.setPhone("0733 " + phone());
        members.create(registered);
        String newForum = "KE-IMP-" + ThreadLocalRandom.current().nextInt(1_000_000);
        forums.create(new Forum(newForum, "Import test forum " + tag, geography.districts("KE").get(0), "Poultry",
                "Members imported from a file.", ChangeArea.CORE_MARKET_CHAIN));
        String nextYear = String.valueOf(Year.now().getValue() + 1);
        String csv = """
                given_name,family_name,sex,birth_year,phone,actor_name,actor_type,district,forum_code,role,joined_on
                Good,One%1$s,female,1990,,Good%1$s Co,trader,,,,
                ,NoGiven%1$s,female,,,Good%1$s Co,,,,,
                Dist,Rict%1$s,male,,,Far%1$s Co,trader,Atlantis,,,
                Bad,Date%1$s,male,,,Good%1$s Co,,,KE-KSM-MKT,,15/03/2024
                Joseph,Kamau%1$s,male,,,Registered%1$s Traders,,,,,
                Same,Phone%1$s,female,,+254 733 %2$s,Good%1$s Co,,,,,
                Odd,Type%1$s,female,,,Odd%1$s Co,spaceship,,,,
                Odd,Sex%1$s,robot,,,Good%1$s Co,,,,,
                Good,One%1$s,female,,,Good%1$s Co,,,,,
                Young,Born%1$s,male,%3$s,,Good%1$s Co,,,,,
                Sudan,Forum%1$s,male,,,Good%1$s Co,,,SD-KSL-LVS,,
                Type,Clash%1$s,male,,,Registered%1$s Traders,processor,,,,
                No,Type%1$s,male,,,Typeless%1$s Co,,,,,
                Two,ChairA%1$s,male,,,Good%1$s Co,,,%4$s,coordinator,
                Two,ChairB%1$s,male,,,Good%1$s Co,,,%4$s,coordinator,
                Three,Chair%1$s,male,,,Good%1$s Co,,,KE-KSM-FIN,chairperson,
                """.formatted(tag, registered.getPhone().substring(5), nextYear, newForum);
        long before = members.count(MemberFilter.none().countryIs("KE"));

        ImportPreview preview = imports.preview("KE", "rows.csv", utf8(csv));

        Map<Integer, List<String>> problems = preview.rows().stream().collect(Collectors.toMap(PreviewRow::line,
                row -> row.problems().stream().map(RowProblem::messageKey).toList()));
        assertThat(problems.get(2)).isEmpty();
        assertThat(problems.get(3)).containsExactly("import.problem.required");
        assertThat(problems.get(4)).containsExactly("import.problem.district");
        assertThat(problems.get(5)).containsExactly("import.problem.date");
        assertThat(problems.get(6)).containsExactly("import.problem.duplicate");
        assertThat(problems.get(7)).containsExactly("import.problem.duplicatePhone");
        assertThat(problems.get(8)).containsExactly("import.problem.actorType");
        assertThat(problems.get(9)).containsExactly("import.problem.sex");
        assertThat(problems.get(10)).containsExactly("import.problem.duplicateInFile");
        assertThat(problems.get(11)).containsExactly("import.problem.birthYear");
        assertThat(problems.get(12)).containsExactly("import.problem.forum");
        assertThat(problems.get(13)).containsExactly("import.problem.actorTypeDiffers");
        assertThat(problems.get(14)).containsExactly("import.problem.actorTypeMissing");
        assertThat(problems.get(15)).isEmpty();
        assertThat(problems.get(16)).containsExactly("import.problem.roleTakenInFile");
        assertThat(problems.get(17)).as("the demo forum has a chairperson").containsExactly("import.problem.roleTaken");
        assertThat(preview.validRows()).isEqualTo(2);
        assertThat(members.count(MemberFilter.none().countryIs("KE"))).as("a preview saves nothing").isEqualTo(before);

        ImportResult result = imports.importValid("KE", preview.table());

        assertThat(result.members()).isEqualTo(2);
        assertThat(result.skipped()).hasSize(14);
        assertThat(members.count(MemberFilter.none().countryIs("KE"))).isEqualTo(before + 2);
        assertThat(members.search(byText(tag), PageRequest.of(0, 20)))
                .extracting(Member::getFullName)
                .containsExactlyInAnyOrder("Good One" + tag, "Two ChairA" + tag, "Joseph Kamau" + tag);
    }

    @Test
    void theSaveChecksEveryRowAgainAndDoesNotTrustThePreview() {
        login.user(TestUsers.OFFICER_KENYA);
        String tag = tag();
        String csv = "given_name,family_name,sex,actor_name,actor_type\n"
                + "Late,Comer" + tag + ",female,Late" + tag + " Co,trader\n"
                + "Other,Person" + tag + ",male,Late" + tag + " Co,trader\n";
        ImportPreview preview = imports.preview("KE", "late.csv", utf8(csv));
        assertThat(preview.validRows()).isEqualTo(2);

        // Someone registers the first row's person (and so the actor) between the preview and the import.
        MarketActor actor = actors.create(new MarketActor(actors.get(anyKenyanActorId()).getCountry(), "Late" + tag + " Co",
                ActorType.TRADER));
        members.create(new Member(actor, "Late", "Comer" + tag, Sex.FEMALE));

        ImportResult result = imports.importValid("KE", preview.table());

        assertThat(result.members()).isEqualTo(1);
        assertThat(result.actorsCreated()).as("the actor exists now").isZero();
        assertThat(result.skipped()).singleElement().satisfies(row -> assertThat(row.problems())
                .extracting(RowProblem::messageKey).containsExactly("import.problem.duplicate"));
    }

    @Test
    void brokenFilesAreRefusedWithAClearReasonAndSaveNothing() throws IOException {
        login.user(TestUsers.OFFICER_KENYA);
        long before = members.count(MemberFilter.none().countryIs("KE"));
        String header = "given_name,family_name,sex,actor_name,actor_type\n";

        assertRefused("windows.csv", new ByteArrayInputStream((header + "Zo\u00e9,M\u00fcller,female,Caf\u00e9 Ltd,trader\n")
                .getBytes(Charset.forName("windows-1252"))), "import.file.encoding");
        assertRefused("columns.csv", utf8("name,gender,organisation\nZoe,female,Cafe Ltd\n"), "import.file.missingColumns");
        assertRefused("empty.csv", new ByteArrayInputStream(new byte[0]), "import.file.empty");
        assertRefused("blank.csv", utf8("\n\n  \n"), "import.file.empty");
        assertRefused("header.csv", utf8(header), "import.file.noRows");
        assertRefused("fake.xlsx", utf8(header + "Zoe,Moraa,female,Cafe Ltd,trader\n"), "import.file.notExcel");
        assertRefused("members.pdf", utf8("%PDF-1.7"), "import.file.type");

        Endless fifty = new Endless(50L * 1024 * 1024, header);
        assertRefused("big.csv", fifty, "import.file.tooLarge");
        assertThat(fifty.served).as("bytes read of the 50 MB file").isLessThanOrEqualTo(MemberImports.MAX_BYTES + 64 * 1024);

        assertThat(members.count(MemberFilter.none().countryIs("KE"))).isEqualTo(before);
    }

    @Test
    void anOfficerImportsOnlyIntoTheirOwnCountry() {
        login.user(TestUsers.OFFICER_KENYA);
        String csv = "given_name,family_name,sex,actor_name,actor_type\nAmna,Osman,female,Kassala Traders,trader\n";
        assertThatThrownBy(() -> imports.preview("SD", "sudan.csv", utf8(csv))).isInstanceOf(AccessDeniedException.class);
        ImportPreview kenyan = imports.preview("KE", "sudan.csv", utf8(csv));
        assertThatThrownBy(() -> imports.importValid("SD", kenyan.table())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void regionalManagersAndSecretariesCannotImport() {
        String csv = "given_name,family_name,sex,actor_name,actor_type\nAmna,Osman,female,Kassala Traders,trader\n";
        for (String user : List.of(TestUsers.REGIONAL_MANAGER, TestUsers.SECRETARY_KISUMU, TestUsers.DONOR)) {
            login.user(user);
            assertThatThrownBy(() -> imports.preview("KE", "members.csv", utf8(csv)))
                    .as(user).isInstanceOf(EJBAccessException.class);
        }
    }

    @Test
    void anAdminImportsIntoAnyCountryButNotIntoAClosedForum() {
        login.user(TestUsers.ADMIN);
        String tag = tag();
        String csv = "given_name,family_name,sex,actor_name,actor_type,district,forum_code\n"
                + "Amna,Osman" + tag + ",female,Osman" + tag + " Hibiscus,small_producer,Kassala,SD-KSL-HIB\n"
                + "Hassan,Idris" + tag + ",male,Osman" + tag + " Hibiscus,small_producer,,SD-NKD-GUM\n";
        ImportPreview preview = imports.preview("SD", "sudan.csv", utf8(csv));
        assertThat(preview.rows().get(1).problems()).extracting(RowProblem::messageKey)
                .containsExactly("import.problem.forumClosed");

        ImportResult result = imports.importValid("SD", preview.table());

        assertThat(result.members()).isEqualTo(1);
        assertThat(members.search(byText(tag), PageRequest.of(0, 5)))
                .singleElement().satisfies(m -> assertThat(m.getCountry().getIsoCode()).isEqualTo("SD"));
    }

    private void assertRefused(String fileName, InputStream content, String messageKey) {
        assertThatThrownBy(() -> imports.preview("KE", fileName, content))
                .as(fileName)
                .isInstanceOf(PortalException.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo(messageKey);
    }

    private static MemberFilter byText(String text) {
        return new MemberFilter(null, null, null, null, null, null, text);
    }

    private long anyKenyanActorId() {
        return actors.search(new ActorFilter("KE", null, null), PageRequest.of(0, 1)).get(0).actor().getId();
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A unique surname part, so that the test's members are found whatever else the database holds. */
    private static String tag() {
        StringBuilder tag = new StringBuilder("Imp");
        ThreadLocalRandom.current().ints(6, 'a', 'z' + 1).forEach(c -> tag.append((char) c));
        return tag.toString();
    }

    private static String phone() {
        return String.valueOf(100_000 + ThreadLocalRandom.current().nextInt(900_000));
    }

    private static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("members");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d/m/yy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A file of the given size made up as it is read: a header, then the same row again and again. */
    private static final class Endless extends InputStream {

        private final long size;
        private final byte[] header;
        // long rows (a KoboToolbox export with many columns), so that the size limit comes before the row limit
        private final byte[] row = ("Zoe,Moraa,female,Cafe Ltd,trader," + "x".repeat(2000) + "\n").getBytes(StandardCharsets.UTF_8);
        long served;

        Endless(long size, String header) {
            this.size = size;
            this.header = header.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            long at = served++;
            return at < header.length ? header[(int) at] : row[(int) ((at - header.length) % row.length)];
        }
    }
}
