package org.migportal.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @BeforeEach
    void noOutageYet() {
        DatabaseUnavailable.forget();
    }

    @Test
    void aConnectionFailureAnywhereInTheChainIsAnOutage() {
        assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("FATAL: terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("wrapped", new ConnectException("Connection refused")))).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException(
                "javax.transaction.xa.XAException: jakarta.resource.spi.LocalTransactionException: FATAL: terminating connection due to administrator command")))
                .isTrue();
        SQLException chained = new SQLException("batch failed", "XX000");
        chained.setNextException(new SQLException("closed", "08006"));
        assertThat(DatabaseUnavailable.isCauseOf(chained)).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException(
                new SQLException("Connection could not be allocated because: FATAL: the database system is starting up")))).isTrue();
    }

    @Test
    void aTransactionThatCouldNotEndDuringAnOutageIsPartOfIt() {
        RuntimeException rollbackFailed = new RuntimeException("Transaction aborted", new XAException("rollback failed"));
        RuntimeException handleClosed = new RuntimeException(new SQLException("Connection closed"));
        assertThat(at(0, rollbackFailed)).as("no outage seen: a bug").isFalse();

        assertThat(at(0, new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(at(10, rollbackFailed)).isTrue();
        assertThat(at(29, handleClosed)).isTrue();
        assertThat(at(29, new RuntimeException(new SQLException("duplicate key", "23505"))))
                .as("a statement the database refused says why").isFalse();
        assertThat(at(29, new NullPointerException())).as("not the database").isFalse();
        assertThat(at(31, rollbackFailed)).as("long after the outage: a bug").isFalse();
    }

    private boolean at(long seconds, Throwable failure) {
        return DatabaseUnavailable.isCauseOf(failure, () -> now.get() + Duration.ofSeconds(seconds).toNanos());
    }

    @Test
    void aBugOrARefusedStatementIsNot() {
        assertThat(DatabaseUnavailable.isCauseOf(new NullPointerException())).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        RuntimeException loop = new RuntimeException("loop");
        assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException(loop))).isFalse();
    }
}
