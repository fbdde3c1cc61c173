package org.migportal.memberimport.control;

import static org.migportal.memberimport.boundary.ImportColumn.ACTOR_NAME;
import static org.migportal.memberimport.boundary.ImportColumn.ACTOR_TYPE;
import static org.migportal.memberimport.boundary.ImportColumn.BIRTH_YEAR;
import static org.migportal.memberimport.boundary.ImportColumn.CONSENT;
import static org.migportal.memberimport.boundary.ImportColumn.CONSENT_DATE;
import static org.migportal.memberimport.boundary.ImportColumn.DISTRICT;
import static org.migportal.memberimport.boundary.ImportColumn.EMAIL;
import static org.migportal.memberimport.boundary.ImportColumn.FAMILY_NAME;
import static org.migportal.memberimport.boundary.ImportColumn.FORUM_CODE;
import static org.migportal.memberimport.boundary.ImportColumn.GIVEN_NAME;
import static org.migportal.memberimport.boundary.ImportColumn.JOINED_ON;
import static org.migportal.memberimport.boundary.ImportColumn.MARGINALISED;
import static org.migportal.memberimport.boundary.ImportColumn.PHONE;
import static org.migportal.memberimport.boundary.ImportColumn.ROLE;
import static org.migportal.memberimport.boundary.ImportColumn.SELECTION;
import static org.migportal.memberimport.boundary.ImportColumn.SEX;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.entity.Country;
import org.migportal.geography.entity.District;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarginalisedGroup;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.SelectionMethod;
import org.migportal.member.entity.Sex;
import org.migportal.memberimport.boundary.ImportColumn;
import org.migportal.memberimport.boundary.ImportLine;
import org.migportal.memberimport.boundary.ImportTable;
import org.migportal.memberimport.boundary.PreviewRow;
import org.migportal.memberimport.boundary.RowProblem;

/**
 * Checks every row of an import against the file's other rows and the country's records: required
 * values, values the portal knows, dates, actors and their types, districts, forums and their
 * one-person roles, and duplicates of registered members (same name and actor, or same phone) and
 * of earlier rows. What the rows refer to is loaded in a few batched queries, not row by row.
 */
@Dependent
public class ImportChecks {

    /** Batches of values for an IN list. */
    private static final int BATCH = 500;
    private static final int MIN_PHONE_DIGITS = 7;

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    public List<CheckedRow> check(Country country, ImportTable table) {
        Known known = new Known(country, table.lines());
        InFile seen = new InFile();
        return table.lines().stream().map(line -> check(line, known, seen)).toList();
    }

    /** What the file's rows refer to, loaded once per check. */
    private final class Known {

        final Country country;
        final Map<String, MarketActor> actors;
        final Map<String, District> districts;
        final Map<String, Forum> forums;
        final Map<String, String> roleHolders = new HashMap<>();
        final Map<String, String> namedMembers = new HashMap<>();
        final Map<String, String> phoneOwners = new HashMap<>();

        Known(Country country, List<ImportLine> lines) {
            this.country = country;
            actors = batched(values(lines, ACTOR_NAME, ImportChecks::lower), names -> em.createQuery("""
                            SELECT a FROM MarketActor a WHERE a.country = :country AND LOWER(a.name) IN :names""",
                            MarketActor.class)
                    .setParameter("country", country).setParameter("names", names).getResultList())
                    .stream().collect(Collectors.toMap(a -> lower(a.getName()), a -> a, (a, b) -> a));
            districts = em.createNamedQuery(District.FIND_BY_COUNTRY, District.class)
                    .setParameter("isoCode", country.getIsoCode())
                    .getResultStream().collect(Collectors.toMap(d -> lower(d.getName()), d -> d, (a, b) -> a));
            forums = batched(values(lines, FORUM_CODE, ImportChecks::upper), codes -> em.createQuery(
                            "SELECT f FROM Forum f JOIN FETCH f.district d JOIN FETCH d.country WHERE f.code IN :codes",
                            Forum.class)
                    .setParameter("codes", codes).getResultList())
                    .stream().collect(Collectors.toMap(Forum::getCode, f -> f));
            if (!forums.isEmpty()) {
                em.createQuery("""
                                SELECT ms.forum.code, ms.role, m.givenName, m.familyName FROM Membership ms JOIN ms.member m
                                WHERE ms.forum.code IN :codes AND ms.leftOn IS NULL AND ms.role IN :roles""", Object[].class)
                        .setParameter("codes", forums.keySet())
                        .setParameter("roles", EnumSet.of(MembershipRole.CHAIR, MembershipRole.COORDINATOR))
                        .getResultList()
                        .forEach(r -> roleHolders.put(r[0] + "|" + r[1], r[2] + " " + r[3]));
            }
            batched(values(lines, FAMILY_NAME, ImportChecks::lower), families -> em.createQuery("""
                            SELECT m.givenName, m.familyName, a.name FROM Member m JOIN m.actor a
                            WHERE m.country = :country AND LOWER(m.familyName) IN :families""", Object[].class)
                    .setParameter("country", country).setParameter("families", families).getResultList())
                    .forEach(r -> namedMembers.put(personKey((String) r[0], (String) r[1], (String) r[2]),
                            r[0] + " " + r[1] + " (" + r[2] + ")"));
            Set<String> phones = values(lines, PHONE, ImportValues::phoneKey).stream()
                    .filter(key -> key.length() >= MIN_PHONE_DIGITS).collect(Collectors.toSet());
            batched(phones, keys -> em.createNativeQuery("""
                            SELECT right(regexp_replace(phone, '[^0-9]', '', 'g'), 9), given_name, family_name FROM member
                            WHERE country_id = ?1 AND right(regexp_replace(phone, '[^0-9]', '', 'g'), 9)
                                  = ANY (string_to_array(?2, ','))""")
                    .setParameter(1, country.getId())
                    .setParameter(2, String.join(",", keys))
                    .getResultList())
                    .forEach(r -> {
                        Object[] row = (Object[]) r;
                        phoneOwners.putIfAbsent((String) row[0], row[1] + " " + row[2]);
                    });
        }
    }

    /** What earlier rows of the file said. */
    private static final class InFile {
        final Map<String, Integer> people = new HashMap<>();
        final Map<String, Integer> phones = new HashMap<>();
        final Map<String, ActorType> newActorTypes = new HashMap<>();
        final Map<String, Integer> newActorLines = new HashMap<>();
        final Map<String, Integer> roles = new HashMap<>();
    }

    private CheckedRow check(ImportLine line, Known known, InFile seen) {
        List<RowProblem> problems = new ArrayList<>();
        String given = text(line, GIVEN_NAME, Member.NAME_LENGTH, true, problems);
        String family = text(line, FAMILY_NAME, Member.NAME_LENGTH, true, problems);
        Sex sex = required(line, SEX, ImportValues::sex, "sex", problems);
        Integer birthYear = optional(line, BIRTH_YEAR, ImportValues::year, "birthYear", problems);
        int thisYear = Year.now().getValue();
        if (birthYear != null && (birthYear < 1900 || birthYear > thisYear)) {
            problems.add(RowProblem.of(BIRTH_YEAR, "birthYear", line.value(BIRTH_YEAR), thisYear));
            birthYear = null;
        }
        String phone = text(line, PHONE, Member.PHONE_LENGTH, false, problems);
        String email = text(line, EMAIL, Member.EMAIL_LENGTH, false, problems);
        if (email != null && !validator.validateValue(Member.class, "email", email).isEmpty()) {
            problems.add(RowProblem.of(EMAIL, "email", email));
        }
        Boolean consent = optional(line, CONSENT, ImportValues::yesNo, "consent", problems);
        LocalDate consentDate = pastDate(line, CONSENT_DATE, problems);
        if (consentDate != null && Boolean.FALSE.equals(consent)) {
            problems.add(RowProblem.of(CONSENT_DATE, "consentDateWithoutConsent"));
        }
        Set<MarginalisedGroup> groups = Optional.ofNullable(
                optional(line, MARGINALISED, ImportValues::groups, "marginalised", problems))
                .orElse(Set.of());

        String actorName = text(line, ACTOR_NAME, MarketActor.NAME_LENGTH, true, problems);
        ActorType actorType = optional(line, ACTOR_TYPE, ImportValues::actorType, "actorType", problems);
        MarketActor actor = actorName == null ? null : known.actors.get(lower(actorName));
        District district = null;
        if (line.value(DISTRICT) != null) {
            district = known.districts.get(lower(line.value(DISTRICT)));
            if (district == null) {
                problems.add(RowProblem.of(DISTRICT, "district", line.value(DISTRICT), known.country.getName()));
            }
        }
        if (actor != null && actorType != null && actor.getActorType() != actorType) {
            problems.add(RowProblem.of(ACTOR_TYPE, "actorTypeDiffers", actor.getName(), actor.getActorType(), actorType));
        }
        if (actor == null && actorName != null) {
            actorType = newActorType(line, actorName, actorType, seen, problems);
        }

        Forum forum = forum(line, known, problems);
        MembershipRole role = optional(line, ROLE, ImportValues::role, "role", problems);
        SelectionMethod selection = optional(line, SELECTION, ImportValues::selection, "selection", problems);
        LocalDate joinedOn = pastDate(line, JOINED_ON, problems);
        if (line.value(FORUM_CODE) == null) {
            for (ImportColumn seat : List.of(ROLE, SELECTION, JOINED_ON)) {
                if (line.value(seat) != null) {
                    problems.add(RowProblem.of(seat, "withoutForum", seat.header()));
                }
            }
        }
        if (forum != null && role != null) {
            roleFree(line, forum, role, known, seen, problems);
        }
        duplicates(line, given, family, actor, phone, known, seen, problems);

        PreviewRow preview = new PreviewRow(line.number(), line.value(GIVEN_NAME), line.value(FAMILY_NAME), sex,
                line.value(ACTOR_NAME), actor != null ? actor.getActorType() : actorType, actor == null,
                line.value(FORUM_CODE), role, problems);
        if (!problems.isEmpty()) {
            return new CheckedRow(preview, null);
        }
        boolean consented = Boolean.TRUE.equals(consent) || (consent == null && consentDate != null);
        return new CheckedRow(preview, new MemberDraft(given, family, sex, birthYear, phone, email, consented,
                consentDate, groups, actor, actorName, actorType, district, forum,
                role == null ? MembershipRole.MEMBER : role,
                selection == null ? SelectionMethod.VOLUNTEERED : selection,
                joinedOn == null ? LocalDate.now() : joinedOn));
    }

    /** The type of an actor the import creates: this row's, or an earlier row's for the same actor. */
    private static ActorType newActorType(ImportLine line, String actorName, ActorType actorType, InFile seen,
            List<RowProblem> problems) {
        String key = lower(actorName);
        if (actorType == null) {
            if (line.value(ACTOR_TYPE) == null && !seen.newActorTypes.containsKey(key)) {
                problems.add(RowProblem.of(ACTOR_TYPE, "actorTypeMissing", actorName));
            }
            return seen.newActorTypes.get(key);
        }
        ActorType earlier = seen.newActorTypes.putIfAbsent(key, actorType);
        seen.newActorLines.putIfAbsent(key, line.number());
        if (earlier != null && earlier != actorType) {
            problems.add(RowProblem.of(ACTOR_TYPE, "actorTypeInFile", actorName, seen.newActorLines.get(key), earlier));
        }
        return actorType;
    }

    private static Forum forum(ImportLine line, Known known, List<RowProblem> problems) {
        String code = line.value(FORUM_CODE);
        if (code == null) {
            return null;
        }
        Forum forum = known.forums.get(upper(code));
        if (forum == null || !forum.getCountry().equals(known.country)) {
            problems.add(RowProblem.of(FORUM_CODE, "forum", code, known.country.getName()));
            return null;
        }
        if (forum.isClosed()) {
            problems.add(RowProblem.of(FORUM_CODE, "forumClosed", forum.getCode()));
            return null;
        }
        return forum;
    }

    /** A forum has one chairperson and one coordinator at a time. */
    private static void roleFree(ImportLine line, Forum forum, MembershipRole role, Known known, InFile seen,
            List<RowProblem> problems) {
        if (role != MembershipRole.CHAIR && role != MembershipRole.COORDINATOR) {
            return;
        }
        String key = forum.getCode() + "|" + role.name();
        String holder = known.roleHolders.get(key);
        Integer earlier = seen.roles.putIfAbsent(key, line.number());
        if (holder != null) {
            problems.add(RowProblem.of(ROLE, "roleTaken", forum.getCode(), role, holder));
        } else if (earlier != null) {
            problems.add(RowProblem.of(ROLE, "roleTakenInFile", forum.getCode(), role, earlier));
        }
    }

    private static void duplicates(ImportLine line, String given, String family, MarketActor actor, String phone,
            Known known, InFile seen, List<RowProblem> problems) {
        String actorName = line.value(ACTOR_NAME);
        if (given != null && family != null && actorName != null) {
            String person = personKey(given, family, actorName);
            Integer earlier = seen.people.putIfAbsent(person, line.number());
            if (actor != null && known.namedMembers.containsKey(person)) {
                problems.add(RowProblem.of(null, "duplicate", known.namedMembers.get(person)));
            } else if (earlier != null) {
                problems.add(RowProblem.of(null, "duplicateInFile", earlier));
            }
        }
        String phoneKey = ImportValues.phoneKey(phone);
        if (phoneKey.length() >= MIN_PHONE_DIGITS) {
            Integer earlier = seen.phones.putIfAbsent(phoneKey, line.number());
            if (known.phoneOwners.containsKey(phoneKey)) {
                problems.add(RowProblem.of(PHONE, "duplicatePhone", phone, known.phoneOwners.get(phoneKey)));
            } else if (earlier != null) {
                problems.add(RowProblem.of(PHONE, "duplicatePhoneInFile", phone, earlier));
            }
        }
    }

    private static String text(ImportLine line, ImportColumn column, int maxLength, boolean required,
            List<RowProblem> problems) {
        String value = line.value(column);
        if (value == null) {
            if (required) {
                problems.add(RowProblem.of(column, "required", column.header()));
            }
            return null;
        }
        if (value.length() > maxLength) {
            problems.add(RowProblem.of(column, "tooLong", column.header(), maxLength));
            return null;
        }
        return value;
    }

    private static <T> T required(ImportLine line, ImportColumn column, Function<String, Optional<T>> parse,
            String problem, List<RowProblem> problems) {
        if (line.value(column) == null) {
            problems.add(RowProblem.of(column, "required", column.header()));
            return null;
        }
        return optional(line, column, parse, problem, problems);
    }

    private static <T> T optional(ImportLine line, ImportColumn column, Function<String, Optional<T>> parse,
            String problem, List<RowProblem> problems) {
        String value = line.value(column);
        if (value == null) {
            return null;
        }
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            problems.add(RowProblem.of(column, problem, value));
        }
        return parsed.orElse(null);
    }

    private static LocalDate pastDate(ImportLine line, ImportColumn column, List<RowProblem> problems) {
        String value = line.value(column);
        if (value == null) {
            return null;
        }
        Optional<LocalDate> date = ImportValues.date(value);
        if (date.isEmpty()) {
            problems.add(RowProblem.of(column, "date", column.header(), value));
            return null;
        }
        if (date.get().isAfter(LocalDate.now())) {
            problems.add(RowProblem.of(column, "futureDate", column.header(), date.get().toString()));
            return null;
        }
        return date.get();
    }

    private static Set<String> values(List<ImportLine> lines, ImportColumn column, Function<String, String> key) {
        return lines.stream().map(line -> line.value(column)).filter(v -> v != null).map(key)
                .collect(Collectors.toSet());
    }

    private static <T> List<T> batched(Collection<String> values, Function<List<String>, List<T>> query) {
        List<String> all = List.copyOf(values);
        List<T> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + BATCH))));
        }
        return found;
    }

    private static String personKey(String given, String family, String actor) {
        return lower(given) + "|" + lower(family) + "|" + lower(actor);
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static String upper(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }
}
