package org.migportal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Region;
import org.migportal.meeting.boundary.Meetings;
import org.migportal.meeting.entity.Meeting;
import org.migportal.meeting.entity.MeetingKind;
import org.migportal.member.boundary.MarketActors;
import org.migportal.member.boundary.Members;
import org.migportal.member.boundary.Memberships;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.SelectionMethod;
import org.migportal.member.entity.Sex;
import org.migportal.report.control.ReportFigures;
import org.migportal.reports.Activity;
import org.migportal.reports.ForumActivity;
import org.migportal.reports.Lesson;
import org.migportal.reports.RegionCountry;
import org.migportal.reports.RegionalFigures;
import org.migportal.reports.Tally;
import org.migportal.platform.control.PageRequest;
import org.migportal.report.boundary.Reports;
import org.migportal.report.control.ArchiveFilter;
import org.migportal.report.control.ArchivedReport;
import org.migportal.report.control.ReportArchive;
import org.migportal.report.control.ReportFile;
import org.migportal.report.control.ReportJob;
import org.migportal.report.control.ReportRequest;
import org.migportal.report.control.ReportType;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.testing.container.LoginAs;
import org.migportal.testing.container.TestDeployments;
import org.migportal.testing.container.TestUsers;

/** The Reports boundary in the container, on the demo programme, as the demo users. */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.portalWithTestLogin(ReportsIT.class);
    }

    @Inject
    LoginAs login;

    @Inject
    Reports reports;

    @Inject
    Forums forums;

    @Inject
    ReportFigures figures;

    @Inject
    Geography geography;

    @Inject
    MarketActors actors;

    @Inject
    Members members;

    @Inject
    Memberships memberships;

    @Inject
    Meetings meetings;

    @Test
    void anOfficerGeneratesTheirCountrysReportInTheBackgroundAndTheArchiveHoldsExactlyThatFile() {
        login.user(TestUsers.OFFICER_KENYA);

        ReportJob job = reports.generate(country(ReportType.COUNTRY, "KE"));
        ReportJob done = finished(job);

        assertThat(done.state()).isEqualTo(ReportJob.State.DONE);
        ArchivedReport archived = reports.get(done.archiveId());
        assertThat(archived.type()).isEqualTo(ReportType.COUNTRY);
        assertThat(archived.countries()).containsExactly("KE");
        assertThat(archived.generatedBy()).isEqualTo(TestUsers.OFFICER_KENYA);
        assertThat(archived.scope()).isEqualTo("Kenya");
        ReportFile file = reports.download(archived.id());
        assertThat(new String(file.content(), 0, 5)).isEqualTo("%PDF-");
        assertThat(ReportArchive.sha256(file.content())).isEqualTo(archived.sha256()).isEqualTo(file.sha256());
        assertThat(file.content()).hasSize(archived.size());
        assertThat(reports.archive(ArchiveFilter.ALL, PageRequest.of(0, 500)))
                .extracting(ArchivedReport::id).contains(archived.id());
    }

    @Test
    void eachRoleGeneratesOnlyWithinItsScope() {
        login.user(TestUsers.OFFICER_KENYA);
        assertThatThrownBy(() -> reports.generate(country(ReportType.COUNTRY, "SD")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.generate(country(ReportType.DONOR, "KE", "SD")))
                .isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.REGIONAL_MANAGER);
        assertThat(finished(reports.generate(country(ReportType.DONOR, "KE", "SD"))).state())
                .isEqualTo(ReportJob.State.DONE);
        assertThatThrownBy(() -> reports.generate(country(ReportType.COUNTRY, "LK")))
                .isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.SECRETARY_KISUMU);
        long kisumu = kisumuFinanceForum();
        ReportJob forumReport = finished(reports.generate(
                new ReportRequest(ReportType.FORUM, kisumu, List.of(), FROM, TO, "fr")));
        assertThat(forumReport.state()).isEqualTo(ReportJob.State.DONE);
        assertThat(reports.get(forumReport.archiveId()).countries()).containsExactly("KE");
        assertThatThrownBy(() -> reports.generate(country(ReportType.COUNTRY, "KE")))
                .isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.OFFICER_SUDAN);
        assertThatThrownBy(() -> reports.generate(new ReportRequest(ReportType.FORUM, kisumu, List.of(), FROM, TO, "en")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.get(forumReport.archiveId())).isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.DONOR);
        assertThatThrownBy(() -> reports.generate(country(ReportType.DONOR, "KE")))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aDonorSeesAndDownloadsOnlyReportsPublishedToTheirCountries() {
        login.user(TestUsers.OFFICER_KENYA);
        long kenya = finished(reports.generate(country(ReportType.COUNTRY, "KE"))).archiveId();
        long unpublished = finished(reports.generate(country(ReportType.COUNTRY, "KE"))).archiveId();
        login.user(TestUsers.ADMIN);
        long sriLanka = finished(reports.generate(country(ReportType.DONOR, "LK"))).archiveId();
        reports.publish(sriLanka);

        login.user(TestUsers.DONOR);
        assertThat(reports.archive(ArchiveFilter.ALL, PageRequest.of(0, 500))).extracting(ArchivedReport::id)
                .doesNotContain(kenya, unpublished, sriLanka);
        assertThatThrownBy(() -> reports.download(kenya)).isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.REGIONAL_MANAGER);
        assertThatThrownBy(() -> reports.publish(kenya)).isInstanceOf(EJBAccessException.class);
        login.user(TestUsers.OFFICER_KENYA);
        assertThat(reports.canPublish(kenya)).isTrue();
        ArchivedReport published = reports.publish(kenya);
        assertThat(published.published()).isTrue();
        assertThat(published.publishedBy()).isEqualTo(TestUsers.OFFICER_KENYA);

        login.user(TestUsers.DONOR);
        List<ArchivedReport> mine = reports.archive(ArchiveFilter.ALL, PageRequest.of(0, 500));
        assertThat(mine).extracting(ArchivedReport::id).contains(kenya).doesNotContain(unpublished, sriLanka);
        assertThat(mine).allSatisfy(r -> assertThat(r.published()).isTrue());
        assertThat(reports.count(ArchiveFilter.ALL)).isEqualTo(mine.size());
        ReportFile file = reports.download(kenya);
        assertThat(ReportArchive.sha256(file.content())).isEqualTo(published.sha256());
        assertThatThrownBy(() -> reports.download(unpublished)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.download(sriLanka)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRegionalReportIsForAdminsAndTheRegionalManagersOfItsRegionOnly() {
        login.user(TestUsers.REGIONAL_MANAGER);
        assertThat(reports.regions()).extracting(Region::getCode).containsExactly("EA");
        ReportJob done = finished(reports.generate(ReportRequest.regional("EA", FROM, TO, "en")));
        assertThat(done.state()).isEqualTo(ReportJob.State.DONE);
        ArchivedReport regional = reports.get(done.archiveId());
        assertThat(regional.type()).isEqualTo(ReportType.REGIONAL);
        assertThat(regional.countries()).containsExactly("KE", "SD");
        assertThat(regional.scope()).isEqualTo("East Africa: Kenya, Sudan");
        ReportFile file = reports.download(regional.id());
        assertThat(ReportArchive.sha256(file.content())).isEqualTo(regional.sha256());
        assertThat(file.fileName()).startsWith("regional-report-");
        assertThat(reports.archive(new ArchiveFilter(ReportType.REGIONAL, null, null), PageRequest.of(0, 500)))
                .extracting(ArchivedReport::id).contains(regional.id());
        assertThatThrownBy(() -> reports.generate(ReportRequest.regional("SA", FROM, TO, "en")))
                .as("another region").isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.OFFICER_KENYA);
        assertThatThrownBy(() -> reports.generate(ReportRequest.regional("EA", FROM, TO, "en")))
                .as("an officer of one country of the region").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.regions()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> reports.get(regional.id())).as("it covers Sudan too").isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.SECRETARY_KISUMU);
        assertThatThrownBy(() -> reports.generate(ReportRequest.regional("EA", FROM, TO, "en")))
                .isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.ADMIN);
        assertThat(reports.regions()).extracting(Region::getCode).contains("EA", "SA");
        ReportJob southAsia = finished(reports.generate(ReportRequest.regional("SA", FROM, TO, "fr")));
        assertThat(southAsia.state()).isEqualTo(ReportJob.State.DONE);
        assertThat(reports.get(southAsia.archiveId()).countries()).contains("LK", "NP").doesNotContain("KE");
    }

    @Test
    void theFiguresCountTheDemoProgrammesMeetingsCommitmentsAndLessonsInSql() {
        Activity kenya = figures.country("KE", FROM, TO).activity();
        assertThat(kenya.meetings()).isPositive();
        assertThat(kenya.listed()).isGreaterThanOrEqualTo(kenya.present()).isPositive();
        assertThat(kenya.commitments()).isPositive();
        assertThat(kenya.commitmentsByStatus()).extracting(Tally::code)
                .containsExactly("OPEN", "KEPT", "RENEGOTIATED", "NOT_POSSIBLE", "BROKEN");
        assertThat(kenya.lessons()).extracting(Lesson::text).anySatisfy(text -> assertThat(text).startsWith("Lenders move"));
        assertThat(figures.country("KE", FROM, TO).forumActivity()).extracting(ForumActivity::code).contains("KE-KSM-FIN");

        RegionalFigures eastAfrica = figures.regional("EA", FROM, TO);
        assertThat(eastAfrica.region()).isEqualTo("East Africa");
        assertThat(eastAfrica.countries()).extracting(RegionCountry::country).containsExactly("Kenya", "Sudan");
        assertThat(eastAfrica.countries().get(0).meetings()).isEqualTo(kenya.meetings());
        assertThat(eastAfrica.countries().get(0).commitments()).isEqualTo(kenya.commitments());
    }

    @Test
    void aDonorReportsLessonsLeaveOutTheNamesOfMembers() {
        login.user(TestUsers.OFFICER_KENYA);
        String code = "KE-RPT-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String family = "Rptname" + System.nanoTime() % 1_000_000;
        var busia = geography.districts("KE").stream().filter(d -> d.getName().equals("Busia")).findFirst().orElseThrow();
        Forum forum = forums.create(new Forum(code, "Reports test forum " + code, busia, "Sorghum",
                "Sorghum growers sell to brewers on contract.", ChangeArea.CORE_MARKET_CHAIN));
        MarketActor actor = actors.create(new MarketActor(forum.getCountry(), "Zawadi Farms " + System.nanoTime(),
                ActorType.SMALL_PRODUCER));
        Member member = members.create(new Member(actor, "Zawadi", family, Sex.FEMALE));
        memberships.add(new Membership(forum, member, MembershipRole.MEMBER, SelectionMethod.VOLUNTEERED,
                LocalDate.now().minusDays(30)));
        Meeting reflection = new Meeting(forum, MeetingKind.REFLECTION, LocalDate.now());
        reflection.getReflection().setLessons("Zawadi " + family + " showed her flock records; " + family.toUpperCase()
                + "'s lender then came to the forum.");
        meetings.create(reflection);

        List<Lesson> lessons = figures.donor(List.of("KE"), LocalDate.now(), LocalDate.now()).activity().lessons();
        assertThat(lessons).extracting(Lesson::forum).contains(forum.getName());
        String text = lessons.stream().filter(l -> l.forum().equals(forum.getName())).findFirst().orElseThrow().text();
        assertThat(text).isEqualTo("[\u2026] showed her flock records; [\u2026]'s lender then came to the forum.")
                .doesNotContainIgnoringCase(family).doesNotContain("Zawadi");
        assertThat(figures.country("KE", LocalDate.now(), LocalDate.now()).activity().lessons())
                .as("the country's own report keeps the text").extracting(Lesson::text).anySatisfy(t -> assertThat(t).contains(family));
    }

    private long kisumuFinanceForum() {
        return forums.search(new ForumFilter(null, null, null, null, null, "finance"), PageRequest.of(0, 5))
                .get(0).forum().getId();
    }

    private static ReportRequest country(ReportType type, String... isoCodes) {
        return new ReportRequest(type, null, List.of(isoCodes), FROM, TO, "en");
    }

    /** Polls the job as the page does, until it has finished (a minute at most). */
    private ReportJob finished(ReportJob started) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        ReportJob job = started;
        while (!job.finished() && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            job = reports.job(started.id());
        }
        assertThat(job.finished()).as("job finished in time").isTrue();
        return job;
    }
}
