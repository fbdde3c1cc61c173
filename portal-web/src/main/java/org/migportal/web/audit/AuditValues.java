package org.migportal.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.migportal.audit.entity.AuditEntry.FieldChange;
import org.migportal.web.faces.Labels;
import org.migportal.web.faces.Messages;

/**
 * A stored value as the audit trail shows it: a reference by the name of the record it points to,
 * a stored enum constant by its label (the same label the forms show), true/false as yes/no, and
 * anything else as stored.
 */
@Named
@ApplicationScoped
public class AuditValues {

    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern ENUM_KEY = Pattern.compile("([A-Z][A-Za-z]*)\\.([A-Z][A-Z0-9_]*)");

    /** Per language, per constant, the enum label keys that have it ("ForumStatus.ACTIVE"). */
    private final Map<Locale, Map<String, List<String>>> constants = new ConcurrentHashMap<>();

    public String before(FieldChange change) {
        return shown(change.field(), change.before(), change.beforeName());
    }

    public String after(FieldChange change) {
        return shown(change.field(), change.after(), change.afterName());
    }

    String shown(String column, String value, String name) {
        ResourceBundle bundle = Messages.bundle(FacesContext.getCurrentInstance());
        if (value == null || value.isEmpty()) {
            return bundle.getString("audit.noValue");
        }
        if (name != null) {
            return name;
        }
        if (FieldChange.referencedTable(column) != null) {
            return "#" + value;
        }
        if ("true".equals(value) || "false".equals(value)) {
            return bundle.getString(Boolean.parseBoolean(value) ? "yes" : "no");
        }
        if (CONSTANT.matcher(value).matches()) {
            String key = enumKey(bundle, column, value);
            return key == null ? value : bundle.getString(key);
        }
        return value;
    }

    /**
     * The label key of a constant stored in a column: the enum named like the column
     * ({@code change_area} → ChangeArea), else the one whose name ends like it ({@code status} →
     * ForumStatus), else the only enum with that constant.
     */
    private String enumKey(ResourceBundle bundle, String column, String constant) {
        List<String> keys = constants.computeIfAbsent(bundle.getLocale(), locale -> index(bundle))
                .getOrDefault(constant, List.of());
        String type = Character.toUpperCase(column.charAt(0)) + Labels.camelCase(column).substring(1);
        for (String key : keys) {
            if (key.startsWith(type + ".")) {
                return key;
            }
        }
        for (String key : keys) {
            if (key.substring(0, key.indexOf('.')).endsWith(type)) {
                return key;
            }
        }
        return keys.size() == 1 ? keys.get(0) : null;
    }

    private static Map<String, List<String>> index(ResourceBundle bundle) {
        Map<String, List<String>> index = new ConcurrentHashMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            var match = ENUM_KEY.matcher(key);
            if (match.matches()) {
                index.computeIfAbsent(match.group(2), c -> new ArrayList<>()).add(key);
            }
        }
        return index;
    }
}
