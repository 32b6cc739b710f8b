package eu.digitalpartnership.kg.extract.lexicon;

import eu.digitalpartnership.kg.extract.text.Folding;
import eu.digitalpartnership.kg.extract.text.Gazetteer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.SKOS;

/** The lexicons under {@code lexicon/} and the topic scheme, loaded once into gazetteers. */
public final class Lexicons {
    public record PartnerEntry(String key, String label, String shortLabel, List<String> aliases, List<String> demonyms,
                        String wikidata, String country) {
        public boolean isEu() { return key.equals(EU); }
    }
    /** A named body; standaloneOnly: named only where it stands alone ("ASEAN", not "EU-ASEAN Joint Guide" or "ASEAN Model Clauses"). */
    public record BodyEntry(String label, List<String> aliases, String partnerKey, String wikidata, boolean standaloneOnly) {}
    /** The status of an initiative created by this verb ("launched" for "launches"), or the verb itself when unlisted. */
    public String initiativeStatus(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        return initiativeStatuses.entrySet().stream().filter(e -> v.startsWith(e.getKey()))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue).orElse(v);
    }

    public record RoleEntry(String label, String kind, String side) {}

    /** The plural of a title whose head ends it ("Executive Vice-Presidents", "Secretaries"), or null. */
    public static String plural(String title) {
        if (title.matches(".*\\s(?:of|for|to|and|on|in|at)\\s.*") || !title.matches(".*\\p{Ll}") || title.endsWith("s")) return null;
        return title.matches(".*[^aeiou]y") ? title.substring(0, title.length() - 1) + "ies" : title + "s";
    }
    /**
     * A city or country. {@code country}: the label of a city's country; {@code code}: a country's ISO 3166 alpha-3
     * code; {@code geonames}: a city's GeoNames id; {@code listed}: from the hand-made list (verified ids).
     */
    public record PlaceEntry(String label, String kind, String country, String wikidata, String code, String geonames,
                             long population, boolean listed) {
        /** True for a city. */
        public boolean isCity() { return kind.equals("city"); }
    }
    public record InstrumentEntry(String label, String type) {}
    public record NamedInitiative(String label, String type) {}
    public record TopicEntry(String slug, String label) {}
    public record InitiativeHead(String head, String type) {}

    public static final String EU = "european-union";

    public final Map<String, PartnerEntry> partnersByKey = new HashMap<>();
    public final Gazetteer<PartnerEntry> partners = new Gazetteer<>();
    public final Gazetteer<PartnerEntry> demonyms = new Gazetteer<>();
    public final Gazetteer<BodyEntry> bodies = new Gazetteer<>();
    public final Gazetteer<RoleEntry> roles = new Gazetteer<>();
    public final Gazetteer<PlaceEntry> places = Gazetteer.accentFolded();
    public final Map<String, PlaceEntry> placesByLabel = new HashMap<>();
    /** Capitals named by description ("Belgian capital"), from {@code lexicon/capitals.tsv}. */
    public final Gazetteer<PlaceEntry> capitals = new Gazetteer<>();
    /** Abbreviations that open a place name and are never a place alone ("St", "Mt"). */
    public final Set<String> placeAbbreviations = new java.util.HashSet<>();
    /** Cities whose name keeps a following "City" (folded: "quebec", "mexico"); lexicon/city-in-name.txt. */
    public final Set<String> cityInName = new java.util.HashSet<>();
    /** Cues before a council mention that make it a future meeting ("to be signed at the fifth council"). */
    public final List<String> councilFutureCues = new ArrayList<>();
    /** Headings of page furniture, lower case: lists of links to other pages ("Related links", "See also"). */
    public final Set<String> furnitureHeadings = new HashSet<>();
    /** Names and aliases of related bodies (a Trade and Technology Council, a Joint Committee), each to its label. */
    public final Map<String, String> relatedBodies = new HashMap<>();
    /** Words that end an instrument's topic ("here", "when", ", its"). */
    public final List<String> instrumentTopicStops = new ArrayList<>();
    public final Map<String, PlaceEntry> countries = new HashMap<>();
    public final Gazetteer<InstrumentEntry> instruments = new Gazetteer<>();
    /** The instruments' labels in lower case ("memorandum of understanding", "mou"): a title that is one of them names no instrument. */
    public final Set<String> instrumentLabels = new HashSet<>();
    public final Gazetteer<NamedInitiative> namedInitiatives = new Gazetteer<>();
    public final Gazetteer<NamedInitiative> genericInitiatives = new Gazetteer<>();
    public final Gazetteer<TopicEntry> topics = new Gazetteer<>();
    public final List<InitiativeHead> initiativeHeads = new ArrayList<>();
    public final Gazetteer<String> honorifics = new Gazetteer<>();
    public final Set<String> notNames = new HashSet<>();
    public final Set<String> roleModifiers = new HashSet<>();
    public final Set<String> titleStops = new HashSet<>();
    /** Lower-case words that end a title written in lower case ("who", "said"). */
    public final Set<String> titleTailStops = new HashSet<>();
    /** Words that never open a generic initiative as its modifier ("expand joint research", "jointly study"). */
    public final Set<String> initiativeModifierStops = new HashSet<>();
    /** Initiative statuses by the start of the verb that creates the initiative, from {@code lexicon/initiative-statuses.tsv}. */
    public final Map<String, String> initiativeStatuses = new HashMap<>();
    /** Last words of a venue's name ("Convention Centre", "Post Office"): no organisation. */
    public final List<String> venueHeads = new ArrayList<>();
    /** Last words of an internal unit's name, and the generic words that may stand before them (lexicon/unit-names.tsv). */
    public final Set<String> unitHeads = new HashSet<>(), unitWords = new HashSet<>();
    public final Map<String, Integer> ordinals = new HashMap<>();
    /** Words the lexicons write in capitals ("EU", "MSIT", "HPC"): acronyms, kept when a line in capitals is read in ordinary case. */
    public final Set<String> acronyms = new HashSet<>();
    /** Verified Wikidata QIDs of officials ({@code people.tsv}), by the person's name slug. */
    public final Map<String, String> personWikidata = new HashMap<>();
    /** Topic labels that name no topic inside a body's name ({@code topic-labels-not-in-names.txt}), lower case. */
    public final Set<String> topicLabelsNotInNames = new HashSet<>();
    /** The partner key of office holders whose side is known ({@code office-holders.tsv}), by the person's name slug. */
    public final Map<String, String> officeHolderSide = new HashMap<>();

    private static volatile Lexicons standard;

    /** The lexicons shipped on the classpath. */
    public static Lexicons standard() {
        if (standard == null) {
            synchronized (Lexicons.class) {
                if (standard == null) standard = new Lexicons();
            }
        }
        return standard;
    }

    private Lexicons() {
        for (String[] r : table("partners.tsv")) {
            PartnerEntry p = new PartnerEntry(r[0], r[1], r[2], list(r[3]), list(r[4]), blank(r[5]), blank(r[6]));
            partnersByKey.put(p.key(), p);
            partners.add(p.label(), p);
            p.aliases().forEach(a -> partners.add(a, p));
            p.demonyms().forEach(d -> demonyms.add(d, p));
        }
        for (String[] r : table("bodies.tsv")) {
            BodyEntry b = new BodyEntry(r[0], list(r[1]), blank(r[2]), blank(r[3]), r.length > 4 && "standalone".equals(r[4].strip()));
            bodies.add(b.label(), b);
            b.aliases().forEach(a -> bodies.add(a, b));
        }
        for (String[] r : rows("people.tsv")) personWikidata.put(eu.digitalpartnership.kg.model.Slugs.nameSlug(r[0]), r[1]);
        for (String[] r : table("office-holders.tsv")) officeHolderSide.put(eu.digitalpartnership.kg.model.Slugs.nameSlug(r[0]), r[1]);
        for (String[] r : table("roles.tsv")) {
            RoleEntry role = new RoleEntry(r[0], r[1], blank(r[2]));
            roles.add(r[0], role);
            String plural = plural(r[0]);
            if (plural != null) roles.add(plural, role);
        }
        loadCapitals(loadPlaces());
        Map<String, String> canonical = new HashMap<>();
        for (String[] r : table("instruments.tsv")) {
            canonical.putIfAbsent(r[1], r[0]);
            instruments.add(r[0], new InstrumentEntry(canonical.get(r[1]), r[1]));
            instrumentLabels.add(r[0].toLowerCase(Locale.ROOT));
        }
        for (String[] r : table("legislation.tsv")) {
            NamedInitiative n = new NamedInitiative(r[0], r[2]);
            namedInitiatives.add(n.label(), n);
            list(r[1]).forEach(a -> namedInitiatives.add(a, n));
        }
        for (String[] r : table("generic-initiatives.tsv")) genericInitiatives.add(r[0], new NamedInitiative(r[0], r[1]));
        for (String[] r : rows("initiative-heads.tsv")) initiativeHeads.add(new InitiativeHead(r[0], r[1]));
        for (String[] r : rows("ordinals.tsv")) ordinals.put(r[0].toLowerCase(Locale.ROOT), Integer.parseInt(r[1]));
        for (String[] r : rows("honorifics.txt")) honorifics.add(r[0], r[0]);
        for (String[] r : rows("not-names.txt")) notNames.add(r[0].toLowerCase(Locale.ROOT));
        for (String[] r : rows("role-modifiers.txt")) roleModifiers.add(r[0]);
        for (String[] r : rows("title-stops.txt")) titleStops.add(r[0].toLowerCase(Locale.ROOT));
        for (String[] r : rows("title-tail-stops.txt")) titleTailStops.add(r[0].toLowerCase(Locale.ROOT));
        for (String[] r : rows("initiative-modifier-stops.txt")) initiativeModifierStops.add(r[0].toLowerCase(Locale.ROOT));
        for (String[] r : rows("initiative-statuses.tsv")) initiativeStatuses.put(r[0], r[1]);
        for (String[] r : rows("venue-heads.txt")) venueHeads.add(r[0].toLowerCase(Locale.ROOT));
        for (String[] r : table("unit-names.tsv")) (r[0].equals("head") ? unitHeads : unitWords).add(r[1].toLowerCase(Locale.ROOT));
        Set<String> stop = new HashSet<>();
        for (String[] r : rows("place-abbreviations.txt")) placeAbbreviations.add(r[0]);
        for (String[] r : rows("city-in-name.txt")) cityInName.add(r[0]);
        for (String[] r : rows("instrument-topic-stops.txt")) instrumentTopicStops.add(r[0].toLowerCase(Locale.ROOT));
        for (String[] r : table("related-bodies.tsv")) {
            relatedBodies.put(r[0], r[0]);
            for (String alias : r[1].split("\\|")) if (!alias.isBlank()) relatedBodies.put(alias.strip(), r[0]);
        }
        for (String[] r : rows("council-future-cues.txt")) councilFutureCues.add(r[0].toLowerCase(Locale.ROOT));
        for (String[] r : rows("furniture-headings.txt")) furnitureHeadings.add(r[0].toLowerCase(Locale.ROOT));
        for (String[] r : rows("topic-stop-labels.txt")) stop.add(r[0].toLowerCase(Locale.ROOT));
        for (String[] r : rows("topic-labels-not-in-names.txt")) topicLabelsNotInNames.add(r[0].toLowerCase(Locale.ROOT));
        loadTopics(stop);
        for (String name : ACRONYM_SOURCES) for (String[] r : table(name)) for (String cell : r) noteAcronyms(cell);
        tables.clear();
    }

    /** The lexicons read while the lexicons are built, each once: their names are read again for acronyms. */
    private final Map<String, List<String[]>> tables = new HashMap<>();

    private List<String[]> table(String name) {
        return tables.computeIfAbsent(name, Lexicons::rows);
    }

    /** The lexicons whose names give the acronyms a text in capitals keeps ("EU", "MSIT", "HPC"). */
    private static final List<String> ACRONYM_SOURCES = List.of("partners.tsv", "bodies.tsv", "roles.tsv", "instruments.tsv",
            "legislation.tsv", "related-bodies.tsv", "generic-initiatives.tsv", "unit-names.tsv");
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\b\\p{Lu}[\\p{Lu}\\d]{1,9}\\b");

    private void noteAcronyms(String label) {
        for (java.util.regex.Matcher m = ACRONYM.matcher(label); m.find(); ) acronyms.add(m.group());
    }

    /** The partner with this key, or null. */
    public PartnerEntry partner(String key) { return partnersByKey.get(key); }

    /**
     * Countries of ISO 3166 and GeoNames cities, merged with the hand-made list: a listed country keeps its label and
     * Wikidata id and gains the ISO names; a listed city gains the GeoNames id of the city of that name and country.
     */
    private Map<String, PlaceEntry> loadPlaces() {
        Map<String, PlaceEntry> cityByNameAndCountry = new HashMap<>();
        Map<String, String> alpha2ToLabel = new HashMap<>();
        Map<String, String> labelToAlpha2 = new HashMap<>();
        List<String[]> hand = rows("places.tsv");
        Map<String, String[]> handCountries = new HashMap<>();
        for (String[] r : hand) if (r[1].equals("country") && !r[5].isEmpty()) handCountries.put(r[5], r);
        for (String[] r : rows("countries.tsv")) {
            String[] h = handCountries.remove(r[1]);
            String label = h != null ? h[0] : r[2];
            PlaceEntry p = new PlaceEntry(label, "country", null, h == null ? null : blank(h[3]), r[1], null, 0, h != null);
            countries.put(label, p);
            alpha2ToLabel.put(r[0], label);
            List<String> names = new ArrayList<>(List.of(label, r[2]));
            names.addAll(list(r[3]));
            if (h != null) names.addAll(list(h[4]));
            for (String n : names) {
                places.add(n, p);
                labelToAlpha2.put(Folding.fold(n), r[0]);
            }
        }
        Map<String, PlaceEntry> listedCities = new HashMap<>();
        List<String[]> handCities = hand.stream().filter(r -> r[1].equals("city")).toList();
        Map<String, String> geonamesOf = new HashMap<>();
        List<String[]> cities = rows("cities.tsv");
        Map<String, String> geonamesName = new HashMap<>();
        for (String[] c : cities) {
            geonamesOf.putIfAbsent(Folding.fold(c[1]) + "/" + c[3], c[0]);
            geonamesName.putIfAbsent(c[0], c[1]);
        }
        for (String[] r : handCities) {
            String a2 = labelToAlpha2.get(Folding.fold(r[2]));
            String id = a2 == null ? null : geonamesOf.get(Folding.fold(r[0]) + "/" + a2);
            // the GeoNames name when it differs from the hand-typed one only by its accents ("Montréal", not "Montreal")
            String label = id != null && geonamesName.get(id).length() == r[0].length() ? geonamesName.get(id) : r[0];
            PlaceEntry p = new PlaceEntry(label, "city", blank(r[2]), blank(r[3]), null, id, 0, true);
            places.add(p.label(), p);
            if (!label.equals(r[0])) {
                places.add(r[0], p);
                placesByLabel.put(r[0], p);
            }
            list(r[4]).forEach(a -> places.add(a, p));
            placesByLabel.put(p.label(), p);
            if (id != null) listedCities.put(id, p);
            if (a2 != null) cityByNameAndCountry.put(Folding.fold(p.label()) + "/" + a2, p);
        }
        for (String[] c : cities) {
            if (listedCities.containsKey(c[0])) continue;
            String country = alpha2ToLabel.get(c[3]);
            if (country == null) continue;
            PlaceEntry p = new PlaceEntry(c[1], "city", country, null, null, c[0], Long.parseLong(c[5]), false);
            places.add(p.label(), p);
            cityByNameAndCountry.merge(Folding.fold(p.label()) + "/" + c[3], p, (x, y) -> x.population() >= y.population() ? x : y);
            for (String a : c[2].split(",")) if (a.strip().length() > 2) places.add(a.strip(), p);
        }
        return cityByNameAndCountry;
    }

    /** The capitals of {@code lexicon/capitals.tsv}, each found among the cities by folded name and country code. */
    private void loadCapitals(Map<String, PlaceEntry> cityByNameAndCountry) {
        for (String[] r : rows("capitals.tsv")) {
            PlaceEntry city = cityByNameAndCountry.get(Folding.fold(r[1]) + "/" + r[2]);
            if (city == null) throw new IllegalStateException("lexicon/capitals.tsv: no city " + r[1] + " in " + r[2]);
            capitals.add(r[0], city);
        }
    }

    private void loadTopics(Set<String> stop) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = resource("/ontology/topics.ttl")) {
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        m.listStatements(null, SKOS.prefLabel, (org.apache.jena.rdf.model.RDFNode) null).forEach(pref -> {
            String iri = pref.getSubject().getURI();
            TopicEntry t = new TopicEntry(iri.substring(iri.lastIndexOf('/') + 1), pref.getString());
            for (var p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel))
                for (Statement s : m.listStatements(pref.getSubject(), p, (org.apache.jena.rdf.model.RDFNode) null).toList())
                    if (!stop.contains(s.getString().toLowerCase(Locale.ROOT))) {
                        topics.add(s.getString(), t);
                        noteAcronyms(s.getString());
                    }
        });
    }

    private static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = resource("/lexicon/" + name);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = name.endsWith(".tsv");
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] cells = line.split("\t", -1);
                String[] padded = Arrays.copyOf(cells, Math.max(cells.length, 8));
                for (int i = 0; i < padded.length; i++) padded[i] = padded[i] == null ? "" : padded[i].strip();
                out.add(padded);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static InputStream resource(String path) {
        InputStream in = Lexicons.class.getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("Missing resource on the classpath: " + path);
        return in;
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blank(String cell) { return cell.isBlank() ? null : cell; }
}
