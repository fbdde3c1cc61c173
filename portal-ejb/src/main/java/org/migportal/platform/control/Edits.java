package org.migportal.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.migportal.platform.entity.PortalEntity;

/** Saving an edited copy of an entity without ever overwriting a newer version silently. */
public final class Edits {

    private Edits() {
    }

    /**
     * Merges {@code edited} over {@code stored} if the caller edited the version that is stored,
     * and flushes so that a concurrent commit surfaces here as a {@link ConflictException}.
     */
    public static <T extends PortalEntity> T save(EntityManager em, T stored, T edited, String what) {
        if (stored.getVersion() != edited.getVersion()) {
            throw new ConflictException(what);
        }
        try {
            T merged = em.merge(edited);
            em.flush();
            return merged;
        } catch (OptimisticLockException e) {
            throw new ConflictException(what);
        }
    }
}
