package org.migportal.web.api.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.migportal.support.entity.Support;
import org.migportal.support.entity.SupportKind;

/**
 * Support a programme gave a forum.
 *
 * @param endsOn      when it really ended; null while it runs
 * @param overrun     whether it ran (or runs) longer than planned
 * @param overrunDays days past the planned end, by its end or, while it runs, by today
 */
public record SupportDetails(long id, long version, long forumId, SupportKind kind, BigDecimal amount, String currency,
        LocalDate startsOn, LocalDate plannedEndOn, LocalDate endsOn, String purpose, boolean overrun, long overrunDays) {

    static SupportDetails of(Support s) {
        return new SupportDetails(s.getId(), s.getVersion(), s.getForum().getId(), s.getKind(), s.getAmount(),
                s.getCurrency(), s.getStartsOn(), s.getPlannedEndOn(), s.getEndsOn(), s.getPurpose(), s.isOverrun(),
                s.getOverrunDays());
    }
}
