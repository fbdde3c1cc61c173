package org.migportal.delivery.control;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How long a refused e-mail waits before the next attempt: 5 minutes after the first refusal, 30 after the second,
 * 2 hours after the third; after the fourth it is given up (failed) and shown to the admins, who can retry it.
 * A mail server that is down for a restart is waited out; one that stays down for hours is somebody's job.
 */
public final class Backoff {

    static final List<Duration> PAUSES = List.of(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));

    private Backoff() {
    }

    /** The pause before the next attempt after {@code attempts} refused ones, or empty when there is none. */
    public static Optional<Duration> afterFailedAttempts(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts " + attempts);
        }
        return attempts <= PAUSES.size() ? Optional.of(PAUSES.get(attempts - 1)) : Optional.empty();
    }

    /** The number of attempts before a delivery is given up. */
    public static int maxAttempts() {
        return PAUSES.size() + 1;
    }
}
