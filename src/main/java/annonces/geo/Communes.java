package annonces.geo;

import annonces.system.InvalidInputException;
import io.micronaut.context.annotation.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The French communes, postcodes, départements and régions, held in memory: about 35,000
 * communes, small enough that a lookup table beats a database round trip on every listing
 * write, and read-only, so one instance is shared by everybody.
 *
 * <p>Plain code may simply call {@code new Communes()}: the bean needs nothing from the
 * application context. Names are folded for comparison only when a postcode is looked up
 * (a few dozen communes at most), not for all 35,000 at start-up, which keeps loading
 * to parsing the files.
 */
@Context // loaded at start, not on the first ad posted
public class Communes {

    static final String POSTCODE_FIELD = "location.postcode";
    static final String CITY_FIELD = "location.city";

    private static final String RESOURCES = "/geo/";
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");
    /** How many communes an error message names before it just counts the rest. */
    private static final int LISTED_IN_MESSAGES = 5;
    private static final int MAX_ECHOED_INPUT = 60;

    private final Map<String, Department> departments;
    private final Map<String, Region> regions;
    private final Map<String, String> regionOfDepartment;
    private final Map<String, Commune> communes;
    private final List<Commune> communeList;
    private final Map<String, List<Candidate>> byPostcode;

    /**
     * A commune as one of its postcodes knows it. La Poste labels are per postcode
     * (Saint-Denis de La Réunion is "SAINTE CLOTILDE" at 97490 only); aliases are the
     * commune's former or parent names, valid at all its postcodes.
     */
    private record Candidate(Commune commune, List<String> deliveryLabels, List<String> aliases) {
    }

    /** Loads the reference files shipped under {@code /geo/} on the classpath. */
    public Communes() {
        Map<String, Region> regionsByCode = new LinkedHashMap<>();
        for (String[] row : readTsv("regions.tsv", 2)) {
            regionsByCode.put(row[0], new Region(row[0], row[1]));
        }
        Map<String, Department> departmentsByCode = new LinkedHashMap<>();
        Map<String, String> departmentRegions = new HashMap<>();
        for (String[] row : readTsv("departments.tsv", 3)) {
            departmentsByCode.put(row[0], new Department(row[0], row[1]));
            departmentRegions.put(row[0], row[2]);
        }
        this.regions = Collections.unmodifiableMap(regionsByCode);
        this.departments = Collections.unmodifiableMap(departmentsByCode);
        this.regionOfDepartment = Map.copyOf(departmentRegions);

        Map<String, Commune> communesByCode = new LinkedHashMap<>(50_000);
        Map<String, List<Candidate>> candidates = new HashMap<>(10_000);
        for (String[] row : readTsv("communes.tsv.gz", 8)) {
            Commune commune = new Commune(row[0], row[1], split(row[5]), row[2], row[3],
                    row[4].isEmpty() ? 0 : Integer.parseInt(row[4]));
            if (!departments.containsKey(commune.departmentCode()) || !regions.containsKey(commune.regionCode())) {
                throw new IllegalStateException("reference data: commune " + commune.inseeCode()
                        + " has an unknown department or region");
            }
            communesByCode.put(commune.inseeCode(), commune);
            List<String> aliases = split(row[7]);
            Map<String, List<String>> labels = labelsByPostcode(row[6]);
            for (String postcode : commune.postcodes()) {
                candidates.computeIfAbsent(postcode, p -> new ArrayList<>(2))
                        .add(new Candidate(commune, labels.getOrDefault(postcode, List.of()), aliases));
            }
        }
        this.communes = Collections.unmodifiableMap(communesByCode);
        this.communeList = List.copyOf(communesByCode.values());
        // The lists stay private to this class: wrapping the map is enough to keep them unchanged.
        this.byPostcode = Collections.unmodifiableMap(candidates);
    }

    /**
     * Checks that the postcode is a real French one and the city one of its communes, and
     * answers the canonical location. The city may be null or blank when the postcode serves
     * a single commune.
     *
     * @throws InvalidInputException on {@code location.postcode} when the postcode is missing,
     *                               malformed or unknown, on {@code location.city} when the city
     *                               is missing or not one of the postcode's communes
     */
    public Location resolve(String postcode, String city) {
        String code = postcode == null ? "" : postcode.strip();
        if (code.isEmpty()) {
            throw new InvalidInputException(POSTCODE_FIELD, "a postcode is required");
        }
        if (!FIVE_DIGITS.matcher(code).matches()) {
            throw new InvalidInputException(POSTCODE_FIELD,
                    quote(code) + " is not a French postcode: it must have 5 digits");
        }
        List<Candidate> served = byPostcode.get(code);
        if (served == null) {
            throw new InvalidInputException(POSTCODE_FIELD, code + " is not a French postcode");
        }
        if (city == null || city.isBlank()) {
            if (served.size() == 1) {
                return locationOf(served.get(0).commune(), code);
            }
            throw new InvalidInputException(CITY_FIELD,
                    "a city is required: postcode " + code + " serves " + served.size()
                            + " communes " + listed(served));
        }
        Commune match = bestMatch(code, city, served);
        if (match == null) {
            throw new InvalidInputException(CITY_FIELD,
                    quote(city) + " is not a commune of postcode " + code + " " + listed(served));
        }
        return locationOf(match, code);
    }

    /** Whether La Poste delivers this postcode (to at least one commune). */
    public boolean isPostcode(String code) {
        return code != null && byPostcode.containsKey(code);
    }

    /** The location of a commune at its main postcode, for code that starts from the data. */
    public Location locationOf(Commune commune) {
        return locationOf(commune, commune.postcode());
    }

    public Optional<Department> department(String code) {
        return Optional.ofNullable(code == null ? null : departments.get(code));
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(code == null ? null : regions.get(code));
    }

    /** The region a department belongs to, for filters that widen a department to its region. */
    public Optional<Region> regionOf(Department department) {
        return region(regionOfDepartment.get(department.code()));
    }

    /** In INSEE order: metropolitan 01 to 95 (2A, 2B after 29), then overseas. */
    public List<Department> departments() {
        return List.copyOf(departments.values());
    }

    /** In INSEE order: overseas regions 01 to 06, metropolitan 11 to 94, then the pseudo-regions 975 to 989. */
    public List<Region> regions() {
        return List.copyOf(regions.values());
    }

    public Optional<Commune> commune(String inseeCode) {
        return Optional.ofNullable(inseeCode == null ? null : communes.get(inseeCode));
    }

    /** Every commune that has a postcode, in INSEE code order. */
    public List<Commune> communes() {
        return communeList;
    }

    private Location locationOf(Commune commune, String postcode) {
        return new Location(postcode, commune.name(), commune.inseeCode(),
                departments.get(commune.departmentCode()), regions.get(commune.regionCode()));
    }

    /**
     * The official name (or arrondissement spelling) wins over labels and aliases, because
     * those may name another commune: Boulogne-Billancourt has streets served as "75016 PARIS".
     */
    private static Commune bestMatch(String postcode, String city, List<Candidate> served) {
        String typed = CityNames.fold(city);
        String typedArrondissement = CityNames.arrondissementKey(typed);
        List<Commune> byName = new ArrayList<>(1);
        List<Commune> byOtherName = new ArrayList<>(1);
        for (Candidate candidate : served) {
            String name = CityNames.fold(candidate.commune().name());
            if (name.equals(typed)
                    || typedArrondissement != null && typedArrondissement.equals(arrondissementKey(name))) {
                byName.add(candidate.commune());
            } else if (anyFoldsTo(candidate.deliveryLabels(), typed) || anyFoldsTo(candidate.aliases(), typed)) {
                byOtherName.add(candidate.commune());
            }
        }
        List<Commune> matches = byName.isEmpty() ? byOtherName : byName;
        return matches.stream().min(preferredFor(postcode)).orElse(null);
    }

    private static boolean anyFoldsTo(List<String> names, String folded) {
        for (String name : names) {
            if (CityNames.fold(name).equals(folded)) {
                return true;
            }
        }
        return false;
    }

    /** INSEE names arrondissements "Paris 12e Arrondissement"; no other commune name ends that way. */
    private static String arrondissementKey(String foldedName) {
        return foldedName.endsWith(" arrondissement") ? CityNames.arrondissementKey(foldedName) : null;
    }

    /**
     * Ties are rare but real: "Marseille" at 13012 names three arrondissements, and two
     * communes called Thièvres share 62760. Prefer the arrondissement the postcode is
     * numbered after, then a commune of the postcode's own department, then the larger.
     */
    private static Comparator<Commune> preferredFor(String postcode) {
        int suffix = Integer.parseInt(postcode.substring(3));
        String departmentPrefix = postcode.startsWith("97") || postcode.startsWith("98")
                ? postcode.substring(0, 3) : postcode.substring(0, 2);
        Comparator<Commune> byArrondissement = Comparator.comparing(commune ->
                CityNames.arrondissementNumber(arrondissementKey(CityNames.fold(commune.name()))) != suffix);
        Comparator<Commune> byDepartment = Comparator.comparing(commune -> !inDepartment(commune, departmentPrefix));
        return byArrondissement.thenComparing(byDepartment)
                .thenComparing(Commune::population, Comparator.reverseOrder());
    }

    private static boolean inDepartment(Commune commune, String postcodePrefix) {
        String department = commune.departmentCode();
        return department.equals(postcodePrefix) || "20".equals(postcodePrefix) && department.startsWith("2");
    }

    private static String listed(List<Candidate> served) {
        List<String> names = served.stream()
                .map(Candidate::commune)
                .sorted(Comparator.comparingInt(Commune::population).reversed().thenComparing(Commune::name))
                .map(Commune::name)
                .toList();
        String shown = String.join(", ", names.subList(0, Math.min(LISTED_IN_MESSAGES, names.size())));
        int more = names.size() - LISTED_IN_MESSAGES;
        return "(" + shown + (more > 0 ? " and " + more + " more" : "") + ")";
    }

    /** Echoes user input in a message without letting it run long or carry control characters. */
    private static String quote(String input) {
        String printable = input.strip().replaceAll("\\p{Cntrl}", " ");
        return "\"" + (printable.length() > MAX_ECHOED_INPUT
                ? printable.substring(0, MAX_ECHOED_INPUT) + "…" : printable) + "\"";
    }

    private static List<String> split(String list) {
        if (list.isEmpty()) {
            return List.of();
        }
        return list.indexOf('|') < 0 ? List.of(list) : List.of(list.split("\\|"));
    }

    /** "75016:PARIS 16|75116:PARIS 16" → {75016=[PARIS 16], 75116=[PARIS 16]}. */
    private static Map<String, List<String>> labelsByPostcode(String column) {
        if (column.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> labels = new HashMap<>();
        for (String entry : column.split("\\|")) {
            int colon = entry.indexOf(':');
            labels.computeIfAbsent(entry.substring(0, colon), p -> new ArrayList<>(1)).add(entry.substring(colon + 1));
        }
        return labels;
    }

    /**
     * Rows of a tab-separated resource, header lines (starting with '#') skipped. The whole
     * file is inflated and decoded at once and cut with indexOf: several times faster on a
     * cold JVM than a Reader line by line, and the start-up budget is a few hundred ms.
     */
    private static List<String[]> readTsv(String name, int columns) {
        String text;
        try (InputStream raw = Communes.class.getResourceAsStream(RESOURCES + name)) {
            if (raw == null) {
                throw new IllegalStateException("reference data missing from the classpath: " + RESOURCES + name);
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + RESOURCES + name, e);
        }
        List<String[]> rows = new ArrayList<>(text.length() / 30);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start && text.charAt(start) != '#') {
                rows.add(fields(text, start, end, columns, name));
            }
            start = end + 1;
        }
        return rows;
    }

    private static String[] fields(String text, int start, int end, int columns, String name) {
        String[] row = new String[columns];
        int from = start;
        for (int i = 0; i < columns; i++) {
            int tab = text.indexOf('\t', from);
            if (i == columns - 1 && (tab < 0 || tab > end)) {
                tab = end;
            } else if (tab < 0 || tab > end || i == columns - 1) {
                throw new IllegalStateException("reference data " + name + ": expected " + columns
                        + " columns in " + text.substring(start, end));
            }
            row[i] = text.substring(from, tab);
            from = tab + 1;
        }
        return row;
    }
}
