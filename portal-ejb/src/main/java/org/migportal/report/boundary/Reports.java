package org.migportal.report.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.Region;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.RuleViolation;
import org.migportal.report.control.ArchiveFilter;
import org.migportal.report.control.ArchiveScope;
import org.migportal.report.control.ArchivedReport;
import org.migportal.report.control.ReportArchive;
import org.migportal.report.control.ReportFigures;
import org.migportal.report.control.ReportFile;
import org.migportal.report.control.ReportGeneration;
import org.migportal.report.control.ReportJob;
import org.migportal.report.control.ReportJobs;
import org.migportal.report.control.ReportRequest;
import org.migportal.report.control.ReportType;
import org.migportal.security.control.AccessGuard;
import org.migportal.security.control.Caller;
import org.migportal.security.control.Guarded;
import org.migportal.security.control.ReadScope;
import org.migportal.security.control.Roles;

/**
 * Reports: generating them in the background (the caller polls the job), the archive of every
 * generated file, publishing to donors, and the donors' downloads.
 *
 * <ul>
 * <li>generate: an admin anything; a regional manager or country officer the forums and countries
 * they read (their region's, their own); a forum secretary their forum's forum report; donors never.
 * A regional report: an admin any region, a regional manager their own regions; nobody else (a
 * country officer reads only their countries, not the region around them);</li>
 * <li>archive: each sees the reports whose countries all lie in their scope (a secretary, their
 * forum's); donors only those published, and only if all its countries are theirs (token claim
 * {@code countries});</li>
 * <li>publish: an admin, or a country officer of every country of the report.</li>
 * </ul>
 */
@Stateless
@Guarded
public class Reports {

    private static final Logger LOG = Logger.getLogger(Reports.class.getName());
    private static final String REPORT = "Report";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessGuard guard;

    @Inject
    ReportArchive archive;

    @Inject
    ReportJobs jobs;

    @Inject
    ReportGeneration generation;

    @Inject
    ReportFigures figures;

    @Resource
    ManagedExecutorService executor;

    /** Starts generating a report and answers at once with the job to poll. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public ReportJob generate(@NotNull @Valid ReportRequest request) {
        ReportRequest allowed = allowed(request);
        String username = guard.caller().username();
        ReportJob job = jobs.start(username);
        executor.submit(() -> {
            try {
                jobs.done(job.id(), generation.run(job.id(), allowed, username));
            } catch (RuntimeException e) {
                String incident = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, e, () -> "Report generation failed, incident " + incident + ": " + allowed);
                jobs.failed(job.id(), incident);
            }
        });
        return job;
    }

    /** The state of a job the caller started; another's job is refused. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public ReportJob job(@NotNull String id) {
        ReportJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("ReportJob", id));
        if (!job.owner().equals(guard.caller().username())) {
            throw guard.deny("read", "ReportJob", id);
        }
        return job;
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY,
            Roles.DONOR})
    public List<ArchivedReport> archive(@NotNull ArchiveFilter filter, @NotNull @Valid PageRequest page) {
        return archive.page(filter, scope(), page);
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY,
            Roles.DONOR})
    public long count(@NotNull ArchiveFilter filter) {
        return archive.count(filter, scope());
    }

    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY,
            Roles.DONOR})
    public ArchivedReport get(long id) {
        return visible(id);
    }

    /** The archived file, byte for byte. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY,
            Roles.DONOR})
    public ReportFile download(long id) {
        ArchivedReport report = visible(id);
        String name = report.type().name().toLowerCase() + "-report-" + report.id() + "-" + report.from() + "-"
                + report.to() + ".pdf";
        return new ReportFile(name, report.sha256(), archive.content(id));
    }

    /** Publishes a report to the donors of its countries. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.COUNTRY_OFFICER})
    public ArchivedReport publish(long id) {
        ArchivedReport report = visible(id);
        for (String isoCode : report.countries()) {
            guard.requireWrite(country(isoCode), REPORT, id);
        }
        archive.publish(id, guard.caller().username());
        return archive.find(id).orElseThrow();
    }

    /** Whether the caller may publish this report (pages show or hide the action). */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER, Roles.COUNTRY_OFFICER, Roles.FORUM_SECRETARY})
    public boolean canPublish(long id) {
        ArchivedReport report = visible(id);
        return !report.published() && report.countries().stream().allMatch(code -> guard.canWrite(country(code)));
    }

    /** The regions the caller may generate a regional report for: all for an admin, a regional manager's own. */
    @RolesAllowed({Roles.PROGRAMME_ADMIN, Roles.REGIONAL_MANAGER})
    public List<Region> regions() {
        Caller caller = guard.caller();
        return em.createNamedQuery(Region.FIND_ALL, Region.class).getResultStream()
                .filter(region -> caller.isAdmin() || caller.regions().contains(region.getCode()))
                .toList();
    }

    private ReportRequest allowed(ReportRequest request) {
        Caller caller = guard.caller();
        if (request.type() == ReportType.REGIONAL) {
            boolean own = caller.isAdmin() || caller.hasRole(Roles.REGIONAL_MANAGER) && caller.regions().contains(request.region());
            if (!own) {
                throw guard.deny("generate", REPORT, request.region());
            }
            List<String> countries = figures.regionCountries(request.region());
            if (countries.isEmpty()) {
                throw new NotFoundException("Region", request.region());
            }
            return new ReportRequest(request.type(), null, countries, request.from(), request.to(), request.language(),
                    request.region());
        }
        boolean secretaryOnly = caller.hasRole(Roles.FORUM_SECRETARY) && !caller.isAdmin()
                && !caller.hasRole(Roles.COUNTRY_OFFICER) && !caller.hasRole(Roles.REGIONAL_MANAGER);
        if (request.type() == ReportType.FORUM) {
            Forum forum = em.find(Forum.class, request.forumId());
            if (forum == null) {
                throw new NotFoundException("Forum", request.forumId());
            }
            guard.requireReadForum(forum.getCode(), forum.getCountry(), forum.getId());
            return new ReportRequest(request.type(), forum.getId(), List.of(forum.getCountry().getIsoCode()),
                    request.from(), request.to(), request.language());
        }
        if (secretaryOnly) {
            throw guard.deny("generate", REPORT, request.type());
        }
        for (String isoCode : request.countries()) {
            guard.requireRead(country(isoCode), REPORT, isoCode);
        }
        return new ReportRequest(request.type(), null, request.countries(), request.from(), request.to(),
                request.language());
    }

    private ArchivedReport visible(long id) {
        ArchivedReport report = archive.find(id).orElseThrow(() -> new NotFoundException(REPORT, id));
        ArchiveScope scope = scope();
        boolean countries = !report.countries().isEmpty() && scope.countries().containsAll(report.countries());
        boolean forum = archive.forumCode(id).map(scope.forums()::contains).orElse(false);
        if (!scope.everything() && !countries && !forum || scope.publishedOnly() && !report.published()) {
            throw guard.deny("read", REPORT, id);
        }
        return report;
    }

    private ArchiveScope scope() {
        Caller caller = guard.caller();
        if (caller.isAdmin()) {
            return new ArchiveScope(true, Set.of(), Set.of(), false);
        }
        ReadScope read = guard.readScope();
        boolean staff = caller.hasRole(Roles.REGIONAL_MANAGER) || caller.hasRole(Roles.COUNTRY_OFFICER)
                || caller.hasRole(Roles.FORUM_SECRETARY);
        if (!staff && caller.hasRole(Roles.DONOR)) {
            return new ArchiveScope(false, caller.countries(), Set.of(), true);
        }
        return new ArchiveScope(false, read.countries(), read.forums(), false);
    }

    private Country country(String isoCode) {
        return em.createNamedQuery(Country.FIND_BY_ISO_CODE, Country.class)
                .setParameter("isoCode", isoCode)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation("report.country.unknown", isoCode));
    }
}
