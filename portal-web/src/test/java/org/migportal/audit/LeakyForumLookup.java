package org.migportal.audit;

import jakarta.ejb.Stateless;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.migportal.forum.entity.Forum;
import org.migportal.security.control.Guarded;

/**
 * A deliberately careless boundary, only in the test deployment: it loads forums without asking
 * the access guard, as a future method might by mistake. The shared interceptor must still stop
 * another country's forum from reaching the caller.
 */
@Stateless
@Guarded
public class LeakyForumLookup {

    @PersistenceContext
    EntityManager em;

    @PermitAll
    public Forum byCode(String code) {
        return em.createNamedQuery(Forum.FIND_BY_CODE, Forum.class).setParameter("code", code).getSingleResult();
    }

    @PermitAll
    public List<Forum> all() {
        return em.createQuery("SELECT f FROM Forum f", Forum.class).getResultList();
    }
}
