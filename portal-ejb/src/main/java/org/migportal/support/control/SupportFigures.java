package org.migportal.support.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.migportal.support.boundary.CurrencyAmount;
import org.migportal.support.boundary.OwnContributions;
import org.migportal.support.boundary.QuarterShare;
import org.migportal.support.boundary.SelfFinancing;

/**
 * A forum's financing, summed by PostgreSQL (GROUP BY), never by loading entities.
 *
 * <p>Per quarter: members' money from their seats counts in the quarter they joined the forum (a seat records
 * what a member put in, not when, and joining is when it was pledged); their own money for an action counts
 * once the action is under way, in the quarter it was done (or is due), in the country's currency; programme support is spread over its days, from its
 * start to its end (or its planned end while it runs), so that a year's subsidy counts a quarter in each quarter.
 */
@Dependent
public class SupportFigures {

    private static final String QUARTERS = """
            WITH q AS (
                SELECT CAST(gs AS date) AS q_start, CAST(gs + interval '3 months' - interval '1 day' AS date) AS q_end
                FROM generate_series(date_trunc('quarter', CAST(?2 AS date)), date_trunc('quarter', CAST(?3 AS date)), interval '3 months') gs),
            own AS (
                SELECT CAST(date_trunc('quarter', paid.on_day) AS date) AS q_start, SUM(paid.amount) AS amount
                FROM (SELECT ms.joined_on AS on_day, ms.contribution_money AS amount
                      FROM membership ms
                      WHERE ms.forum_id = ?1 AND ms.contribution_money > 0
                      UNION ALL
                      SELECT COALESCE(a.done_on, a.due_on), a.own_contribution
                      FROM action a
                      WHERE a.forum_id = ?1 AND a.own_contribution > 0 AND a.currency_code = ?4
                        AND a.status IN ('IN_PROGRESS', 'DONE', 'ADAPTED')
                        AND COALESCE(a.done_on, a.due_on) IS NOT NULL) paid
                GROUP BY 1),
            support AS (
                SELECT q.q_start,
                       SUM(ps.amount * (LEAST(q.q_end, COALESCE(ps.ends_on, ps.planned_end_on))
                                        - GREATEST(q.q_start, ps.starts_on) + 1)
                           / (COALESCE(ps.ends_on, ps.planned_end_on) - ps.starts_on + 1)) AS amount
                FROM programme_support ps
                JOIN q ON ps.starts_on <= q.q_end AND COALESCE(ps.ends_on, ps.planned_end_on) >= q.q_start
                WHERE ps.forum_id = ?1 AND ps.currency = ?4
                GROUP BY q.q_start)
            SELECT q.q_start, COALESCE(own.amount, 0), ROUND(COALESCE(support.amount, 0), 2)
            FROM q LEFT JOIN own ON own.q_start = q.q_start LEFT JOIN support ON support.q_start = q.q_start
            ORDER BY q.q_start
            """;

    @PersistenceContext
    EntityManager em;

    public SelfFinancing selfFinancing(long forumId, String currency, Quarter from, Quarter to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(QUARTERS)
                .setParameter(1, forumId)
                .setParameter(2, from.start())
                .setParameter(3, to.start())
                .setParameter(4, currency)
                .getResultList();
        List<QuarterShare> quarters = rows.stream()
                .map(row -> new QuarterShare(Quarter.of(day(row[0])), decimal(row[1]), decimal(row[2])))
                .toList();
        @SuppressWarnings("unchecked")
        List<Object[]> others = em.createNativeQuery("""
                        SELECT ps.currency, SUM(ps.amount) FROM programme_support ps
                        WHERE ps.forum_id = ?1 AND ps.currency <> ?2
                          AND ps.starts_on <= ?4 AND COALESCE(ps.ends_on, ps.planned_end_on) >= ?3
                        GROUP BY ps.currency ORDER BY ps.currency""")
                .setParameter(1, forumId)
                .setParameter(2, currency)
                .setParameter(3, from.start())
                .setParameter(4, to.end())
                .getResultList();
        return new SelfFinancing(currency, quarters,
                others.stream().map(row -> new CurrencyAmount((String) row[0], decimal(row[1]))).toList());
    }

    public OwnContributions ownContributions(long forumId, String currency) {
        Object[] seats = (Object[]) em.createNativeQuery("""
                        SELECT COUNT(DISTINCT ms.member_id) FILTER (WHERE ms.contribution_money > 0
                                   OR ms.contribution_hours > 0 OR NULLIF(TRIM(ms.contribution_in_kind), '') IS NOT NULL),
                               COALESCE(SUM(ms.contribution_money), 0),
                               COALESCE(SUM(ms.contribution_hours) FILTER (WHERE ms.left_on IS NULL), 0),
                               COUNT(*) FILTER (WHERE NULLIF(TRIM(ms.contribution_in_kind), '') IS NOT NULL)
                        FROM membership ms WHERE ms.forum_id = ?1""")
                .setParameter(1, forumId)
                .getSingleResult();
        Object actions = em.createNativeQuery("""
                        SELECT COALESCE(SUM(a.own_contribution), 0) FROM action a
                        WHERE a.forum_id = ?1 AND a.currency_code = ?2 AND a.status IN ('IN_PROGRESS', 'DONE', 'ADAPTED')""")
                .setParameter(1, forumId)
                .setParameter(2, currency)
                .getSingleResult();
        return new OwnContributions(((Number) seats[0]).longValue(), decimal(seats[1]), decimal(seats[2]),
                ((Number) seats[3]).longValue(), decimal(actions));
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
