package org.migportal.audit.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One recorded change: written by the database's audit triggers in the transaction of the change
 * itself, never by the portal, and never edited.
 */
@Entity
@Table(name = "audit_entry_view")
public class AuditEntry {

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

    protected AuditEntry() {
    }

    /** A changed field with its values before and after (either may be absent). */
    public record FieldChange(String field, String before, String after) {
    }

    public List<FieldChange> getChangedFields() {
        JsonObject fields = Json.createReader(new StringReader(changes)).readObject();
        return fields.keySet().stream().sorted().map(field -> {
            JsonObject change = fields.getJsonObject(field);
            return new FieldChange(field, text(change.get("before")), text(change.get("after")));
        }).toList();
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

    public String getChanges() {
        return changes;
    }
}
