package org.migportal.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.ForumRow;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumStatus;
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

/** The Forums boundary in the container, on the demo programme, as the demo users. */
@ExtendWith(ArquillianExtension.class)
class ForumsIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.portalWithTestLogin(ForumsIT.class);
    }

    @Inject
    LoginAs login;

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    @Test
    void aKenyaOfficerListsKenyasForumsOnlyWithServerSidePagingAndSorting() {
        login.user(TestUsers.OFFICER_KENYA);

        long total = forums.count(ForumFilter.none());
        List<ForumRow> firstPage = forums.search(ForumFilter.none(), new PageRequest(0, 2, "name", true));
        List<ForumRow> all = forums.search(ForumFilter.none(), new PageRequest(0, 100, "name", true));

        assertThat(total).isEqualTo(all.size());
        assertThat(firstPage).hasSize(2);
        assertThat(all).allSatisfy(row -> assertThat(row.forum().getCountry().getIsoCode()).isEqualTo("KE"));
        assertThat(all).extracting(row -> row.forum().getCode())
                .contains("KE-KSM-FIN", "KE-KSM-MKT", "KE-HMB-SKL", "KE-SYA-FSH", "KE-MGR-DRY");
        assertThat(all).extracting(row -> row.forum().getName()).isSorted();
        assertThat(all).filteredOn(row -> row.forum().getCode().equals("KE-KSM-FIN"))
                .singleElement().satisfies(row -> assertThat(row.currentMembers()).isPositive());
    }

    @Test
    void filtersCombineAndAskingForAnotherCountryFindsNothing() {
        login.user(TestUsers.OFFICER_KENYA);

        ForumFilter activePoultry = new ForumFilter(null, null, "poultry", ForumStatus.ACTIVE, null, null);
        assertThat(forums.search(activePoultry, PageRequest.of(0, 50)))
                .extracting(row -> row.forum().getCode())
                .containsExactlyInAnyOrder("KE-KSM-FIN", "KE-KSM-MKT");
        assertThat(forums.count(new ForumFilter(null, null, null, null, null, "finance"))).isEqualTo(1);
        assertThat(forums.count(ForumFilter.none().withCountry("SD"))).isZero();
        assertThat(forums.count(new ForumFilter(null, null, null, null, null, "100%_"))).isZero();
    }

    @Test
    void aKenyaOfficerCannotLoadASudanForumById() {
        login.user(TestUsers.ADMIN);
        long livestockForum = idOf("SD-KSL-LVS");

        login.user(TestUsers.OFFICER_KENYA);
        assertThatThrownBy(() -> forums.get(livestockForum)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forums.currentMemberships(livestockForum)).isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.OFFICER_SUDAN);
        assertThat(forums.get(livestockForum).getName()).isEqualTo("Kassala Livestock Forum");
    }

    @Test
    void theRegionalManagerReadsEastAfricaButChangesNothing() {
        login.user(TestUsers.REGIONAL_MANAGER);

        assertThat(forums.search(ForumFilter.none(), PageRequest.of(0, 100)))
                .extracting(row -> row.forum().getCountry().getIsoCode())
                .containsOnly("KE", "SD");
        Forum kisumu = forums.get(idOfVisible("KE-KSM-FIN"));
        kisumu.setName("Renamed by the regional manager");
        assertThatThrownBy(() -> forums.update(kisumu)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theForumSecretaryReadsOnlyTheirOwnForum() {
        login.user(TestUsers.SECRETARY_KISUMU);

        assertThat(forums.search(ForumFilter.none(), PageRequest.of(0, 100)))
                .extracting(row -> row.forum().getCode())
                .containsExactly("KE-KSM-FIN");
        login.user(TestUsers.ADMIN);
        long otherKenyaForum = idOf("KE-KSM-MKT");
        login.user(TestUsers.SECRETARY_KISUMU);
        assertThatThrownBy(() -> forums.get(otherKenyaForum)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDonorSeesNoForums() {
        login.user(TestUsers.DONOR);
        assertThatThrownBy(() -> forums.count(ForumFilter.none())).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void anOfficerCreatesAForumInTheirCountryButNotInAnother() {
        login.user(TestUsers.OFFICER_KENYA);
        District busia = district("KE", "Busia");
        Forum created = forums.create(new Forum("KE-BSA-SOY", "Busia soybean forum", busia, "Soybean",
                "Soybean growers sell to feed millers at agreed grades.", ChangeArea.CORE_MARKET_CHAIN));

        assertThat(created.getId()).isNotNull();
        assertThat(created.getStatus()).isEqualTo(ForumStatus.PROPOSED);
        assertThat(forums.get(created.getId()).getCountry().getIsoCode()).isEqualTo("KE");

        login.user(TestUsers.OFFICER_SUDAN);
        District kassala = district("SD", "Kassala");
        login.user(TestUsers.OFFICER_KENYA);
        assertThatThrownBy(() -> forums.create(new Forum("SD-KSL-NEW", "Not mine", kassala, "Sorghum",
                "Anything", ChangeArea.CORE_MARKET_CHAIN))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aForumCodeIsUniqueAndTheRefusalSaysWhy() {
        login.user(TestUsers.OFFICER_KENYA);
        assertThatThrownBy(() -> forums.create(new Forum("KE-KSM-FIN", "Duplicate", district("KE", "Kisumu"),
                "Poultry", "Again", ChangeArea.SUPPORTING_SERVICES)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey())
                .isEqualTo("forum.code.taken");
    }

    @Test
    void twoOfficersEditingTheSameForumNeverSilentlyOverwriteEachOther() {
        login.user(TestUsers.OFFICER_KENYA);
        long id = idOfVisible("KE-HMB-SKL");
        Forum mine = forums.get(id);
        Forum theirs = forums.get(id);

        theirs.setMeetingPlace("Homa Bay county hall");
        forums.update(theirs);
        mine.setMeetingPlace("Under the mango tree");

        assertThatThrownBy(() -> forums.update(mine)).isInstanceOf(ConflictException.class);
        assertThat(forums.get(id).getMeetingPlace()).isEqualTo("Homa Bay county hall");
    }

    @Test
    void aForumMovesThroughItsLifecycleAndIsReadOnlyOnceClosed() {
        login.user(TestUsers.OFFICER_KENYA);
        Forum forum = forums.create(new Forum("KE-MGR-TOB", "Migori tomato forum", district("KE", "Migori"),
                "Tomato", "Tomato growers reduce post-harvest losses.", ChangeArea.CORE_MARKET_CHAIN));

        forum = forums.changeStatus(forum.getId(), forum.getVersion(), ForumStatus.ACTIVE);
        assertThat(forum.getEstablishedOn()).isEqualTo(LocalDate.now());
        long id = forum.getId();
        long version = forum.getVersion();
        assertThatThrownBy(() -> forums.close(id, version, " "))
                .isInstanceOf(RuleViolation.class);

        Forum closed = forums.close(id, version, "Buyers wanted volumes the group could not supply.");
        assertThat(closed.getStatus()).isEqualTo(ForumStatus.CLOSED);

        Forum reloaded = forums.get(id);
        reloaded.setName("Changed after closing");
        assertThatThrownBy(() -> forums.update(reloaded))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey())
                .isEqualTo("forum.closed");
        assertThatThrownBy(() -> forums.changeStatus(id, reloaded.getVersion(), ForumStatus.ACTIVE))
                .isInstanceOf(RuleViolation.class);
    }

    private District district(String iso, String name) {
        return geography.districts(iso).stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
    }

    private long idOf(String code) {
        return idOfVisible(code);
    }

    private long idOfVisible(String code) {
        return forums.search(new ForumFilter(null, null, null, null, null, code), PageRequest.of(0, 5)).stream()
                .filter(row -> row.forum().getCode().equals(code))
                .findFirst().orElseThrow().forum().getId();
    }
}
