package org.migportal.delivery.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migportal.delivery.entity.DeliveryStatus;
import org.migportal.delivery.entity.Frequency;
import org.migportal.delivery.entity.ReportDelivery;
import org.migportal.delivery.entity.ReportSchedule;
import org.migportal.report.control.ReportType;

class BackoffTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

    @Test
    void pausesGrowFiveMinutesHalfAnHourTwoHoursThenNone() {
        assertThat(Backoff.afterFailedAttempts(1)).contains(Duration.ofMinutes(5));
        assertThat(Backoff.afterFailedAttempts(2)).contains(Duration.ofMinutes(30));
        assertThat(Backoff.afterFailedAttempts(3)).contains(Duration.ofHours(2));
        assertThat(Backoff.afterFailedAttempts(4)).isEmpty();
        assertThat(Backoff.maxAttempts()).isEqualTo(4);
    }

    @Test
    void aDeliveryRefusedFourTimesIsFailedWithItsLastErrorAndARetryStartsAfresh() {
        ReportDelivery delivery = new ReportDelivery(schedule(), 1, "donor@example.org", NOW);
        assertThat(delivery.getNextAttemptAt()).isEqualTo(NOW);

        delivery.refused("Connection refused", NOW);
        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.getNextAttemptAt()).isEqualTo(NOW.plusMinutes(5));
        delivery.refused("Connection refused", NOW.plusMinutes(5));
        assertThat(delivery.getNextAttemptAt()).isEqualTo(NOW.plusMinutes(35));
        delivery.refused("Connection refused", NOW.plusMinutes(35));
        assertThat(delivery.getNextAttemptAt()).isEqualTo(NOW.plusMinutes(155));
        delivery.refused("550 mailbox unavailable", NOW.plusMinutes(155));

        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.getAttempts()).isEqualTo(4);
        assertThat(delivery.getNextAttemptAt()).isNull();
        assertThat(delivery.getLastError()).isEqualTo("550 mailbox unavailable");

        delivery.retry(NOW.plusDays(1));
        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.getAttempts()).isZero();
        delivery.sent(NOW.plusDays(1));
        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.getLastError()).isNull();
    }

    @Test
    void theReasonOfARefusalNamesItsCauses() {
        Exception refusal = new Exception("Couldn't connect to host, port: 127.0.0.1, 1; timeout 20000",
                new java.net.ConnectException("Connection refused"));
        assertThat(ScheduleRuns.reason(refusal))
                .isEqualTo("Couldn't connect to host, port: 127.0.0.1, 1; timeout 20000: Connection refused");
    }

    private static ReportSchedule schedule() {
        return new ReportSchedule(ReportType.DONOR, List.of(), "en", Frequency.QUARTERLY, NOW.toLocalDate(),
                List.of("donor@example.org"));
    }
}
