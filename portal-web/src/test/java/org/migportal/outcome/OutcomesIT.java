package org.migportal.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.geography.boundary.Geography;
import org.migportal.outcome.boundary.EvidenceFile;
import org.migportal.outcome.boundary.OutcomeFilter;
import org.migportal.outcome.boundary.OutcomeRow;
import org.migportal.outcome.boundary.Outcomes;
import org.migportal.outcome.control.EvidenceCheck;
import org.migportal.outcome.entity.Outcome;
import org.migportal.outcome.entity.OutcomeEvidence;
import org.migportal.outcome.entity.OutcomeType;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.PageRequest;
import org.migportal.platform.control.PortalException;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.testing.SamplePdf;
import org.migportal.testing.container.LoginAs;
import org.migportal.testing.container.TestDeployments;
import org.migportal.testing.container.TestUsers;
import org.migportal.workplan.entity.Action;

/**
 * Outcomes in the container, as the demo users: recording them with the actions that led to them, the filters,
 * who reads and records which forum's outcomes, evidence files (their checks, their limits, and that nobody
 * outside the forum's readers gets them), a closed forum's read-only outcomes, optimistic locking. Each test
 * works in forums of its own; the demo forums' outcomes are only read.
 */
@ExtendWith(ArquillianExtension.class)
class OutcomesIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 60_466_176L, 36).toUpperCase();
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.portalWithTestLogin(OutcomesIT.class).addClasses(WorkPlanActions.class, SamplePdf.class);
    }

    @Inject
    LoginAs login;

    @Inject
    Outcomes outcomes;

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    @Inject
    WorkPlanActions actions;

    @Test
    void anOfficerRecordsAnOutcomeWithTheActionsThatLedToItAndFindsItThroughTheFilters() {
        login.user(TestUsers.OFFICER_KENYA);
        Forum forum = forum("KE");
        Action lobbying = actions.done(forum.getId(), "Lobby the county " + RUN, LocalDate.now().minusDays(40), null, null);
        Action meeting = actions.done(forum.getId(), "Meet the SACCO " + RUN, LocalDate.now().minusDays(30), null, null);

        Outcome draft = outcome(forum, LocalDate.now().minusDays(20), OutcomeType.POLICY_CHANGED, "County cess halved " + RUN);
        draft.setReachesBeyondMembers(true);
        draft.setBeyondMembersNote("All traders of the county");
        draft.setEstimatedBeneficiaries(900);
        draft.setWomenShare(40);
        draft.setYouthShare(20);
        draft.setVerifiedBy("County trade officer");
        draft.setVerifiedOn(LocalDate.now().minusDays(5));
        Outcome policy = outcomes.create(draft, Set.of(lobbying.getId(), meeting.getId()));
        Outcome skills = outcomes.create(outcome(forum, LocalDate.now().minusDays(2), OutcomeType.KNOWLEDGE_SKILLS,
                "Members keep flock records " + RUN), Set.of());

        assertThat(outcomes.get(policy.getId()).getActions()).extracting(Action::getId)
                .containsExactlyInAnyOrder(lobbying.getId(), meeting.getId());
        assertThat(outcomes.actionChoices(forum.getId())).extracting(Action::getId).contains(lobbying.getId(), meeting.getId());
        OutcomeFilter ofForum = OutcomeFilter.ofForum(forum.getId());
        assertThat(outcomes.search(ofForum, PageRequest.of(0, 10))).extracting(row -> row.outcome().getId())
                .containsExactly(skills.getId(), policy.getId());
        assertThat(outcomes.count(ofForum)).isEqualTo(2);
        assertThat(outcomes.search(ofForum, new PageRequest(0, 10, "beneficiaries", false))).extracting(row -> row.outcome().getId())
                .first().isEqualTo(policy.getId());
        assertThat(outcomes.search(filter(forum, OutcomeType.POLICY_CHANGED, null, null, null), PageRequest.of(0, 10)))
                .extracting(row -> row.outcome().getId()).containsExactly(policy.getId());
        assertThat(outcomes.search(filter(forum, null, LocalDate.now().minusDays(5), null, null), PageRequest.of(0, 10)))
                .extracting(row -> row.outcome().getId()).containsExactly(skills.getId());
        assertThat(outcomes.search(filter(forum, null, null, null, true), PageRequest.of(0, 10)))
                .extracting(row -> row.outcome().getId()).containsExactly(policy.getId());
        assertThat(outcomes.count(new OutcomeFilter("KE", null, null, null, null, null, "cess halved " + RUN))).isEqualTo(1);
        assertThat(outcomes.count(new OutcomeFilter("SD", null, null, null, null, null, "cess halved " + RUN))).isZero();

        Forum other = forum("KE");
        Action elsewhere = actions.done(other.getId(), "Another forum's action", LocalDate.now().minusDays(3), null, null);
        Outcome stored = outcomes.get(policy.getId());
        assertRefused(() -> outcomes.update(stored, Set.of(elsewhere.getId())), "outcome.actions.notOfForum");
        Outcome relinked = outcomes.update(outcomes.get(policy.getId()), Set.of(lobbying.getId()));
        assertThat(relinked.getVersion()).isGreaterThan(policy.getVersion());
        assertThat(outcomes.get(policy.getId()).getActions()).extracting(Action::getId).containsExactly(lobbying.getId());
    }

    @Test
    void theFormsRulesHoldInTheBoundaryToo() {
        login.user(TestUsers.OFFICER_KENYA);
        Forum forum = forum("KE");
        Outcome future = outcome(forum, LocalDate.now().plusDays(1), OutcomeType.OTHER, "Not yet");
        assertInvalid(() -> outcomes.create(future, Set.of()), "{outcome.occurredOn.past}");
        Outcome shares = outcome(forum, LocalDate.now(), OutcomeType.OTHER, "Shares");
        shares.setWomenShare(101);
        shares.setEstimatedBeneficiaries(-1);
        assertInvalid(() -> outcomes.create(shares, Set.of()), "{outcome.share.range}", "{outcome.beneficiaries.negative}");
        Outcome unnamed = outcome(forum, LocalDate.now(), OutcomeType.OTHER, "Who verified?");
        unnamed.setVerifiedOn(LocalDate.now());
        assertInvalid(() -> outcomes.create(unnamed, Set.of()), "{outcome.verifiedBy.required}");
        assertThat(outcomes.count(OutcomeFilter.ofForum(forum.getId()))).isZero();
    }

    @Test
    void evidenceFilesAreCheckedByTheirContentAndServedOnlyToTheForumsReaders() {
        login.user(TestUsers.OFFICER_KENYA);
        Forum forum = forum("KE");
        Outcome outcome = outcomes.create(outcome(forum, LocalDate.now().minusDays(1), OutcomeType.MARKET_ACCESS,
                "Hotels buy from members " + RUN), Set.of());
        byte[] pdf = SamplePdf.of("Supply agreement " + RUN);

        OutcomeEvidence letter = outcomes.addEvidence(outcome.getId(), "C:\\fakepath\\agreement.pdf", pdf);
        OutcomeEvidence photo = outcomes.addEvidence(outcome.getId(), "delivery.png", PNG);
        assertThat(letter.getFileName()).isEqualTo("agreement.pdf");
        assertThat(letter.getContentType()).isEqualTo("application/pdf");
        assertThat(letter.getUploadedBy()).isEqualTo(TestUsers.OFFICER_KENYA);
        assertThat(photo.getContentType()).isEqualTo("image/png");
        assertThat(outcomes.evidence(outcome.getId())).extracting(OutcomeEvidence::getFileName)
                .containsExactly("agreement.pdf", "delivery.png");
        assertThat(outcomes.search(OutcomeFilter.ofForum(forum.getId()), PageRequest.of(0, 5)))
                .extracting(OutcomeRow::evidenceFiles).containsExactly(2L);
        EvidenceFile file = outcomes.download(letter.getId());
        assertThat(file.content()).isEqualTo(pdf);
        assertThat(file.sha256()).isEqualTo(EvidenceCheck.sha256(pdf)).isEqualTo(letter.getSha256());
        assertThat(file.contentType()).isEqualTo("application/pdf");

        byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> outcomes.addEvidence(outcome.getId(), "report.pdf", html), "evidence.type");
        assertRefused(() -> outcomes.addEvidence(outcome.getId(), "page.html", html), "evidence.type");
        assertRefused(() -> outcomes.addEvidence(outcome.getId(), "photo.pdf", PNG), "evidence.type");
        byte[] big = Arrays.copyOf(pdf, EvidenceCheck.MAX_BYTES + 1);
        assertRefused(() -> outcomes.addEvidence(outcome.getId(), "big.pdf", big), "evidence.tooLarge");
        assertThat(outcomes.evidence(outcome.getId())).as("nothing saved of the refused files").hasSize(2);

        login.user(TestUsers.OFFICER_SUDAN);
        assertThatThrownBy(() -> outcomes.download(letter.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outcomes.evidence(outcome.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outcomes.addEvidence(outcome.getId(), "mine.pdf", pdf)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outcomes.removeEvidence(letter.getId())).isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.SECRETARY_KISUMU);
        assertThatThrownBy(() -> outcomes.download(letter.getId())).isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.DONOR);
        assertThatThrownBy(() -> outcomes.download(letter.getId())).isInstanceOf(EJBAccessException.class);

        login.user(TestUsers.REGIONAL_MANAGER);
        assertThat(outcomes.download(letter.getId()).content()).isEqualTo(pdf);
        assertThatThrownBy(() -> outcomes.removeEvidence(letter.getId())).isInstanceOf(EJBAccessException.class);

        login.user(TestUsers.OFFICER_KENYA);
        outcomes.removeEvidence(photo.getId());
        assertThat(outcomes.evidence(outcome.getId())).extracting(OutcomeEvidence::getId).containsExactly(letter.getId());
    }

    @Test
    void anOutcomeHoldsAtMostTenFilesAndTakesThemWithItWhenDeleted() {
        login.user(TestUsers.OFFICER_KENYA);
        Forum forum = forum("KE");
        Outcome outcome = outcomes.create(outcome(forum, LocalDate.now(), OutcomeType.OTHER, "Many photos " + RUN), Set.of());
        for (int i = 1; i <= EvidenceCheck.MAX_FILES; i++) {
            outcomes.addEvidence(outcome.getId(), "photo-" + i + ".png", PNG);
        }
        assertRefused(() -> outcomes.addEvidence(outcome.getId(), "one-more.png", PNG), "evidence.tooMany");
        assertThat(outcomes.evidence(outcome.getId())).hasSize(EvidenceCheck.MAX_FILES);

        Outcome stored = outcomes.get(outcome.getId());
        outcomes.delete(stored.getId(), stored.getVersion());
        assertThat(outcomes.count(OutcomeFilter.ofForum(forum.getId()))).isZero();
    }

    @Test
    void eachRoleReadsAndRecordsOnlyTheOutcomesItsScopeCovers() {
        login.user(TestUsers.OFFICER_KENYA);
        Forum kenya = forum("KE");
        Outcome kenyan = outcomes.create(outcome(kenya, LocalDate.now(), OutcomeType.PRICE_INCOME, "Kenya only " + RUN), Set.of());

        login.user(TestUsers.OFFICER_SUDAN);
        assertThatThrownBy(() -> outcomes.get(kenyan.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(outcomes.count(OutcomeFilter.ofForum(kenya.getId()))).isZero();
        assertThat(outcomes.search(OutcomeFilter.none(), PageRequest.of(0, 200)))
                .allSatisfy(row -> assertThat(row.outcome().getForum().getCountry().getIsoCode()).isEqualTo("SD"));
        assertThatThrownBy(() -> outcomes.create(outcome(kenya, LocalDate.now(), OutcomeType.OTHER, "Not mine"), Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outcomes.delete(kenyan.getId(), kenyan.getVersion())).isInstanceOf(AccessDeniedException.class);

        login.user(TestUsers.REGIONAL_MANAGER);
        Outcome read = outcomes.get(kenyan.getId());
        assertThat(outcomes.canRecord(kenya.getId())).isFalse();
        read.setDescription("Changed by the regional manager");
        assertThatThrownBy(() -> outcomes.update(read, Set.of())).isInstanceOf(EJBAccessException.class);

        login.user(TestUsers.SECRETARY_KISUMU);
        assertThat(outcomes.search(OutcomeFilter.none(), PageRequest.of(0, 200)))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.outcome().getForum().getCode()).isEqualTo("KE-KSM-FIN"));
        assertThatThrownBy(() -> outcomes.get(kenyan.getId())).isInstanceOf(AccessDeniedException.class);
        Forum kisumu = forums.search(new org.migportal.forum.boundary.ForumFilter(null, null, null, null, null, "KE-KSM-FIN"),
                PageRequest.of(0, 1)).get(0).forum();
        assertThat(outcomes.canRecord(kisumu.getId())).isFalse();
        assertThatThrownBy(() -> outcomes.create(outcome(kisumu, LocalDate.now(), OutcomeType.OTHER, "Secretary"), Set.of()))
                .isInstanceOf(EJBAccessException.class);

        login.user(TestUsers.DONOR);
        assertThatThrownBy(() -> outcomes.count(OutcomeFilter.none())).isInstanceOf(EJBAccessException.class);

        login.user(TestUsers.ADMIN);
        assertThat(outcomes.get(kenyan.getId()).getForum().getCode()).isEqualTo(kenya.getCode());
    }

    @Test
    void aClosedForumsOutcomesAreReadOnlyAndTwoEditorsNeverOverwriteEachOther() {
        login.user(TestUsers.OFFICER_KENYA);
        Forum forum = forum("KE");
        Outcome created = outcomes.create(outcome(forum, LocalDate.now(), OutcomeType.SERVICE_IMPROVED, "Vets visit " + RUN),
                Set.of());
        Outcome mine = outcomes.get(created.getId());
        Outcome theirs = outcomes.get(created.getId());
        theirs.setEstimatedBeneficiaries(300);
        outcomes.update(theirs, Set.of());
        mine.setEstimatedBeneficiaries(5);
        assertThatThrownBy(() -> outcomes.update(mine, Set.of())).isInstanceOf(ConflictException.class);
        assertThat(outcomes.get(created.getId()).getEstimatedBeneficiaries()).isEqualTo(300);
        assertThatThrownBy(() -> outcomes.delete(created.getId(), created.getVersion())).isInstanceOf(ConflictException.class);

        Forum stored = forums.get(forum.getId());
        stored = forums.changeStatus(stored.getId(), stored.getVersion(), ForumStatus.ACTIVE);
        forums.close(stored.getId(), stored.getVersion(), "The members joined the county forum.");
        assertThat(outcomes.canRecord(forum.getId())).isFalse();
        Outcome closed = outcomes.get(created.getId());
        closed.setDescription("After closing");
        assertRefused(() -> outcomes.update(closed, Set.of()), "forum.closed");
        assertRefused(() -> outcomes.addEvidence(created.getId(), "late.pdf", SamplePdf.of("late")), "forum.closed");
        assertRefused(() -> outcomes.create(outcome(forum, LocalDate.now(), OutcomeType.OTHER, "New"), Set.of()), "forum.closed");
        assertThat(outcomes.get(created.getId()).getDescription()).isEqualTo("Vets visit " + RUN);
    }

    private Forum forum(String country) {
        String code = country + "-OUT-" + RUN + "-" + SERIAL.incrementAndGet();
        return forums.create(new Forum(code, "Outcome test forum " + code, geography.districts(country).get(0),
                "Test system", "A forum to test outcomes.", ChangeArea.CORE_MARKET_CHAIN));
    }

    private static Outcome outcome(Forum forum, LocalDate on, OutcomeType type, String description) {
        return new Outcome(forum, on, type, description);
    }

    private static OutcomeFilter filter(Forum forum, OutcomeType type, LocalDate from, LocalDate to, Boolean beyond) {
        return new OutcomeFilter(null, forum.getId(), type, from, to, beyond, null);
    }

    private static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo(messageKey);
    }

    private static void assertInvalid(ThrowingCallable call, String... templates) {
        assertThatThrownBy(call)
                .satisfies(e -> {
                    Throwable cause = e;
                    while (cause != null && !(cause instanceof ConstraintViolationException)) {
                        cause = cause.getCause();
                    }
                    assertThat(cause).isInstanceOf(ConstraintViolationException.class);
                    List<String> found = ((ConstraintViolationException) cause).getConstraintViolations().stream()
                            .map(ConstraintViolation::getMessageTemplate).toList();
                    assertThat(found).containsExactlyInAnyOrder(templates);
                });
    }
}
