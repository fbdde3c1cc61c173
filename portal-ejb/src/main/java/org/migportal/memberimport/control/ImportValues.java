package org.migportal.memberimport.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarginalisedGroup;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.SelectionMethod;
import org.migportal.member.entity.Sex;

/**
 * The values an import file may hold, read leniently where field teams write them differently
 * ({@code F}, {@code female}, {@code Woman}; {@code small_producer}, {@code Small producer},
 * {@code farmer}) and strictly where a guess could be wrong: dates only as ISO {@code yyyy-MM-dd}
 * (or a KoboToolbox timestamp that starts with one), since 03/04/2024 means March in one country
 * and April in another.
 */
public final class ImportValues {

    private static final Pattern ISO_DATE_START = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}([T ].*)?$");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("^\\d{4}(\\.0+)?$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;|]");

    private static final Map<String, Sex> SEX_WORDS = Map.of(
            "f", Sex.FEMALE, "woman", Sex.FEMALE, "w", Sex.FEMALE, "girl", Sex.FEMALE,
            "m", Sex.MALE, "man", Sex.MALE, "boy", Sex.MALE,
            "o", Sex.OTHER, "x", Sex.OTHER);

    private static final Map<String, ActorType> ACTOR_WORDS = Map.ofEntries(
            Map.entry("smallproducer", ActorType.SMALL_PRODUCER), Map.entry("producer", ActorType.SMALL_PRODUCER),
            Map.entry("farmer", ActorType.SMALL_PRODUCER), Map.entry("smallholder", ActorType.SMALL_PRODUCER),
            Map.entry("smallholderfarmer", ActorType.SMALL_PRODUCER), Map.entry("inputsupplier", ActorType.INPUT_SUPPLIER),
            Map.entry("supplier", ActorType.INPUT_SUPPLIER), Map.entry("largebusiness", ActorType.LARGE_BUSINESS),
            Map.entry("company", ActorType.LARGE_BUSINESS), Map.entry("governmentdepartment", ActorType.GOVERNMENT),
            Map.entry("researchbody", ActorType.RESEARCH), Map.entry("university", ActorType.RESEARCH),
            Map.entry("bank", ActorType.FINANCIAL_SERVICE), Map.entry("bankorfinancialservice", ActorType.FINANCIAL_SERVICE),
            Map.entry("financialserviceprovider", ActorType.FINANCIAL_SERVICE), Map.entry("mfi", ActorType.FINANCIAL_SERVICE),
            Map.entry("sacco", ActorType.FINANCIAL_SERVICE), Map.entry("cooperative", ActorType.ASSOCIATION),
            Map.entry("farmergroup", ActorType.ASSOCIATION), Map.entry("producergroup", ActorType.ASSOCIATION));

    private static final Map<String, MembershipRole> ROLE_WORDS = Map.of(
            "chairperson", MembershipRole.CHAIR, "chairman", MembershipRole.CHAIR, "chairwoman", MembershipRole.CHAIR,
            "vicechairperson", MembershipRole.VICE_CHAIR, "facilitator", MembershipRole.COORDINATOR);

    private static final Map<String, SelectionMethod> SELECTION_WORDS = Map.of(
            "election", SelectionMethod.ELECTED, "electedbypeers", SelectionMethod.ELECTED,
            "nomination", SelectionMethod.NOMINATED, "volunteer", SelectionMethod.VOLUNTEERED,
            "selfselected", SelectionMethod.VOLUNTEERED);

    private static final Map<String, MarginalisedGroup> GROUP_WORDS = Map.of(
            "livingwithadisability", MarginalisedGroup.DISABILITY, "disabled", MarginalisedGroup.DISABILITY,
            "pwd", MarginalisedGroup.DISABILITY, "minority", MarginalisedGroup.ETHNIC_MINORITY,
            "indigenouspeople", MarginalisedGroup.INDIGENOUS, "idp", MarginalisedGroup.DISPLACED,
            "refugee", MarginalisedGroup.DISPLACED);

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "oui", "si", "ndiyo", "naam", "agreed", "given");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "non", "hapana", "la", "refused");

    private ImportValues() {
    }

    public static Optional<Sex> sex(String text) {
        return constant(Sex.class, text, SEX_WORDS);
    }

    public static Optional<ActorType> actorType(String text) {
        return constant(ActorType.class, text, ACTOR_WORDS);
    }

    public static Optional<MembershipRole> role(String text) {
        return constant(MembershipRole.class, text, ROLE_WORDS);
    }

    public static Optional<SelectionMethod> selection(String text) {
        return constant(SelectionMethod.class, text, SELECTION_WORDS);
    }

    public static Optional<Boolean> yesNo(String text) {
        String word = key(text);
        return YES.contains(word) ? Optional.of(true) : NO.contains(word) ? Optional.of(false) : Optional.empty();
    }

    /** An ISO date, or the date of an ISO timestamp (KoboToolbox's start, end and submission times). */
    public static Optional<LocalDate> date(String text) {
        String value = text.strip();
        if (!ISO_DATE_START.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    /** A four-digit year (a spreadsheet may write 1990.0), or the year of an ISO date of birth. */
    public static Optional<Integer> year(String text) {
        String value = text.strip();
        if (WHOLE_NUMBER.matcher(value).matches()) {
            return Optional.of(Integer.parseInt(value.substring(0, 4)));
        }
        return date(value).map(LocalDate::getYear);
    }

    /**
     * Groups separated by commas, semicolons or bars; KoboToolbox writes a multiple choice with spaces
     * between its choices' names, so a part that matches no group is tried word by word. Empty if any
     * part matches no group.
     */
    public static Optional<Set<MarginalisedGroup>> groups(String text) {
        Set<MarginalisedGroup> groups = EnumSet.noneOf(MarginalisedGroup.class);
        for (String part : LIST_SEPARATOR.split(text)) {
            if (part.isBlank() || key(part).equals("none")) {
                continue;
            }
            Optional<MarginalisedGroup> whole = constant(MarginalisedGroup.class, part, GROUP_WORDS);
            if (whole.isPresent()) {
                groups.add(whole.get());
                continue;
            }
            for (String word : part.strip().split("\\s+")) {
                Optional<MarginalisedGroup> one = constant(MarginalisedGroup.class, word, GROUP_WORDS);
                if (one.isEmpty()) {
                    return Optional.empty();
                }
                groups.add(one.get());
            }
        }
        return Optional.of(groups);
    }

    /** Digits only, and at most the last nine: {@code +254 712 345678} and {@code 0712345678} are one number. */
    public static String phoneKey(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        return digits.length() > 9 ? digits.substring(digits.length() - 9) : digits;
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text, Map<String, E> words) {
        String word = key(text);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> key(constant.name()).equals(word))
                .findFirst()
                .or(() -> Optional.ofNullable(words.get(word)));
    }

    /** Lower-case letters and digits only: {@code Small-producer}, {@code small_producer} and {@code SMALL PRODUCER} agree. */
    static String key(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
