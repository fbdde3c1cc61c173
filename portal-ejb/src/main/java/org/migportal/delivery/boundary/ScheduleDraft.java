package org.migportal.delivery.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.migportal.delivery.entity.Frequency;
import org.migportal.delivery.entity.ReportSchedule;
import org.migportal.report.control.ReportType;

/**
 * A schedule as the form or the API gives it: what to report on (countries as ISO codes), how often from when,
 * who gets it and how. The entity checks the rest (a country report has one country).
 */
public record ScheduleDraft(
        @NotNull ReportType type,
        @NotNull @Size(min = 1, max = 20, message = "{schedule.countries}") List<@Pattern(regexp = "[A-Z]{2}") String> countries,
        @NotNull @Pattern(regexp = "en|fr", message = "{report.language}") String language,
        @NotNull Frequency frequency,
        @NotNull LocalDate nextRunOn,
        @NotNull @Size(min = 1, max = ReportSchedule.MAX_RECIPIENTS, message = "{schedule.recipients}")
        List<@NotBlank @Size(max = ReportSchedule.EMAIL_LENGTH)
                @Email(regexp = ".+@[^@]+\\.[^@]+", message = "{schedule.recipient}") String> recipients,
        boolean attachFile,
        boolean publishToDonors,
        boolean active) implements Serializable {

    public ScheduleDraft {
        countries = countries == null ? null : countries.stream().distinct().sorted().toList();
        recipients = recipients == null ? null : recipients.stream().map(r -> r == null ? null : r.strip()).toList();
    }

    public static ScheduleDraft of(ReportSchedule schedule) {
        return new ScheduleDraft(schedule.getType(), schedule.getCountryCodes(), schedule.getLanguage(),
                schedule.getFrequency(), schedule.getNextRunOn(), List.copyOf(schedule.getRecipients()),
                schedule.isAttachFile(), schedule.isPublishToDonors(), schedule.isActive());
    }
}
