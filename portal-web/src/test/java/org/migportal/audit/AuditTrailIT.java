package org.migportal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.audit.boundary.AuditFilter;
import org.migportal.audit.boundary.AuditTrail;
import org.migportal.audit.entity.AuditEntry.FieldChange;
import org.migportal.audit.entity.AuditEntry;
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.member.boundary.MarketActors;
import org.migportal.member.boundary.Members;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Sex;
import org.migportal.platform.control.PageRequest;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.testing.container.LoginAs;
import org.migportal.testing.container.TestDeployments;
import org.migportal.testing.container.TestUsers;

/** The audit trail and the access rules every boundary shares, in the container. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.portalWithTestLogin(AuditTrailIT.class).addClass(LeakyForumLookup.class);
    }

    @Inject
    LoginAs login;

    @Inject
    Forums forums;

    @Inject
    AuditTrail audit;

    @Inject
    MarketActors actors;

    @Inject
    Members members;

    @Inject
    LeakyForumLookup leaky;

    @Test
    void anEditIsRecordedWithWhoWhenAndTheBeforeAndAfterOfTheChangedFieldsOnly() {
        login.user(TestUsers.OFFICER_KENYA);
        Forum forum = forum("KE-MGR-DRY");
        String before = forum.getMeetingPlace();
        forum.setMeetingPlace("Migori dairy co-operative hall");
        forums.update(forum);

        AuditEntry entry = audit.search(AuditFilter.ofRecord("forum", forum.getId()), PageRequest.of(0, 1)).get(0);
        assertThat(entry.getUsername()).isEqualTo(TestUsers.OFFICER_KENYA);
        assertThat(entry.getAction()).isEqualTo("UPDATE");
        assertThat(entry.getAt()).isNotNull();
        assertThat(entry.getChangedFields())
                .containsExactly(new FieldChange("meeting_place", before, "Migori dairy co-operative hall", null, null, false));
    }

    @Test
    void aLifecycleChangeIsRecordedToo() {
        login.user(TestUsers.OFFICER_KENYA);
        Forum forum = forums.create(new Forum("KE-SYA-AUD", "Siaya audited forum", forum("KE-SYA-FSH").getDistrict(),
                "Fish", "Traders and fishers agree on fair weights.", ChangeArea.CORE_MARKET_CHAIN));
        forums.changeStatus(forum.getId(), forum.getVersion(), ForumStatus.ACTIVE);

        AuditEntry entry = audit.search(AuditFilter.ofRecord("forum", forum.getId()), PageRequest.of(0, 1)).get(0);
        assertThat(entry.getChangedFields()).extracting(FieldChange::field).contains("status", "established_on");
        assertThat(entry.getChangedFields()).filteredOn(change -> change.field().equals("status"))
                .singleElement().isEqualTo(new FieldChange("status", "PROPOSED", "ACTIVE", null, null, false));
    }

    @Test
    void aReferenceIsNamedAndAMembersPersonalDataIsWithheldFromAllButTheirOfficers() {
        login.user(TestUsers.OFFICER_KENYA);
        Forum origin = forum("KE-KSM-FIN");
        Forum moved = forums.create(new Forum("KE-AUD-REF", "Audited reference forum", origin.getDistrict(),
                "Fish", "Traders and fishers agree on fair weights.", ChangeArea.CORE_MARKET_CHAIN));
        MarketActor actor = actors.create(new MarketActor(moved.getCountry(), "Audit Traders " + System.nanoTime(),
                ActorType.TRADER));
        Member member = new Member(actor, "Akinyi", "Unconsented", Sex.FEMALE);
        member.setPhone("+254 711 000 222");
        member = members.create(member);

        AuditEntry created = audit.search(AuditFilter.ofRecord("forum", moved.getId()), PageRequest.of(0, 1)).get(0);
        assertThat(created.getChangedFields()).filteredOn(change -> change.field().equals("district_id"))
                .singleElement().satisfies(change -> assertThat(change.afterName())
                        .isEqualTo(origin.getDistrict().getName()));
        AuditEntry seenByOfficer = audit.search(AuditFilter.ofRecord("member", member.getId()), PageRequest.of(0, 1)).get(0);
        assertThat(seenByOfficer.getChangedFields()).filteredOn(change -> change.field().equals("family_name"))
                .singleElement().satisfies(change -> {
                    assertThat(change.after()).isEqualTo("Unconsented");
                    assertThat(change.withheld()).isFalse();
                });

        login.user(TestUsers.ADMIN);
        AuditEntry seenByAdmin = audit.search(AuditFilter.ofRecord("member", member.getId()), PageRequest.of(0, 1)).get(0);
        assertThat(seenByAdmin.getChangedFields()).filteredOn(change -> List.of("given_name", "family_name", "phone", "sex")
                        .contains(change.field()))
                .hasSize(4)
                .allSatisfy(change -> {
                    assertThat(change.withheld()).isTrue();
                    assertThat(change.after()).isNull();
                });
        assertThat(seenByAdmin.getChangedFields()).filteredOn(change -> change.field().equals("actor_id"))
                .singleElement().satisfies(change -> assertThat(change.afterName()).isEqualTo(actor.getName()));
    }

    @Test
    void officersSeeTheirCountrysTrailOnlyAndRegionalManagersNone() {
        login.user(TestUsers.OFFICER_SUDAN);
        Forum hibiscus = forum("SD-KSL-HIB");
        hibiscus.setMeetingPlace("Kassala hibiscus market");
        forums.update(hibiscus);

        login.user(TestUsers.OFFICER_KENYA);
        assertThat(audit.count(AuditFilter.ofRecord("forum", hibiscus.getId()))).isZero();
        assertThat(audit.count(new AuditFilter("SD", null, null, null, null, null))).isZero();

        login.user(TestUsers.ADMIN);
        assertThat(audit.count(AuditFilter.ofRecord("forum", hibiscus.getId()))).isPositive();
        assertThat(audit.count(new AuditFilter(null, null, null, "demo-data", null, null)))
                .as("the demo data's rows are recorded as the demo loader's").isPositive();

        login.user(TestUsers.REGIONAL_MANAGER);
        assertThatThrownBy(() -> audit.count(AuditFilter.none())).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aBoundaryThatForgetsItsScopeCheckStillCannotHandOutAnotherCountrysRecords() {
        login.user(TestUsers.OFFICER_KENYA);
        assertThat(leaky.byCode("KE-KSM-FIN").getName()).isEqualTo("Lake Victoria poultry: access to finance");
        assertThatThrownBy(() -> leaky.byCode("SD-KSL-LVS")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> leaky.all()).isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.SECRETARY_KISUMU);
        assertThatThrownBy(() -> leaky.byCode("KE-KSM-MKT")).isInstanceOf(AccessDeniedException.class);
        assertThat(leaky.byCode("KE-KSM-FIN")).isNotNull();
    }

    private Forum forum(String code) {
        return forums.search(new ForumFilter(null, null, null, null, null, code), PageRequest.of(0, 5)).stream()
                .map(row -> row.forum()).filter(f -> f.getCode().equals(code)).findFirst().orElseThrow();
    }
}
