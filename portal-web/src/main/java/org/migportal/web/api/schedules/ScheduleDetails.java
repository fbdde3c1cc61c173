package org.migportal.web.api.schedules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.migportal.delivery.boundary.ScheduleRow;
import org.migportal.delivery.entity.Frequency;
import org.migportal.delivery.entity.ReportSchedule;
import org.migportal.report.control.ReportType;

/**
 * A report schedule as the API answers it, with how many of its e-mails wait for an attempt and how many failed
 * (given up after their retries; an admin retries them on the Schedules page).
 */
public record ScheduleDetails(long id, long version, ReportType type, List<String> countries, String language,
        Frequency frequency, LocalDate nextRunOn, List<String> recipients, boolean attachFile, boolean publishToDonors,
        boolean active, String createdBy, LocalDateTime lastRunAt, String lastError, Long pendingDeliveries,
        Long failedDeliveries) {

    static ScheduleDetails of(ReportSchedule s, Long pending, Long failed) {
        return new ScheduleDetails(s.getId(), s.getVersion(), s.getType(), s.getCountryCodes(), s.getLanguage(),
                s.getFrequency(), s.getNextRunOn(), List.copyOf(s.getRecipients()), s.isAttachFile(),
                s.isPublishToDonors(), s.isActive(), s.getCreatedBy(), s.getLastRunAt(), s.getLastError(), pending, failed);
    }

    static ScheduleDetails of(ScheduleRow row) {
        return of(row.schedule(), row.pendingDeliveries(), row.failedDeliveries());
    }
}
