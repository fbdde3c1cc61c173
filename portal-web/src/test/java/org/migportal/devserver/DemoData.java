package org.migportal.devserver;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;

/**
 * The demo programme, built from the guidance's own examples: poultry forums around Lake Victoria
 * in Kenya (access to finance, market information, knowledge and skills), the Kassala Livestock
 * Forum and hibiscus in Sudan, coir in Sri Lanka, and Nepal's vegetables, ginger and dairy.
 *
 * <p>Loaded by the start command into an empty database after Flyway has built the schema; the
 * portal itself never seeds data. A fixed random seed makes every load the same, so tests can
 * rely on it.
 */
public final class DemoData {

    private record CountryDef(String iso, String name, String region, String currency, int youthMin, int youthMax,
            String level, List<String> districts, List<String> women, List<String> men, List<String> families) {
    }

    private record ForumDef(String code, String name, String district, String marketSystem, String vision,
            String changeArea, String status, LocalDate established, String place, String frequency,
            int members, String lessons) {
    }

    private static final List<CountryDef> COUNTRIES = List.of(
            new CountryDef("KE", "Kenya", "EA", "KES", 18, 35, "COUNTY",
                    List.of("Kisumu", "Homa Bay", "Siaya", "Migori", "Busia"),
                    List.of("Akinyi", "Achieng", "Wanjiru", "Atieno", "Nafula", "Awino", "Chebet", "Adhiambo", "Moraa", "Auma"),
                    List.of("Otieno", "Odhiambo", "Omondi", "Ochieng", "Kamau", "Wafula", "Onyango", "Owino", "Mutua", "Kiprotich"),
                    List.of("Ouma", "Okoth", "Owuor", "Oduor", "Kamau", "Njoroge", "Wekesa", "Barasa", "Opiyo", "Nyongesa", "Were", "Omolo")),
            new CountryDef("SD", "Sudan", "EA", "SDG", 15, 30, "STATE",
                    List.of("Kassala", "Gedaref", "North Kordofan"),
                    List.of("Amina", "Fatima", "Hawa", "Maryam", "Khadija", "Zeinab", "Aisha", "Nafisa", "Samia", "Halima"),
                    List.of("Ahmed", "Mohamed", "Osman", "Ibrahim", "Hassan", "Abdalla", "Yousif", "Omer", "Mustafa", "Adam"),
                    List.of("Osman", "Idris", "Hamid", "Ali", "Musa", "Babiker", "Elamin", "Abdelrahman", "Suleiman", "Taha", "Ahmed", "Bakri")),
            new CountryDef("LK", "Sri Lanka", "SA", "LKR", 15, 29, "DISTRICT",
                    List.of("Puttalam", "Kurunegala", "Gampaha"),
                    List.of("Nirmala", "Kumari", "Chamari", "Dilani", "Sanduni", "Malini", "Anoma", "Shanthi", "Ishara", "Nadeesha"),
                    List.of("Sunil", "Nimal", "Ruwan", "Kamal", "Chaminda", "Pradeep", "Asanka", "Lasantha", "Mahesh", "Tharindu"),
                    List.of("Perera", "Fernando", "Silva", "Jayasinghe", "Wickramasinghe", "Bandara", "Dissanayake", "Herath", "Rajapaksha", "Gunawardena")),
            new CountryDef("NP", "Nepal", "SA", "NPR", 16, 40, "DISTRICT",
                    List.of("Kavrepalanchok", "Dhading", "Makwanpur"),
                    List.of("Sita", "Gita", "Sunita", "Kamala", "Sarita", "Laxmi", "Radha", "Anita", "Bimala", "Parbati"),
                    List.of("Ram", "Hari", "Krishna", "Bikash", "Suresh", "Dipak", "Prakash", "Rajesh", "Binod", "Santosh"),
                    List.of("Shrestha", "Tamang", "Thapa", "Gurung", "Adhikari", "Magar", "Rai", "Poudel", "Karki", "Lama")));

    private static final List<ForumDef> FORUMS = List.of(
            new ForumDef("KE-KSM-FIN", "Lake Victoria poultry: access to finance", "Kisumu", "Poultry",
                    "Small poultry producers can borrow on terms that fit their production cycle, so they can expand flocks and buy feed in bulk.",
                    "SUPPORTING_SERVICES", "ACTIVE", LocalDate.of(2024, 3, 14), "Kisumu Agricultural Training Centre", "MONTHLY", 32, null),
            new ForumDef("KE-KSM-MKT", "Lake Victoria poultry: market information", "Kisumu", "Poultry",
                    "Producers, traders and hotels share reliable prices and demand, so producers sell at fair prices all year.",
                    "CORE_MARKET_CHAIN", "ACTIVE", LocalDate.of(2024, 3, 14), "Kisumu County offices", "MONTHLY", 27, null),
            new ForumDef("KE-HMB-SKL", "Homa Bay poultry: knowledge and skills", "Homa Bay", "Poultry",
                    "Producers can reach vaccination, feed formulation and housing advice from agro-vets and the county.",
                    "SUPPORTING_SERVICES", "RE_ENERGISING", LocalDate.of(2024, 4, 2), "Homa Bay ATC", "BIMONTHLY", 19, null),
            new ForumDef("KE-SYA-FSH", "Siaya fish traders forum", "Siaya", "Fish",
                    "Women fish traders get cold storage at the beaches and fair access to the catch.",
                    "CORE_MARKET_CHAIN", "PROPOSED", null, "Usenge beach", null, 0, null),
            new ForumDef("KE-MGR-DRY", "Migori dairy forum", "Migori", "Dairy",
                    "Milk quality is rewarded by processors through a grading and payment system.",
                    "CORE_MARKET_CHAIN", "DORMANT", LocalDate.of(2023, 6, 20), "Migori town hall", "QUARTERLY", 14, null),
            new ForumDef("SD-KSL-LVS", "Kassala Livestock Forum", "Kassala", "Livestock",
                    "Livestock moves across state borders without double taxation, and export barriers are removed.",
                    "ENABLING_ENVIRONMENT", "ACTIVE", LocalDate.of(2019, 10, 5), "Kassala Chamber of Commerce", "MONTHLY", 35, null),
            new ForumDef("SD-KSL-HIB", "Kassala hibiscus forum", "Kassala", "Hibiscus",
                    "Hibiscus growers sell graded produce to exporters under fair, written agreements.",
                    "CORE_MARKET_CHAIN", "ACTIVE", LocalDate.of(2021, 2, 11), "Kassala Ministry of Agriculture", "MONTHLY", 24, null),
            new ForumDef("SD-GDF-HIB", "Gedaref hibiscus producers and exporters", "Gedaref", "Hibiscus",
                    "Quality seed and post-harvest handling reach women growers in Gedaref.",
                    "SUPPORTING_SERVICES", "PROPOSED", null, "Gedaref", null, 0, null),
            new ForumDef("SD-NKD-GUM", "North Kordofan gum arabic forum", "North Kordofan", "Gum arabic",
                    "Collectors get a fair share of export prices for gum arabic.",
                    "ENABLING_ENVIRONMENT", "CLOSED", LocalDate.of(2018, 5, 1), "El Obeid", "QUARTERLY", 12,
                    "The forum was set up at national level and was too far from the collectors; meetings in El Obeid drew traders but few collectors. Start at state level and hold meetings where collectors are."),
            new ForumDef("LK-PTL-COIR", "Puttalam coir forum", "Puttalam", "Coir",
                    "Coir fibre millers and rope makers meet export quality and get paid for it.",
                    "CORE_MARKET_CHAIN", "ACTIVE", LocalDate.of(2020, 8, 19), "Puttalam Divisional Secretariat", "MONTHLY", 28, null),
            new ForumDef("LK-KRN-COIR", "Kurunegala coir fibre forum", "Kurunegala", "Coir",
                    "Small mills have access to affordable decorticating machinery and maintenance.",
                    "SUPPORTING_SERVICES", "ACTIVE", LocalDate.of(2021, 1, 25), "Kurunegala Coconut Development Office", "BIMONTHLY", 21, null),
            new ForumDef("LK-GMP-FRT", "Gampaha fruit growers forum", "Gampaha", "Fruit",
                    "Growers reach supermarket chains with consistent volumes.",
                    "CORE_MARKET_CHAIN", "DORMANT", LocalDate.of(2022, 9, 7), "Gampaha", "QUARTERLY", 11, null),
            new ForumDef("NP-KVR-VEG", "Kavre off-season vegetable forum", "Kavrepalanchok", "Vegetables",
                    "Off-season vegetable growers sell to Kathmandu wholesalers through collection centres they run.",
                    "CORE_MARKET_CHAIN", "ACTIVE", LocalDate.of(2022, 4, 10), "Banepa collection centre", "MONTHLY", 26, null),
            new ForumDef("NP-DHD-GIN", "Dhading ginger forum", "Dhading", "Ginger",
                    "Ginger growers meet export standards for rhizome rot and washing.",
                    "ENABLING_ENVIRONMENT", "ACTIVE", LocalDate.of(2023, 1, 16), "Dhading Besi", "MONTHLY", 18, null),
            new ForumDef("NP-MKW-DRY", "Makwanpur dairy forum", "Makwanpur", "Dairy",
                    "Smallholder dairy farmers get chilling centres and fair milk pricing.",
                    "SUPPORTING_SERVICES", "RE_ENERGISING", LocalDate.of(2022, 11, 3), "Hetauda", "BIMONTHLY", 15, null));

    /** Actor names per type, with {d} for a district; the country's own actors come first. */
    private static final Map<String, List<String>> ACTOR_NAMES = Map.of(
            "SMALL_PRODUCER", List.of("{d} Producers Co-operative", "{d} Women Farmers Group", "{d} Youth Agripreneurs", "{d} Smallholders Association"),
            "TRADER", List.of("{d} Traders Union", "{d} Market Traders", "{d} Aggregators Ltd"),
            "PROCESSOR", List.of("{d} Processing Ltd", "{d} Value Addition Centre"),
            "INPUT_SUPPLIER", List.of("{d} Agro-vet Supplies", "{d} Feeds and Seeds"),
            "LARGE_BUSINESS", List.of("{d} Exporters Ltd", "National Processors ({d})"),
            "GOVERNMENT", List.of("{d} Department of Agriculture", "{d} Department of Trade"),
            "RESEARCH", List.of("{d} Agricultural Research Station"),
            "NGO", List.of("Practical Action ({d})", "{d} Community Development Trust"),
            "FINANCIAL_SERVICE", List.of("{d} Savings and Credit Co-operative", "{d} Microfinance Bank"),
            "ASSOCIATION", List.of("{d} Chamber of Commerce"));

    /** How often each actor type appears among a forum's members: producers and traders dominate. */
    private static final List<String> ACTOR_MIX = List.of(
            "SMALL_PRODUCER", "SMALL_PRODUCER", "SMALL_PRODUCER", "SMALL_PRODUCER", "SMALL_PRODUCER",
            "TRADER", "TRADER", "TRADER", "PROCESSOR", "PROCESSOR", "INPUT_SUPPLIER", "INPUT_SUPPLIER",
            "LARGE_BUSINESS", "GOVERNMENT", "GOVERNMENT", "RESEARCH", "NGO", "FINANCIAL_SERVICE", "ASSOCIATION");

    private static final List<String> MARGINALISED = List.of("DISABILITY", "ETHNIC_MINORITY", "INDIGENOUS",
            "DISPLACED", "LANDLESS", "LOW_LITERACY");

    private DemoData() {
    }

    /** Loads the demo programme if the database has no regions yet; true if it loaded. */
    public static boolean loadIfEmpty(DataSource dataSource) throws SQLException {
        try (Connection db = dataSource.getConnection()) {
            try (ResultSet rs = db.createStatement().executeQuery("SELECT count(*) FROM region")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return false;
                }
            }
            db.setAutoCommit(false);
            try {
                // The audit trail records these rows as the demo data's, not an unknown database user's.
                try (var tag = db.createStatement()) {
                    tag.execute("SELECT set_config('portal.user', 'demo-data', true)");
                }
                new Loader(db).load();
                db.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        }
    }

    /** A member's seat in a forum, as the meetings' attendance needs it. */
    private record Seat(long memberId, String role, LocalDate joined, LocalDate left) {

        boolean seatedOn(LocalDate day) {
            return !joined.isAfter(day) && (left == null || left.isAfter(day));
        }
    }

    /**
     * A year of meetings for the forums that meet (active and re-energising), up to a few days ago: monthly
     * (every other month when re-energising), with attendance, a few commitments each (the older ones kept,
     * renegotiated, broken or still open and overdue), a workshop, and one reflection meeting of the Kisumu
     * finance forum with its sections and adaptations. Dates follow today, so that "overdue" and "the last
     * twelve months" always have something to show; a random generator of its own leaves the rest as it was.
     */
    private static final class Meetings {

        private static final List<String> MINUTES = List.of(
                "The chair welcomed members and the county livestock officer. Members reported on sales since the last meeting; prices held steady but feed costs rose again.",
                "Members reviewed the loan product the SACCO proposed. Several producers said the repayment schedule does not match the 8-week broiler cycle.",
                "The coordinator reported back from the meeting with the county trade office. Members agreed to prepare a short note on the market fees at the main market.",
                "Two new members were welcomed. Members shared experiences with the vaccination campaign and agreed who will follow up with the agro-vets.",
                "Members discussed bulk buying of feed. A quote from the feed miller was read out; members want a second quote before deciding.");
        private static final List<String> DECISIONS = List.of(
                "Ask the SACCO for a repayment holiday during the first six weeks of a cycle.",
                "Prepare a joint note on market fees for the county trade office.",
                "Collect orders for bulk feed purchase by the next meeting.",
                "Invite the bank's agricultural desk to the next meeting.",
                "Share prices weekly in the members' group.");
        private static final List<String> PROMISES = List.of(
                "Collect feed orders from the producers in my village",
                "Ask the SACCO manager for the revised loan terms in writing",
                "Draft the note on market fees and share it with the chair",
                "Get a second quote from the feed miller in Kisumu",
                "Visit the two members who missed the last meetings",
                "Bring the county's vaccination schedule to the next meeting",
                "Share this week's prices in the group every Friday");

        private final Loader loader;
        private final LocalDate today;
        private final Random random = new Random(20_261_122);

        Meetings(Loader loader, LocalDate today) {
            this.loader = loader;
            this.today = today;
        }

        void load(Map<Long, ForumDef> forums) throws SQLException {
            for (Map.Entry<Long, ForumDef> forum : forums.entrySet()) {
                ForumDef f = forum.getValue();
                boolean active = "ACTIVE".equals(f.status());
                if ((active || "RE_ENERGISING".equals(f.status())) && f.members() > 0) {
                    meetings(forum.getKey(), f, active ? 1 : 2);
                }
            }
        }

        private void meetings(long forumId, ForumDef f, int everyMonths) throws SQLException {
            List<Seat> seats = loader.seats.get(forumId);
            // The Homa Bay forum stopped meeting four months ago: the demo's forum that needs attention (forum health).
            int lastMonthsAgo = "KE-HMB-SKL".equals(f.code()) ? 4 : 0;
            for (int monthsAgo = 12 - everyMonths; monthsAgo >= lastMonthsAgo; monthsAgo -= everyMonths) {
                LocalDate day = today.minusMonths(monthsAgo).minusDays(3 + random.nextInt(5));
                String kind = "KE-KSM-FIN".equals(f.code()) && monthsAgo == 2 ? "REFLECTION"
                        : "KE-KSM-MKT".equals(f.code()) && monthsAgo == 5 ? "WORKSHOP" : "REGULAR";
                List<Seat> listed = seats.stream().filter(seat -> seat.seatedOn(day)).toList();
                long meetingId = loader.insert("""
                        INSERT INTO meeting (forum_id, kind, held_on, starts_at, place, chaired_by_id, minutes_by_id,
                            minutes, decisions, external_guests) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        forumId, kind, Loader.date(day), Time.valueOf(LocalTime.of(10, 0)), f.place(),
                        holder(listed, "CHAIR"), holder(listed, "SECRETARY"),
                        "REFLECTION".equals(kind) ? "Reflection on the last six months, facilitated by the country office."
                                : MINUTES.get(random.nextInt(MINUTES.size())),
                        DECISIONS.get(random.nextInt(DECISIONS.size())),
                        random.nextInt(4) == 0 ? "County livestock officer; loan officer of the local SACCO" : null);
                for (Seat seat : listed) {
                    int draw = random.nextInt(100);
                    String status = draw < 72 ? "PRESENT" : draw < 85 ? "APOLOGIES" : "ABSENT";
                    loader.execute("INSERT INTO attendance (meeting_id, member_id, status) VALUES (?, ?, ?)",
                            meetingId, seat.memberId(), status);
                }
                for (int c = 0; c < 2 && !listed.isEmpty(); c++) {
                    commitment(meetingId, day, listed.get(random.nextInt(listed.size())));
                }
                if ("REFLECTION".equals(kind)) {
                    reflection(meetingId, day);
                }
            }
        }

        private void commitment(long meetingId, LocalDate day, Seat seat) throws SQLException {
            LocalDate due = day.plusDays(21 + random.nextInt(20));
            String status = "OPEN";
            LocalDate changed = null;
            LocalDate dueNow = due;
            if (due.isBefore(today)) {
                int draw = random.nextInt(100);
                status = draw < 58 ? "KEPT" : draw < 68 ? "RENEGOTIATED" : draw < 78 ? "NOT_POSSIBLE" : draw < 84 ? "BROKEN" : "OPEN";
                changed = "OPEN".equals(status) ? null : due.minusDays(2);
                if ("RENEGOTIATED".equals(status)) {
                    dueNow = due.plusDays(30);
                }
            }
            loader.execute("""
                    INSERT INTO commitment (meeting_id, member_id, description, due_on, first_due_on, status,
                        status_changed_on, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    meetingId, seat.memberId(), PROMISES.get(random.nextInt(PROMISES.size())), Loader.date(dueNow),
                    Loader.date(due), status, Loader.date(changed),
                    "NOT_POSSIBLE".equals(status) ? "Told the chair in time: the SACCO manager was on leave." : null);
        }

        private void reflection(long meetingId, LocalDate day) throws SQLException {
            loader.execute("""
                    UPDATE meeting SET reviewed_from = ?, reviewed_to = ?, progress = ?, what_happened = ?,
                        unexpected_positive = ?, unexpected_negative = ?, market_map = ?, market_map_notes = ?,
                        root_causes = ?, lessons = ? WHERE id = ?""",
                    Loader.date(day.minusMonths(6)), Loader.date(day),
                    "Milestone 1 (a loan product for poultry producers proposed to two SACCOs) reached. "
                            + "Milestone 2 (20 producers borrowing) not yet: 7 so far.",
                    "The SACCO in Kisumu agreed to a trial product after members showed their flock records; the second "
                            + "SACCO waited to see results. Producers with records were the ones who got loans.",
                    "The county started a feed subsidy pilot and asked the forum to name producers for it.",
                    "Feed prices rose by a third, and two members lost flocks to Newcastle disease.",
                    "PARTLY_CHANGED",
                    "Feed millers now sell on credit to traders: the map misses this new link.",
                    "Few producers keep records, so lenders cannot judge them; the repayment schedule ignores the production cycle.",
                    "Lenders move when they see records. Start with the easiest lender and let results convince the next.",
                    meetingId);
            loader.execute("INSERT INTO adaptation (meeting_id, description, status) VALUES (?, ?, ?)", meetingId,
                    "Add record-keeping training for members before the next loan round.", "IN_PLAN");
            loader.execute("INSERT INTO adaptation (meeting_id, description, status) VALUES (?, ?, ?)", meetingId,
                    "Revisit the market map with the feed millers at the next workshop.", "AGREED");
        }

        private static Long holder(List<Seat> listed, String role) {
            return listed.stream().filter(seat -> seat.role().equals(role)).map(Seat::memberId).findFirst().orElse(null);
        }
    }

    private static final class Loader {

        private final Connection db;
        private final Map<String, Long> regions = new HashMap<>();
        private final Map<String, Long> countries = new HashMap<>();
        private final Map<String, Long> districts = new HashMap<>();
        private final Map<String, CountryDef> countryOfDistrict = new HashMap<>();
        private final Map<String, Long> actors = new HashMap<>();
        private final Random random = new Random(20_240_312);
        /** Each forum's seats, for its meetings' attendance. */
        private final Map<Long, List<Seat>> seats = new HashMap<>();

        Loader(Connection db) {
            this.db = db;
        }

        void load() throws SQLException {
            regions.put("EA", insert("INSERT INTO region (code, name) VALUES (?, ?)", "EA", "East Africa"));
            regions.put("SA", insert("INSERT INTO region (code, name) VALUES (?, ?)", "SA", "South Asia"));
            for (CountryDef c : COUNTRIES) {
                long countryId = insert("""
                        INSERT INTO country (iso_code, name, region_id, currency_code, youth_min_age, youth_max_age)
                        VALUES (?, ?, ?, ?, ?, ?)""", c.iso(), c.name(), regions.get(c.region()), c.currency(),
                        c.youthMin(), c.youthMax());
                countries.put(c.iso(), countryId);
                for (String d : c.districts()) {
                    districts.put(d, insert("INSERT INTO district (country_id, name, level) VALUES (?, ?, ?)",
                            countryId, d, c.level()));
                    countryOfDistrict.put(d, c);
                }
            }
            Map<Long, ForumDef> forums = new LinkedHashMap<>();
            for (ForumDef f : FORUMS) {
                forums.put(forum(f), f);
            }
            new WorkshopAndLogDemo(db).load();
            new Meetings(this, LocalDate.now()).load(forums);
            new WorkPlanDemo(db, LocalDate.now()).load();
            new ScheduleDemo(db).load(LocalDate.now());
            new OutcomeAndSupportDemo(db, LocalDate.now()).load();
            new HealthDemo(db).load();
        }

        private long forum(ForumDef f) throws SQLException {
            CountryDef country = countryOfDistrict.get(f.district());
            LocalDate statusChanged = f.established() == null ? LocalDate.of(2026, 9, 1)
                    : f.established().plusMonths("ACTIVE".equals(f.status()) ? 0 : 20);
            long forumId = insert("""
                    INSERT INTO forum (code, name, district_id, market_system, vision, change_area, established_on,
                        meeting_place, meeting_frequency, status, status_changed_on, lessons_learned)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", f.code(), f.name(), districts.get(f.district()),
                    f.marketSystem(), f.vision(), f.changeArea(), date(f.established()), f.place(), f.frequency(),
                    f.status(), date(statusChanged), f.lessons());
            for (int i = 0; i < f.members(); i++) {
                String role = switch (i) {
                    case 0 -> "CHAIR";
                    case 1 -> "COORDINATOR";
                    case 2 -> "SECRETARY";
                    case 3 -> "TREASURER";
                    case 4 -> "VICE_CHAIR";
                    default -> "MEMBER";
                };
                long memberId = "KE-KSM-FIN".equals(f.code()) && i == 2
                        ? member(country, f.district(), "SMALL_PRODUCER", "Otieno", "Ouma", "MALE", 1990)
                        : randomMember(country, f.district(), i);
                seat(forumId, memberId, role, f, i);
            }
            return forumId;
        }

        private long randomMember(CountryDef country, String district, int index) throws SQLException {
            String actorType = index < 2 ? pick(List.of("SMALL_PRODUCER", "TRADER", "NGO")) : pick(ACTOR_MIX);
            boolean woman = random.nextInt(100) < 46;
            String given = pick(woman ? country.women() : country.men());
            String family = pick(country.families());
            int age = random.nextInt(100) < 38
                    ? country.youthMin() + random.nextInt(country.youthMax() - country.youthMin() + 1)
                    : country.youthMax() + 1 + random.nextInt(30);
            Integer birthYear = random.nextInt(100) < 6 ? null : 2026 - age;
            return member(country, district, actorType, given, family, woman ? "FEMALE" : "MALE", birthYear);
        }

        private long member(CountryDef country, String district, String actorType, String given, String family,
                String sex, Integer birthYear) throws SQLException {
            long actorId = actor(country, district, actorType);
            boolean consent = random.nextInt(100) < 92;
            String phone = consent && random.nextBoolean() ? "+" + (100 + random.nextInt(899)) + " 7"
                    + (10_000_000 + random.nextInt(89_999_999)) : null;
            long memberId = insert("""
                    INSERT INTO member (country_id, actor_id, given_name, family_name, sex, birth_year, phone,
                        consent_given, consent_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    countries.get(country.iso()), actorId, given, family, sex, birthYear, phone, consent,
                    consent ? date(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(600))) : null);
            if (random.nextInt(100) < 14) {
                execute("INSERT INTO member_marginalisation (member_id, grp) VALUES (?, ?)", memberId, pick(MARGINALISED));
            }
            return memberId;
        }

        /** One actor per type and district name variant, reused by the members who represent it. */
        private long actor(CountryDef country, String district, String actorType) throws SQLException {
            String name = pick(ACTOR_NAMES.get(actorType)).replace("{d}", district);
            String key = country.iso() + "|" + name;
            Long existing = actors.get(key);
            if (existing != null) {
                return existing;
            }
            long id = insert("INSERT INTO market_actor (country_id, district_id, name, actor_type) VALUES (?, ?, ?, ?)",
                    countries.get(country.iso()), districts.get(district), name, actorType);
            actors.put(key, id);
            return id;
        }

        private void seat(long forumId, long memberId, String role, ForumDef f, int index) throws SQLException {
            LocalDate joined = f.established().plusDays(index < 5 ? 0 : random.nextInt(500));
            if (joined.isAfter(LocalDate.of(2026, 10, 1))) {
                joined = LocalDate.of(2026, 10, 1);
            }
            boolean left = "CLOSED".equals(f.status()) || (index >= 5 && random.nextInt(100) < 10);
            LocalDate leftOn = left ? joined.plusDays(120 + random.nextInt(300)) : null;
            if (leftOn != null && leftOn.isAfter(LocalDate.of(2026, 10, 31))) {
                leftOn = LocalDate.of(2026, 10, 31);
            }
            seats.computeIfAbsent(forumId, id -> new ArrayList<>()).add(new Seat(memberId, role, joined, leftOn));
            String selection = index < 5 ? "ELECTED" : pick(List.of("ELECTED", "NOMINATED", "VOLUNTEERED", "VOLUNTEERED"));
            boolean contributes = index < 5 || random.nextInt(100) < 35;
            execute("""
                    INSERT INTO membership (forum_id, member_id, role, selection, joined_on, left_on,
                        contribution_hours, contribution_money, contribution_in_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    forumId, memberId, role, selection, date(joined), date(leftOn),
                    contributes ? BigDecimal.valueOf(2 + random.nextInt(14)) : null,
                    contributes && random.nextBoolean() ? BigDecimal.valueOf(500L * (1 + random.nextInt(20))) : null,
                    contributes && random.nextInt(4) == 0 ? pick(List.of("Meeting room", "Transport for members",
                            "Refreshments at meetings", "Printing of minutes")) : null);
        }

        private void execute(String sql, Object... values) throws SQLException {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                bind(statement, values);
                statement.executeUpdate();
            }
        }

        private static void bind(PreparedStatement statement, Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
        }

        private long insert(String sql, Object... values) throws SQLException {
            try (PreparedStatement statement = db.prepareStatement(sql, new String[] {"id"})) {
                bind(statement, values);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    return keys.next() ? keys.getLong(1) : 0;
                }
            }
        }

        private static Date date(LocalDate day) {
            return day == null ? null : Date.valueOf(day);
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }
    }
}
