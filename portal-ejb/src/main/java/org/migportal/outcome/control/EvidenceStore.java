package org.migportal.outcome.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.migportal.outcome.entity.OutcomeEvidence;

/**
 * The bytes of evidence files, in their own table beside the described {@link OutcomeEvidence}: written
 * once, read only for a download, never loaded with a list.
 */
@Dependent
public class EvidenceStore {

    @PersistenceContext
    EntityManager em;

    public void write(OutcomeEvidence evidence, byte[] content) {
        em.createNativeQuery("INSERT INTO outcome_evidence_file (outcome_evidence_id, content) VALUES (?1, ?2)")
                .setParameter(1, evidence.getId())
                .setParameter(2, content)
                .executeUpdate();
    }

    public byte[] read(OutcomeEvidence evidence) {
        return (byte[]) em.createNativeQuery("SELECT content FROM outcome_evidence_file WHERE outcome_evidence_id = ?1")
                .setParameter(1, evidence.getId())
                .getSingleResult();
    }
}
