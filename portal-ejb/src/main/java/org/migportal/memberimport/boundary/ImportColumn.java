package org.migportal.memberimport.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an import file. A header matches a column by its name or one of its variants,
 * ignoring case, spaces, underscores and punctuation, and ignoring a KoboToolbox group path
 * ({@code member_details/given_name}); columns the import does not know are ignored.
 */
public enum ImportColumn {

    GIVEN_NAME("given_name", true, "given name", "first name", "firstname", "name first", "forename"),
    FAMILY_NAME("family_name", true, "family name", "surname", "last name", "lastname", "name last"),
    SEX("sex", true, "gender", "sex of member", "respondent sex"),
    BIRTH_YEAR("birth_year", false, "year of birth", "birthyear", "yob", "born", "date of birth", "dob", "birth date"),
    PHONE("phone", false, "phone number", "telephone", "mobile", "mobile number", "tel", "phone no"),
    EMAIL("email", false, "e-mail", "email address"),
    CONSENT("consent", false, "consent given", "consent_given", "gave consent", "consent obtained"),
    CONSENT_DATE("consent_date", false, "date of consent", "consent on"),
    MARGINALISED("marginalised_groups", false, "marginalised", "marginalized", "marginalized groups",
            "marginalisation", "vulnerable groups"),
    ACTOR_NAME("actor_name", true, "actor", "market actor", "organisation", "organization", "business",
            "enterprise", "business name", "organisation name", "organization name", "market actor name"),
    ACTOR_TYPE("actor_type", false, "type of actor", "market actor type", "organisation type", "organization type",
            "business type", "type"),
    DISTRICT("district", false, "county", "province", "state", "region", "actor district"),
    FORUM_CODE("forum_code", false, "forum", "mig", "mig code", "forum id"),
    ROLE("role", false, "forum role", "membership role", "position"),
    SELECTION("selection", false, "selection method", "how selected", "selected by"),
    JOINED_ON("joined_on", false, "joined", "date joined", "join date", "joined date", "membership date");

    private final String header;
    private final boolean required;
    private final List<String> variants;

    ImportColumn(String header, boolean required, String... variants) {
        this.header = header;
        this.required = required;
        this.variants = Arrays.stream(variants).map(ImportColumn::normalised).toList();
    }

    /** The column a header names, if any. */
    public static Optional<ImportColumn> forHeader(String header) {
        String name = normalised(header);
        return Arrays.stream(values())
                .filter(column -> normalised(column.header).equals(name) || column.variants.contains(name))
                .findFirst();
    }

    /** The name as the template writes it. */
    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** Lower case letters and digits only, after the last {@code /} (KoboToolbox writes group paths). */
    static String normalised(String header) {
        String name = header == null ? "" : header.replace("\uFEFF", "").strip();
        int slash = name.lastIndexOf('/');
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
