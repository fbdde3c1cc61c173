package org.migportal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.platform.control.ConflictException;
import org.migportal.platform.control.NotFoundException;
import org.migportal.platform.control.RuleViolation;
import org.migportal.security.control.AccessDeniedException;

class ProblemMappersTest {

    @Test
    void aBugIsA500ThatNamesAnIncidentAndNothingOfTheException() {
        Problem problem = ProblemMappers.problem(new IllegalStateException("password=secret in SELECT * FROM member"));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.incident()).isNotBlank();
        assertThat(problem.detail()).contains(problem.incident()).doesNotContain("secret", "SELECT", "IllegalState");
        assertThat(problem.toString()).doesNotContain("secret", "Exception");
    }

    @Test
    void refusalsOfTheBoundariesKeepTheirMeaningAlsoWhenTheEjbContainerWrapsThem() {
        assertThat(ProblemMappers.problem(new AccessDeniedException()).status()).isEqualTo(403);
        assertThat(ProblemMappers.problem(new EJBAccessException("not in role")).status()).isEqualTo(403);
        assertThat(ProblemMappers.problem(new NotFoundException("Forum", 7L)).status()).isEqualTo(404);
        assertThat(ProblemMappers.problem(new EJBException(new OptimisticLockException())).status()).isEqualTo(409);
        assertThat(ProblemMappers.problem(new EJBException("commit failed", new RuleViolation("membership.ended"))).status())
                .isEqualTo(422);
    }

    @Test
    void aConflictSaysThatSomeoneElseSavedFirst() {
        Problem problem = ProblemMappers.problem(new ConflictException("Forum"));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.messageKey()).isEqualTo("error.conflict");
        assertThat(problem.detail()).isEqualTo("Someone else saved this forum after you opened it, so nothing was overwritten.");
    }

    @Test
    void aRuleViolationCarriesItsKeyAndArgumentsAndTheEnglishText() {
        Problem problem = ProblemMappers.problem(
                new RuleViolation("forum.lifecycle.notAllowed", ForumStatus.CLOSED, ForumStatus.ACTIVE));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.messageKey()).isEqualTo("forum.lifecycle.notAllowed");
        assertThat(problem.arguments()).containsExactly(ForumStatus.CLOSED, ForumStatus.ACTIVE);
        assertThat(problem.detail()).startsWith("A forum cannot go from");
    }
}
