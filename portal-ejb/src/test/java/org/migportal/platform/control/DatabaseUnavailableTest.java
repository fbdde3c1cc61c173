package org.migportal.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

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
    }

    @Test
    void aBugOrARefusedStatementIsNot() {
        assertThat(DatabaseUnavailable.isCauseOf(new NullPointerException())).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
        RuntimeException loop = new RuntimeException("loop");
        assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException(loop))).isFalse();
    }
}
