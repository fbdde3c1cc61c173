package org.migportal.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.migportal.member.entity.Member;

/**
 * Labels of enum constants from the bundle, keyed {@code SimpleName.CONSTANT} (e.g.
 * {@code ForumStatus.ACTIVE}), so that the view shows them in the user's language:
 * {@code #{labels.of(forum.status)}}.
 */
@Named
@ApplicationScoped
public class Labels {

    public String of(Enum<?> constant) {
        return constant == null ? "" : label(Messages.bundle(FacesContext.getCurrentInstance()), constant);
    }

    /** Several constants, comma separated, in declaration order. */
    public String ofAll(Collection<? extends Enum<?>> constants) {
        ResourceBundle bundle = Messages.bundle(FacesContext.getCurrentInstance());
        return constants == null ? "" : constants.stream()
                .sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
                .map(constant -> label(bundle, constant))
                .collect(Collectors.joining(", "));
    }

    /** A member's name, or the words saying it is withheld from the caller (see PersonalData). */
    public String member(Member member) {
        return nameOf(member);
    }

    /** {@link #member(Member)} for backing beans' messages. */
    public static String nameOf(Member member) {
        if (member == null) {
            return "";
        }
        return member.isPersonalDataWithheld()
                ? Messages.bundle(FacesContext.getCurrentInstance()).getString("member.withheld.name")
                : member.getFullName();
    }

    /** The label of a role name such as {@code country-officer}. */
    public String role(String role) {
        ResourceBundle bundle = Messages.bundle(FacesContext.getCurrentInstance());
        String key = "role." + role;
        return bundle.containsKey(key) ? bundle.getString(key) : role;
    }

    /** The label of an audited kind of record such as {@code market_actor}. */
    public String recordType(String recordType) {
        ResourceBundle bundle = Messages.bundle(FacesContext.getCurrentInstance());
        String key = "audit.recordType." + recordType;
        return bundle.containsKey(key) ? bundle.getString(key) : spaced(recordType);
    }

    /** The label of an audited action: CREATE, UPDATE or DELETE. */
    public String auditAction(String action) {
        ResourceBundle bundle = Messages.bundle(FacesContext.getCurrentInstance());
        String key = "audit.action." + action;
        return bundle.containsKey(key) ? bundle.getString(key) : action;
    }

    /**
     * The label of a database column as the audit trail names it ({@code meeting_place}): the form's
     * label of the same field ({@code field.meetingPlace}), else the column's name in words.
     */
    public String column(String column) {
        ResourceBundle bundle = Messages.bundle(FacesContext.getCurrentInstance());
        String key = "field." + camelCase(column);
        // A reference (district_id) is labelled as what it refers to (field.district).
        String reference = column.endsWith("_id") ? "field." + camelCase(column.substring(0, column.length() - 3)) : key;
        return bundle.containsKey(key) ? bundle.getString(key)
                : bundle.containsKey(reference) ? bundle.getString(reference) : spaced(column);
    }

    /** {@code meeting_place} as {@code meetingPlace}. */
    public static String camelCase(String column) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    private static String spaced(String name) {
        return name == null ? "" : name.replace('_', ' ');
    }

    static String label(ResourceBundle bundle, Enum<?> constant) {
        String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        return bundle.containsKey(key) ? bundle.getString(key) : constant.name();
    }
}
