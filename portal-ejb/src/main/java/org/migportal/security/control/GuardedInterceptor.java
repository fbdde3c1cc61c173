package org.migportal.security.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * What every boundary call shares, whatever the boundary:
 * <ol>
 * <li>the database transaction is tagged with the caller, so that the audit triggers record who
 * made each change (once per transaction);</li>
 * <li>everything the call returns is checked against the caller's read scope, so that a query
 * that forgot its scope fails closed instead of leaking another country's records;</li>
 * <li>members in it whose personal data the caller may not see are withheld ({@link PersonalData}).</li>
 * </ol>
 */
@Guarded
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class GuardedInterceptor {

    private static final String TAGGED = GuardedInterceptor.class.getName() + ".tagged";

    @Inject
    AccessGuard guard;

    @Inject
    PersonalData personalData;

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object guard(InvocationContext call) throws Exception {
        tagTransactionWithCaller();
        Object result = call.proceed();
        guard.requireReadable(result, call.getMethod().getDeclaringClass().getSimpleName() + "."
                + call.getMethod().getName());
        personalData.withholdWhereNeeded(result);
        return result;
    }

    private void tagTransactionWithCaller() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE || transactions.getResource(TAGGED) != null) {
            return;
        }
        em.createNativeQuery("SELECT set_config('portal.user', ?1, true)")
                .setParameter(1, guard.caller().username())
                .getSingleResult();
        transactions.putResource(TAGGED, Boolean.TRUE);
    }
}
