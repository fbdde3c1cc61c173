package org.migportal.security.probe;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.migportal.audit.boundary.AuditFilter;
import org.migportal.audit.boundary.AuditTrail;
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.geography.boundary.Geography;
import org.migportal.meeting.boundary.Adaptations;
import org.migportal.meeting.boundary.CommitmentFilter;
import org.migportal.meeting.boundary.Commitments;
import org.migportal.meeting.boundary.MeetingFilter;
import org.migportal.meeting.boundary.Meetings;
import org.migportal.meeting.entity.Adaptation;
import org.migportal.meeting.entity.AdaptationStatus;
import org.migportal.meeting.entity.AttendanceStatus;
import org.migportal.meeting.entity.Commitment;
import org.migportal.meeting.entity.CommitmentStatus;
import org.migportal.meeting.entity.Meeting;
import org.migportal.meeting.entity.MeetingKind;
import org.migportal.member.boundary.ActorFilter;
import org.migportal.member.boundary.MarketActors;
import org.migportal.member.boundary.MemberFilter;
import org.migportal.member.boundary.Members;
import org.migportal.member.boundary.Memberships;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.member.entity.MembershipRole;
import org.migportal.memberimport.boundary.MemberImports;
import org.migportal.memberimport.control.ImportFileReader;
import org.migportal.platform.control.PageRequest;
import org.migportal.report.boundary.Reports;
import org.migportal.report.control.ArchiveFilter;
import org.migportal.report.control.ReportType;
import org.migportal.security.boundary.CurrentCaller;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.security.probe.ProbeFixtures.MeetingRecords;
import org.migportal.security.probe.ProbeFixtures.Records;

/**
 * Calls one boundary operation as the caller of the request's bearer token, on the records of a
 * place, and answers how it went: A (allowed; a list holds the place's record, a yes/no question
 * answers yes), E (allowed, but the list leaves the record out or the answer is no), D (denied), or
 * ? with the failure. Each step is one boundary method, keyed {@code Boundary.method}.
 */
@Path("test/boundary-probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BoundaryProbe {

    /** One operation on a place's records; its result as a list membership or a yes/no, or anything for A. */
    @FunctionalInterface
    interface Step {
        Object run(ProbePlace place);
    }

    /** Made once per deployment: the records each place's read operations look for. */
    private static final Map<ProbePlace, Records> RECORDS = new ConcurrentHashMap<>();
    /** The demo programme's regions of the places' countries. */
    private static final Map<String, String> DEMO_REGIONS = Map.of("KE", "EA", "SD", "EA", "NP", "SA");
    private static final Map<ProbePlace, MeetingRecords> MEETINGS = new ConcurrentHashMap<>();

    @Inject
    ProbeFixtures fixtures;

    @Inject
    Forums forums;

    @Inject
    Members members;

    @Inject
    Memberships memberships;

    @Inject
    MarketActors actors;

    @Inject
    Geography geography;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    MemberImports imports;

    @Inject
    Reports reports;

    @Inject
    Meetings meetings;

    @Inject
    Commitments commitments;

    @Inject
    Adaptations adaptations;

    @Inject
    WorkshopAndLogProbe workshopAndLog;

    @Inject
    WorkPlanProbe workPlan;

    @Inject
    ScheduleProbe reportSchedules;

    @Inject
    OutcomeProbe outcomeProbe;

    @Inject
    HealthProbe health;

    /** The operations this probe knows how to call. */
    @GET
    public List<String> operations() {
        return List.copyOf(new TreeSet<>(steps().keySet()));
    }

    @POST
    @Path("{operation}/{place}")
    public Response probe(@PathParam("operation") String operation, @PathParam("place") ProbePlace place) {
        Step step = steps().get(operation);
        if (step == null) {
            return Response.status(Response.Status.NOT_FOUND).entity(outcome("?", "no step for " + operation)).build();
        }
        try {
            Object result = step.run(place);
            return Response.ok(outcome(Boolean.FALSE.equals(result) ? "E" : "A", null)).build();
        } catch (AccessDeniedException | EJBAccessException e) {
            return Response.ok(outcome("D", null)).build();
        } catch (EJBException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            boolean denied = cause instanceof AccessDeniedException || cause instanceof EJBAccessException;
            return Response.ok(outcome(denied ? "D" : "?", denied ? null : cause.toString())).build();
        } catch (RuntimeException e) {
            return Response.ok(outcome("?", e.toString())).build();
        }
    }

    private static JsonObject outcome(String outcome, String failure) {
        var json = Json.createObjectBuilder().add("outcome", outcome);
        if (failure != null) {
            json.add("failure", failure);
        }
        return json.build();
    }

    private Records records(ProbePlace place) {
        return RECORDS.computeIfAbsent(place, fixtures::records);
    }

    /** The place's meeting, read by the matrix. */
    private MeetingRecords meeting(ProbePlace place) {
        return MEETINGS.computeIfAbsent(place, p -> newMeeting(p));
    }

    /** A new meeting of the place's forum for a change to act on (in the demo forum, an added record). */
    private MeetingRecords newMeeting(ProbePlace place) {
        return fixtures.meeting(records(place).forum(), records(place).member());
    }

    private Map<String, Step> steps() {
        Map<String, Step> steps = new java.util.LinkedHashMap<>();
        PageRequest page = PageRequest.of(0, 50);

        steps.put("Forums.search", place -> {
            Forum forum = records(place).forum();
            return contains(forums.search(textFilter(forum.getCode()), page).stream().map(row -> row.forum()).toList(), forum);
        });
        steps.put("Forums.count", place -> forums.count(textFilter(records(place).forum().getCode())) > 0);
        steps.put("Forums.get", place -> forums.get(records(place).forum().getId()));
        steps.put("Forums.canEdit", place -> forums.canEdit(records(place).forum().getId()));
        steps.put("Forums.marketSystems", place -> forums.marketSystems().contains(records(place).forum().getMarketSystem()));
        steps.put("Forums.currentMemberships", place -> forums.currentMemberships(records(place).forum().getId()));
        steps.put("Forums.allMemberships", place -> forums.allMemberships(records(place).forum().getId()));
        steps.put("Forums.create", place -> {
            Forum template = records(place).forum();
            Forum forum = new Forum(template.getCode() + "N" + System.nanoTime() % 100_000, template.getName() + " new",
                    template.getDistrict(), template.getMarketSystem(), template.getVision(), template.getChangeArea());
            return forums.create(forum);
        });
        steps.put("Forums.update", place -> {
            Forum forum = writable(place, () -> fixtures.forum(place), records(place).forum());
            forum.setMeetingPlace("Probe hall");
            return forums.update(forum);
        });
        steps.put("Forums.changeStatus", place -> {
            Forum forum = writable(place, () -> fixtures.activeForum(place), records(place).forum());
            return forums.changeStatus(forum.getId(), forum.getVersion(), ForumStatus.DORMANT);
        });
        steps.put("Forums.close", place -> {
            Forum forum = writable(place, () -> fixtures.forum(place), records(place).forum());
            return forums.close(forum.getId(), forum.getVersion(), "Closed by the boundary access matrix test.");
        });
        steps.put("Forums.delete", place -> {
            Forum forum = writable(place, () -> fixtures.forum(place), records(place).forum());
            forums.delete(forum.getId(), forum.getVersion());
            return null;
        });

        steps.put("Members.search", place -> contains(members.search(memberFilter(place), page), records(place).member()));
        steps.put("Members.count", place -> members.count(memberFilter(place)) > 0);
        steps.put("Members.get", place -> members.get(records(place).member().getId()));
        steps.put("Members.canEdit", place -> members.canEdit(records(place).member().getId()));
        steps.put("Members.memberships", place -> members.memberships(records(place).member().getId()));
        steps.put("Members.create", place -> {
            Member member = new Member(records(place).actor(), "Probe", "Created " + System.nanoTime(),
                    records(place).member().getSex());
            return members.create(member);
        });
        steps.put("Members.update", place -> {
            Member member = writable(place, () -> fixtures.member(place), records(place).member());
            member.setPhone("+000 000 000");
            return members.update(member);
        });
        steps.put("Members.delete", place -> {
            Member member = writable(place, () -> fixtures.member(place), records(place).member());
            members.delete(member.getId(), member.getVersion());
            return null;
        });

        steps.put("Memberships.get", place -> memberships.get(records(place).membership().getId()));
        steps.put("Memberships.add", place -> memberships.add(new Membership(records(place).forum(),
                writable(place, () -> fixtures.member(place), records(place).member()), MembershipRole.MEMBER,
                records(place).membership().getSelection(), LocalDate.now())));
        steps.put("Memberships.update", place -> {
            Membership seat = writable(place, () -> fixtures.membership(place), records(place).membership());
            seat.setContributionInKind("Probe hall, free of charge");
            return memberships.update(seat);
        });
        steps.put("Memberships.end", place -> {
            Membership seat = writable(place, () -> fixtures.membership(place), records(place).membership());
            return memberships.end(seat.getId(), seat.getVersion(), LocalDate.now());
        });

        steps.put("MarketActors.search", place -> {
            MarketActor actor = records(place).actor();
            return contains(actors.search(new ActorFilter(null, null, actor.getName()), page).stream()
                    .map(row -> row.actor()).toList(), actor);
        });
        steps.put("MarketActors.count", place -> actors.count(new ActorFilter(null, null, records(place).actor().getName())) > 0);
        steps.put("MarketActors.suggest", place -> {
            MarketActor actor = records(place).actor();
            return contains(actors.suggest(place.isoCode, actor.getName(), 10), actor);
        });
        steps.put("MarketActors.get", place -> actors.get(records(place).actor().getId()));
        steps.put("MarketActors.canEdit", place -> actors.canEdit(records(place).actor().getId()));
        steps.put("MarketActors.create", place -> {
            MarketActor template = records(place).actor();
            return actors.create(new MarketActor(template.getCountry(), template.getName() + " new " + System.nanoTime(),
                    template.getActorType()));
        });
        steps.put("MarketActors.update", place -> {
            MarketActor actor = writable(place, () -> fixtures.actor(place), records(place).actor());
            actor.setPhone("+000 000 001");
            return actors.update(actor);
        });
        steps.put("MarketActors.delete", place -> {
            MarketActor actor = writable(place, () -> fixtures.actor(place), records(place).actor());
            actors.delete(actor.getId(), actor.getVersion());
            return null;
        });

        steps.put("AuditTrail.search", place -> !audit.search(forumTrail(place), page).isEmpty());
        steps.put("AuditTrail.count", place -> audit.count(forumTrail(place)) > 0);
        steps.put("AuditTrail.recordTypes", place -> audit.recordTypes().contains("forum"));

        steps.put("Geography.readableCountries", place -> geography.readableCountries().stream()
                .anyMatch(country -> country.getIsoCode().equals(place.isoCode)));
        steps.put("Geography.writableCountries", place -> geography.writableCountries().stream()
                .anyMatch(country -> country.getIsoCode().equals(place.isoCode)));
        steps.put("Geography.country", place -> geography.country(place.isoCode));
        steps.put("Geography.districts", place -> geography.districts(place.isoCode));
        steps.put("Geography.district", place -> geography.district(records(place).districtId()));

        steps.put("MemberImports.preview", place -> imports.preview(place.isoCode, "probe.csv", importFile()));
        steps.put("MemberImports.importValid", place -> imports.importValid(place.isoCode,
                ImportFileReader.read("probe.csv", importFile())));

        steps.put("Reports.generate", place -> reports.generate(fixtures.reportRequest(place, records(place).forum())));
        steps.put("Reports.job", place -> reports.job(fixtures.job("programme.admin")));
        steps.put("Reports.archive", place -> reports.archive(reportFilter(place), page).stream()
                .anyMatch(report -> report.id() == records(place).reportId()));
        steps.put("Reports.count", place -> reports.count(reportFilter(place)) > 0);
        steps.put("Reports.get", place -> reports.get(records(place).reportId()));
        steps.put("Reports.download", place -> reports.download(records(place).reportId()));
        steps.put("Reports.publish", place -> reports.publish(fixtures.report(place, records(place).forum(), false)));
        steps.put("Reports.regions", place -> reports.regions().stream()
                .anyMatch(region -> region.getCode().equals(DEMO_REGIONS.get(place.isoCode))));
        steps.put("Reports.canPublish", place -> reports.canPublish(fixtures.report(place, records(place).forum(), false)));

        steps.put("Meetings.search", place -> {
            Meeting sought = meeting(place).meeting();
            return meetings.search(MeetingFilter.ofForum(records(place).forum().getId()), page).stream()
                    .anyMatch(row -> row.meeting().equals(sought));
        });
        steps.put("Meetings.count", place -> {
            meeting(place);
            return meetings.count(MeetingFilter.ofForum(records(place).forum().getId())) > 0;
        });
        steps.put("Meetings.get", place -> meetings.get(meeting(place).meeting().getId()));
        steps.put("Meetings.canRecord", place -> meetings.canRecord(records(place).forum().getId()));
        steps.put("Meetings.create", place -> meetings.create(new Meeting(records(place).forum(), MeetingKind.SIDE_MEETING,
                LocalDate.now())));
        steps.put("Meetings.update", place -> {
            Meeting meeting = newMeeting(place).meeting();
            meeting.setPlace("Probe hall");
            return meetings.update(meeting);
        });
        steps.put("Meetings.contents", place -> meetings.contents(meeting(place).meeting().getId()));
        steps.put("Meetings.delete", place -> {
            Meeting meeting = newMeeting(place).meeting();
            meetings.delete(meeting.getId(), meeting.getVersion());
            return null;
        });
        steps.put("Meetings.attendance", place -> meetings.attendance(meeting(place).meeting().getId()));
        steps.put("Meetings.recordAttendance", place -> {
            Meeting meeting = newMeeting(place).meeting();
            return meetings.recordAttendance(meeting.getId(), meeting.getVersion(),
                    Map.of(records(place).member().getId(), AttendanceStatus.PRESENT));
        });
        steps.put("Meetings.memberAttendance", place -> meetings.memberAttendance(records(place).forum().getId()));
        steps.put("Meetings.summary", place -> meetings.summary(records(place).forum().getId()));

        steps.put("Commitments.search", place -> commitments.search(commitmentFilter(place), page).stream()
                .anyMatch(commitment -> commitment.equals(meeting(place).commitment())));
        steps.put("Commitments.count", place -> commitments.count(commitmentFilter(place)) > 0);
        steps.put("Commitments.ofMeeting", place -> commitments.ofMeeting(meeting(place).meeting().getId()));
        steps.put("Commitments.get", place -> commitments.get(meeting(place).commitment().getId()));
        steps.put("Commitments.add", place -> commitments.add(meeting(place).meeting().getId(),
                records(place).member().getId(), "Probe promise", LocalDate.now().plusDays(3)));
        steps.put("Commitments.changeStatus", place -> {
            Commitment commitment = newMeeting(place).commitment();
            return commitments.changeStatus(commitment.getId(), commitment.getVersion(), CommitmentStatus.KEPT, null, null);
        });
        steps.put("Commitments.delete", place -> {
            Commitment commitment = newMeeting(place).commitment();
            commitments.delete(commitment.getId(), commitment.getVersion());
            return null;
        });

        steps.put("Adaptations.ofMeeting", place -> adaptations.ofMeeting(meeting(place).meeting().getId()));
        steps.put("Adaptations.add", place -> adaptations.add(meeting(place).meeting().getId(), "Probe adaptation"));
        steps.put("Adaptations.changeStatus", place -> {
            Adaptation adaptation = newMeeting(place).adaptation();
            return adaptations.changeStatus(adaptation.getId(), adaptation.getVersion(), AdaptationStatus.IN_PLAN);
        });
        steps.put("Adaptations.delete", place -> {
            Adaptation adaptation = newMeeting(place).adaptation();
            adaptations.delete(adaptation.getId(), adaptation.getVersion());
            return null;
        });

        steps.put("CurrentCaller.caller", place -> currentCaller.caller());
        steps.put("CurrentCaller.countryNames", place -> currentCaller.countryNames());
        steps.put("CurrentCaller.regionNames", place -> currentCaller.regionNames());
        steps.put("CurrentCaller.tokenCountryNames", place -> currentCaller.tokenCountryNames());
        steps.put("CurrentCaller.forumNames", place -> currentCaller.forumNames());
        steps.putAll(workshopAndLog.steps(this::records));
        steps.putAll(workPlan.steps(this::records, this::newMeeting));
        steps.putAll(reportSchedules.steps());
        steps.putAll(outcomeProbe.steps(this::records));
        steps.putAll(health.steps(this::records));
        return steps;
    }

    /** A one-member import file of a new actor. */
    private static InputStream importFile() {
        long n = System.nanoTime() % 1_000_000;
        return new ByteArrayInputStream(("given_name,family_name,sex,actor_name\n"
                + "Probe,Import " + n + ",female,Probe import actor " + n + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The place's kind of report in its country: a forum report for the demo forum, else a country report. */
    private static ArchiveFilter reportFilter(ProbePlace place) {
        return new ArchiveFilter(place.demoForum == null ? ReportType.COUNTRY : ReportType.FORUM, null, place.isoCode);
    }

    private CommitmentFilter commitmentFilter(ProbePlace place) {
        return new CommitmentFilter(null, meeting(place).meeting().getId(), null, false);
    }

    private static ForumFilter textFilter(String text) {
        return new ForumFilter(null, null, null, null, null, text);
    }

    private MemberFilter memberFilter(ProbePlace place) {
        return new MemberFilter(null, records(place).forum().getId(), null, null, null, null, null);
    }

    private AuditFilter forumTrail(ProbePlace place) {
        return AuditFilter.ofRecord("forum", records(place).forum().getId());
    }

    /** A new record for a change, or the demo record itself where the place is the demo forum (only ever denied). */
    private static <T> T writable(ProbePlace place, java.util.function.Supplier<T> fresh, T demo) {
        return place.demoForum == null ? fresh.get() : demo;
    }

    private static boolean contains(Collection<?> records, Object sought) {
        return records.contains(sought);
    }
}
