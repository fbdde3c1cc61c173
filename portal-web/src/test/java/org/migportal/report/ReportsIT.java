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
