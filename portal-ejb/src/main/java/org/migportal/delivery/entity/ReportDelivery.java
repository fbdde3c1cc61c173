package org.migportal.delivery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.migportal.delivery.control.Backoff;
import org.migportal.geography.entity.Country;
import org.migportal.platform.entity.CountryOwned;
import org.migportal.platform.entity.PortalEntity;

/**
 * One e-mail of one archived report to one recipient of a schedule, with its attempts: a refused attempt is
 * tried again after a growing pause ({@link Backoff}) and, when those are used up, the delivery is failed
 * until someone retries it.
 */
@Entity
@Table(name = "report_delivery")
public class ReportDelivery extends PortalEntity implements CountryOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_schedule_id", updatable = false)
    private ReportSchedule schedule;

    @Column(name = "report_archive_id", updatable = false)
    private long archiveId;

    @Column(updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status = DeliveryStatus.PENDING;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_attempt_at")
    private LocalDateTime nextAttemptAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "created_at", updatable = false)
    private LocalDateTime createdAt;

    protected ReportDelivery() {
    }

    public ReportDelivery(ReportSchedule schedule, long archiveId, String recipient, LocalDateTime now) {
        this.schedule = schedule;
        this.archiveId = archiveId;
        this.recipient = recipient;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(LocalDateTime at) {
        attempts++;
        status = DeliveryStatus.SENT;
        sentAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /** An attempt was refused: another one after the next pause, or none (failed) when they are used up. */
    public void refused(String error, LocalDateTime at) {
        attempts++;
        lastError = error == null ? "?" : error.substring(0, Math.min(error.length(), ReportSchedule.ERROR_LENGTH));
        Optional<Duration> pause = Backoff.afterFailedAttempts(attempts);
        status = pause.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
        nextAttemptAt = pause.map(at::plus).orElse(null);
    }

    /** Someone asked for it to be sent again now, with a fresh set of attempts. */
    public void retry(LocalDateTime now) {
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    @Override
    public Country owningCountry() {
        return schedule.owningCountry();
    }

    public ReportSchedule getSchedule() {
        return schedule;
    }

    public long getArchiveId() {
        return archiveId;
    }

    public String getRecipient() {
        return recipient;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
