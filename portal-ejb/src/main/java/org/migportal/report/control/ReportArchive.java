package org.migportal.report.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.migportal.platform.control.PageRequest;

/**
 * The archive of generated reports in SQL: the description and its countries in
 * {@code report_archive}/{@code report_archive_country}, the file apart in {@code report_archive_file}
 * so that lists never read it. Lists are filtered by an {@link ArchiveScope} in the query itself.
 */
@Dependent
public class ReportArchive {

    private static final String COLUMNS = """
            r.id, r.report_type, r.title, r.scope, r.language, r.period_from, r.period_to, r.generated_by,
            r.generated_at, r.sha256, r.file_size, r.published_at, r.published_by,
            (SELECT string_agg(c.iso_code, ',' ORDER BY c.iso_code) FROM report_archive_country rc
             JOIN country c ON c.id = rc.country_id WHERE rc.report_archive_id = r.id)""";

    @PersistenceContext
    EntityManager em;

    public long store(ReportRequest request, String title, String scope, String parameters, String username,
            byte[] pdf) {
        Object id = em.createNativeQuery("""
                        INSERT INTO report_archive (report_type, title, scope, language, period_from, period_to,
                            parameters, forum_id, generated_by, generated_at, sha256, file_size)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS bigint), ?9, ?10, ?11, ?12) RETURNING id""")
                .setParameter(1, request.type().name())
                .setParameter(2, title)
                .setParameter(3, scope)
                .setParameter(4, request.language())
                .setParameter(5, request.from())
                .setParameter(6, request.to())
                .setParameter(7, parameters)
                .setParameter(8, request.forumId())
                .setParameter(9, username)
                .setParameter(10, LocalDateTime.now())
                .setParameter(11, sha256(pdf))
                .setParameter(12, pdf.length)
                .getSingleResult();
        long archiveId = ((Number) id).longValue();
        em.createNativeQuery("""
                        INSERT INTO report_archive_country (report_archive_id, country_id)
                        SELECT ?1, id FROM country WHERE iso_code = ANY (string_to_array(?2, ','))""")
                .setParameter(1, archiveId)
                .setParameter(2, String.join(",", request.countries()))
                .executeUpdate();
        em.createNativeQuery("INSERT INTO report_archive_file (report_archive_id, content) VALUES (?1, ?2)")
                .setParameter(1, archiveId)
                .setParameter(2, pdf)
                .executeUpdate();
        return archiveId;
    }

    public List<ArchivedReport> page(ArchiveFilter filter, ArchiveScope scope, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, scope, parameters);
        Query query = em.createNativeQuery("SELECT " + COLUMNS + " FROM report_archive r" + where
                + " ORDER BY r.generated_at DESC, r.id DESC OFFSET ?" + (parameters.size() + 1)
                + " LIMIT ?" + (parameters.size() + 2));
        bind(query, parameters);
        query.setParameter(parameters.size() + 1, page.first());
        query.setParameter(parameters.size() + 2, page.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(ReportArchive::row).toList();
    }

    public long count(ArchiveFilter filter, ArchiveScope scope) {
        List<Object> parameters = new ArrayList<>();
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM report_archive r" + where(filter, scope, parameters));
        bind(query, parameters);
        return ((Number) query.getSingleResult()).longValue();
    }

    public Optional<ArchivedReport> find(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM report_archive r WHERE r.id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(ReportArchive::row);
    }

    /** The forum code of a forum report, for a secretary's scope. */
    public Optional<String> forumCode(long id) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery(
                        "SELECT f.code FROM report_archive r JOIN forum f ON f.id = r.forum_id WHERE r.id = ?1")
                .setParameter(1, id).getResultList();
        return codes.stream().findFirst();
    }

    public byte[] content(long id) {
        return (byte[]) em.createNativeQuery("SELECT content FROM report_archive_file WHERE report_archive_id = ?1")
                .setParameter(1, id).getSingleResult();
    }

    public void publish(long id, String username) {
        em.createNativeQuery("""
                        UPDATE report_archive SET published_at = ?2, published_by = ?3, version = version + 1
                        WHERE id = ?1 AND published_at IS NULL""")
                .setParameter(1, id)
                .setParameter(2, LocalDateTime.now())
                .setParameter(3, username)
                .executeUpdate();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String where(ArchiveFilter filter, ArchiveScope scope, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!scope.everything()) {
            parameters.add(String.join(",", scope.countries()));
            String countries = """
                    (EXISTS (SELECT 1 FROM report_archive_country rc WHERE rc.report_archive_id = r.id)
                     AND NOT EXISTS (SELECT 1 FROM report_archive_country rc JOIN country c ON c.id = rc.country_id
                        WHERE rc.report_archive_id = r.id AND c.iso_code <> ALL (string_to_array(?%d, ','))))"""
                    .formatted(parameters.size());
            parameters.add(String.join(",", scope.forums()));
            String forums = "r.forum_id IN (SELECT f.id FROM forum f WHERE f.code = ANY (string_to_array(?%d, ',')))"
                    .formatted(parameters.size());
            conditions.add("(" + countries + " OR " + forums + ")");
        }
        if (scope.publishedOnly()) {
            conditions.add("r.published_at IS NOT NULL");
        }
        if (filter.type() != null) {
            parameters.add(filter.type().name());
            conditions.add("r.report_type = ?" + parameters.size());
        }
        if (filter.published() != null) {
            conditions.add(filter.published() ? "r.published_at IS NOT NULL" : "r.published_at IS NULL");
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            parameters.add(filter.country());
            conditions.add("""
                    EXISTS (SELECT 1 FROM report_archive_country rc JOIN country c ON c.id = rc.country_id
                        WHERE rc.report_archive_id = r.id AND c.iso_code = ?%d)""".formatted(parameters.size()));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    private static ArchivedReport row(Object[] r) {
        String countries = (String) r[13];
        return new ArchivedReport(((Number) r[0]).longValue(), ReportType.valueOf((String) r[1]), (String) r[2],
                (String) r[3], (String) r[4], ((java.sql.Date) r[5]).toLocalDate(), ((java.sql.Date) r[6]).toLocalDate(),
                (String) r[7], ((java.sql.Timestamp) r[8]).toLocalDateTime(), ((String) r[9]).trim(),
                ((Number) r[10]).intValue(),
                r[11] == null ? null : ((java.sql.Timestamp) r[11]).toLocalDateTime(), (String) r[12],
                countries == null ? List.of() : Arrays.asList(countries.split(",")));
    }
}
