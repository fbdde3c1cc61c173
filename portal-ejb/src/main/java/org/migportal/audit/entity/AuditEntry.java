package org.migportal.audit.entity;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One recorded change: written by the database's audit triggers in the transaction of the change
 * itself, never by the portal, and never edited.
 */
@Entity
@Table(name = "audit_entry_view")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;


    @Id
    private String id;

    /** timestamptz; EclipseLink 4.0 maps OffsetDateTime natively but not Instant. */
    private OffsetDateTime at;

    private String username;

    private String action;

    @Column(name = "record_type")
    private String recordType;

    @Column(name = "record_id")
    private long recordId;

    @Column(name = "country_id")
    private Long countryId;

    /** The changed fields as JSON: {"field": {"before": …, "after": …}}. */
    private String changes;

    /** The columns of a member's personal data, withheld from callers who may not see the member (no consent). */
    private static final Set<String> PERSONAL_COLUMNS = Set.of("given_name", "family_name", "sex", "birth_year",
            "phone", "email", "grp");

    @Transient
    private boolean personalDataWithheld;

    /** Names of the records the changed fields refer to, keyed "table:id" (e.g. "district:12"); filled by the boundary. */
    @Transient
    private Map<String, String> referenceNames = new HashMap<>();

    protected AuditEntry() {
    }

    /**
     * A changed field with its values before and after (either may be absent); for a reference, the
     * names of the records referred to where known; {@code withheld} when the values are a member's
     * personal data the caller may not see.
     */
    public record FieldChange(String field, String before, String after, String beforeName, String afterName,
            boolean withheld) {

        /** The table a reference column points to ({@code district_id} to {@code district}), else null. */
        public String referencedTable() {
            return referencedTable(field);
        }

        public static String referencedTable(String column) {
            if (!column.endsWith("_id")) {
                return null;
            }
            String table = column.substring(0, column.length() - 3);
            return "actor".equals(table) ? "market_actor" : table;
        }
    }

    public List<FieldChange> getChangedFields() {
        JsonObject fields = Json.createReader(new StringReader(changes)).readObject();
        return fields.keySet().stream().sorted().map(field -> {
            JsonObject change = fields.getJsonObject(field);
            if (personalDataWithheld && PERSONAL_COLUMNS.contains(field)) {
                return new FieldChange(field, null, null, null, null, true);
            }
            String before = text(change.get("before"));
            String after = text(change.get("after"));
            String table = FieldChange.referencedTable(field);
            return new FieldChange(field, before, after, name(table, before), name(table, after), false);
        }).toList();
    }

    /** The ids each referenced table is referred to by in this entry's changes. */
    public Map<String, Set<Long>> references() {
        Map<String, Set<Long>> ids = new HashMap<>();
        JsonObject fields = Json.createReader(new StringReader(changes)).readObject();
        fields.forEach((field, change) -> {
            String table = FieldChange.referencedTable(field);
            if (table != null) {
                for (String side : List.of("before", "after")) {
                    JsonValue value = change.asJsonObject().get(side);
                    if (value != null && value.getValueType() == JsonValue.ValueType.NUMBER) {
                        ids.computeIfAbsent(table, t -> new HashSet<>())
                                .add(((JsonNumber) value).longValue());
                    }
                }
            }
        });
        return ids;
    }

    public void nameReference(String table, long id, String name) {
        referenceNames.put(table + ":" + id, name);
    }

    /** Hides the values of a member's personal fields in this entry from the caller it goes to. */
    public void withholdPersonalData() {
        personalDataWithheld = true;
    }

    public boolean isPersonalDataWithheld() {
        return personalDataWithheld;
    }

    private String name(String table, String id) {
        return table == null || id == null ? null : referenceNames.get(table + ":" + id);
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) value).getString()
                : value.toString();
    }

    public String getId() {
        return id;
    }

    public Instant getAt() {
        return at.toInstant();
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public long getRecordId() {
        return recordId;
    }

    public Long getCountryId() {
        return countryId;
    }
}
