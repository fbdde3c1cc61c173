package org.migportal.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.migportal.geography.entity.District;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.PortalException;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.testing.container.LoginAs;
import org.migportal.testing.container.TestDeployments;
import org.migportal.testing.container.TestUsers;
import org.migportal.workshop.boundary.ConstraintRow;
import org.migportal.workshop.boundary.ForumOrigin;
import org.migportal.workshop.boundary.Votes;
import org.migportal.workshop.boundary.WorkshopFilter;
import org.migportal.workshop.boundary.WorkshopRow;
import org.migportal.workshop.boundary.Workshops;
import org.migportal.workshop.entity.Workshop;
import org.migportal.workshop.entity.WorkshopConstraint;

/**
 * Market-mapping workshops in the container, as the demo users: constraints ranked by votes, a
 * forum set up for the top constraint and linked both ways, refused deletions, scope per role,
 * optimistic locking. Each test records workshops of its own; the demo ones are only read.
 */
@ExtendWith(ArquillianExtension.class)
class WorkshopsIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 60_466_176L, 36).toUpperCase();
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.portalWithTestLogin(WorkshopsIT.class);
    }

    @Inject
    LoginAs login;

    @Inject
    Workshops workshops;

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    @Test
    void constraintsAreRankedByVotesAndTheTopOneBecomesALinkedForum() {
        login.user(TestUsers.OFFICER_KENYA);
        Workshop workshop = workshop("KE", "Busia");
        WorkshopConstraint roads = constraint(workshop, "Roads", 3);
        WorkshopConstraint finance = constraint(workshop, "Credit for traders", 3);
        WorkshopConstraint prices = constraint(workshop, "Price information", 5);

        List<ConstraintRow> voted = workshops.recordVotes(workshop.getId(), List.of(
                new Votes(roads.getId(), roads.getVersion(), 4),
                new Votes(finance.getId(), finance.getVersion(), 12),
                new Votes(prices.getId(), prices.getVersion(), 4)));
        assertThat(voted).extracting(row -> row.constraint().getName())
                .containsExactly("Credit for traders", "Price information", "Roads");
        assertThat(voted).extracting(ConstraintRow::rank).containsExactly(1, 2, 2);

        ConstraintRow top = voted.get(0);
        Forum draft = new Forum("KE-WS-" + RUN + "-" + SERIAL.incrementAndGet(), "Busia trader credit forum",
                top.constraint().getWorkshop().getDistrict(), workshop.getMarketSystem(), top.constraint().getVision(),
                top.constraint().getChangeArea());
        Forum forum = workshops.createForum(top.constraint().getId(), draft);

        assertThat(forum.getWorkshopId()).isEqualTo(workshop.getId());
        assertThat(forum.getWorkshopConstraintId()).isEqualTo(top.constraint().getId());
        assertThat(workshops.constraints(workshop.getId()).get(0).forum()).isEqualTo(forum);
        assertThat(workshops.constraints(workshop.getId()).get(1).forum()).isNull();
        ForumOrigin origin = workshops.originOf(forum.getId()).orElseThrow();
        assertThat(origin.constraint()).isEqualTo("Credit for traders");
        assertThat(origin.votes()).isEqualTo(12);
        assertThat(origin.workshopId()).isEqualTo(workshop.getId());
        assertThat(workshops.search(new WorkshopFilter(null, null, workshop.getMarketSystem(), null, null), PageRequest.of(0, 5)))
                .singleElement().satisfies(row -> {
                    assertThat(row.constraints()).isEqualTo(3);
                    assertThat(row.forums()).isEqualTo(1);
                });

        Forum again = new Forum("KE-WS-" + RUN + "-" + SERIAL.incrementAndGet(), "Second forum for the same constraint",
                draft.getDistrict(), workshop.getMarketSystem(), "Again", ChangeArea.SUPPORTING_SERVICES);
        assertRefused(() -> workshops.createForum(top.constraint().getId(), again), "workshop.constraint.forumExists");
    }

    @Test
    void aWorkshopOrConstraintThatBecameAForumCannotBeDeletedAndTheRefusalSaysWhy() {
        login.user(TestUsers.OFFICER_KENYA);
        Workshop workshop = workshop("KE", "Siaya");
        WorkshopConstraint picked = constraint(workshop, "Cold chain", 9);
        WorkshopConstraint dropped = constraint(workshop, "Boat licences", 1);
        Forum forum = workshops.createForum(picked.getId(), new Forum("KE-WS-" + RUN + "-" + SERIAL.incrementAndGet(),
                "Siaya cold chain forum " + RUN, district("KE", "Siaya"), workshop.getMarketSystem(), picked.getVision(),
                picked.getChangeArea()));

        Workshop stored = workshops.get(workshop.getId());
        assertThatThrownBy(() -> workshops.delete(stored.getId(), stored.getVersion()))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    assertThat(((PortalException) e).getMessageKey()).isEqualTo("workshop.delete.forumsSetUp");
                    assertThat(((PortalException) e).getArguments()).contains(forum.getName());
                });
        WorkshopConstraint pickedNow = workshops.constraint(picked.getId());
        assertRefused(() -> workshops.deleteConstraint(pickedNow.getId(), pickedNow.getVersion()),
                "workshop.constraint.delete.forumSetUp");

        workshops.deleteConstraint(dropped.getId(), dropped.getVersion());
        assertThat(workshops.constraints(workshop.getId())).hasSize(1);

        Workshop unused = workshop("KE", "Busia");
        constraint(unused, "Nothing picked", 2);
        workshops.delete(unused.getId(), unused.getVersion());
        long unusedId = unused.getId();
        assertThatThrownBy(() -> workshops.get(unusedId)).isInstanceOf(PortalException.class);
    }

    @Test
    void eachRoleSeesAndChangesOnlyTheWorkshopsItsScopeCovers() {
        login.user(TestUsers.OFFICER_KENYA);
        Workshop kenyan = workshop("KE", "Migori");
        WorkshopConstraint constraint = constraint(kenyan, "Milk grading", 4);
        assertThat(workshops.search(WorkshopFilter.none(), PageRequest.of(0, 200)))
                .extracting(row -> row.workshop().getCountry().getIsoCode()).containsOnly("KE");
        login.user(TestUsers.OFFICER_SUDAN);
        District kassala = district("SD", "Kassala");
        login.user(TestUsers.OFFICER_KENYA);
        Workshop inSudan = new Workshop(kassala, LocalDate.now(), "Sorghum", 10);
        assertThatThrownBy(() -> workshops.create(inSudan)).isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.OFFICER_SUDAN);
        assertThatThrownBy(() -> workshops.get(kenyan.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.constraints(kenyan.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.constraint(constraint.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(workshops.count(new WorkshopFilter("KE", null, null, null, null))).isZero();

        login.user(TestUsers.REGIONAL_MANAGER);
        assertThat(workshops.search(WorkshopFilter.none(), PageRequest.of(0, 200)))
                .extracting(row -> row.workshop().getCountry().getIsoCode()).contains("KE", "SD").doesNotContain("LK", "NP");
        Workshop read = workshops.get(kenyan.getId());
        assertThat(workshops.canEdit(kenyan.getId())).isFalse();
        read.setParticipantCount(99);
        assertThatThrownBy(() -> workshops.update(read)).isInstanceOf(EJBAccessException.class);

        login.user(TestUsers.SECRETARY_KISUMU);
        assertThatThrownBy(() -> workshops.count(WorkshopFilter.none())).isInstanceOf(EJBAccessException.class);
        login.user(TestUsers.DONOR);
        assertThatThrownBy(() -> workshops.get(kenyan.getId())).isInstanceOf(EJBAccessException.class);

        login.user(TestUsers.ADMIN);
        assertThat(workshops.get(kenyan.getId()).getMarketSystem()).isEqualTo(kenyan.getMarketSystem());
    }

    @Test
    void theDemoForumsKnowTheWorkshopTheyCameFromAndTheSecretarySeesItOnTheirForum() {
        login.user(TestUsers.SECRETARY_KISUMU);
        long finance = forums.search(new ForumFilter(null, null, null, null, null, "KE-KSM-FIN"), PageRequest.of(0, 5))
                .get(0).forum().getId();
        ForumOrigin origin = workshops.originOf(finance).orElseThrow();
        assertThat(origin.constraint()).isEqualTo("Access to finance");
        assertThat(origin.district()).isEqualTo("Kisumu");

        login.user(TestUsers.OFFICER_KENYA);
        List<ConstraintRow> kisumu = workshops.constraints(origin.workshopId());
        assertThat(kisumu).filteredOn(ConstraintRow::isForumSetUp).extracting(row -> row.forum().getCode())
                .containsExactly("KE-KSM-FIN", "KE-KSM-MKT", "KE-HMB-SKL");
        assertThat(kisumu.get(0).rank()).isEqualTo(1);
    }

    @Test
    void twoOfficersEditingTheSameWorkshopOrVotesNeverSilentlyOverwriteEachOther() {
        login.user(TestUsers.OFFICER_KENYA);
        Workshop workshop = workshop("KE", "Homa Bay");
        Workshop mine = workshops.get(workshop.getId());
        Workshop theirs = workshops.get(workshop.getId());
        theirs.setParticipantCount(41);
        workshops.update(theirs);
        mine.setParticipantCount(14);
        assertThatThrownBy(() -> workshops.update(mine)).isInstanceOf(ConflictException.class);
        assertThat(workshops.get(workshop.getId()).getParticipantCount()).isEqualTo(41);

        WorkshopConstraint constraint = constraint(workshop, "Vaccines", 2);
        WorkshopConstraint edited = workshops.constraint(constraint.getId());
        edited.setVotes(7);
        workshops.updateConstraint(edited);
        assertThatThrownBy(() -> workshops.recordVotes(workshop.getId(),
                List.of(new Votes(constraint.getId(), constraint.getVersion(), 3)))).isInstanceOf(ConflictException.class);
        assertThat(workshops.constraint(constraint.getId()).getVotes()).isEqualTo(7);
    }

    @Test
    void filtersByCountryMarketSystemAndPeriod() {
        login.user(TestUsers.ADMIN);
        Workshop old = new Workshop(district("NP", "Dhading"), LocalDate.of(2020, 5, 1), "Cardamom " + RUN, 20);
        old = workshops.create(old);
        Workshop recent = workshops.create(new Workshop(district("NP", "Dhading"), LocalDate.now().minusDays(3),
                "Cardamom " + RUN, 25));

        List<WorkshopRow> all = workshops.search(new WorkshopFilter("NP", null, "cardamom " + RUN.toLowerCase(), null, null),
                PageRequest.of(0, 10));
        assertThat(all).extracting(row -> row.workshop().getId()).containsExactly(recent.getId(), old.getId());
        assertThat(workshops.search(new WorkshopFilter(null, null, "Cardamom " + RUN, LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31)), PageRequest.of(0, 10))).extracting(row -> row.workshop().getId())
                .containsExactly(old.getId());
        assertThat(workshops.count(new WorkshopFilter("KE", null, "Cardamom " + RUN, null, null))).isZero();
    }

    private Workshop workshop(String iso, String district) {
        Workshop workshop = new Workshop(district(iso, district), LocalDate.now().minusDays(30),
                "Workshop test " + RUN + "-" + String.format("%03d", SERIAL.incrementAndGet()), 30);
        workshop.setParticipants("Producers\nTraders");
        return workshops.create(workshop);
    }

    private WorkshopConstraint constraint(Workshop workshop, String name, int votes) {
        return workshops.addConstraint(new WorkshopConstraint(workshop, name, ChangeArea.SUPPORTING_SERVICES, votes));
    }

    private District district(String iso, String name) {
        return geography.districts(iso).stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo(messageKey);
    }
}
