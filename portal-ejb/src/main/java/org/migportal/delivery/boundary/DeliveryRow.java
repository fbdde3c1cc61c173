package org.migportal.delivery.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.migportal.delivery.entity.DeliveryStatus;

/** One e-mail of a schedule's history: which report, to whom, and how its attempts went. */
public record DeliveryRow(long id, long scheduleId, long archiveId, String reportTitle, LocalDate from, LocalDate to,
        String recipient, DeliveryStatus status, int attempts, String lastError, LocalDateTime nextAttemptAt,
        LocalDateTime sentAt, LocalDateTime createdAt) implements Serializable {

    public boolean failed() {
        return status == DeliveryStatus.FAILED;
    }
}
