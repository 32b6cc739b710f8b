import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Deterministic generator of press releases of the genre, for load and scale benchmarks: N articles with varied
 * partners, officials, titles, date formats, memoranda and phrasing. The same seed gives the same bytes.
 * Usage: java bench/GenerateCorpus.java N OUT_DIR [SEED]
 */
public class GenerateCorpus {
    record Partner(String name, String shortName, String adjective, List<String> cities, List<String[]> officials) {}

    static final List<Partner> PARTNERS = List.of(
            new Partner("Japan", "Japan", "Japanese", List.of("Tokyo", "Osaka", "Hiroshima"), List.of(
                    new String[] {"Taro Kono", "Minister for Digital Transformation"},
                    new String[] {"Takeaki Matsumoto", "Minister of Internal Affairs and Communications"},
                    new String[] {"Hana Sato", "Parliamentary Vice-Minister of Economy, Trade and Industry"})),
            new Partner("the Republic of Korea", "Korea", "Korean", List.of("Seoul", "Busan"), List.of(
                    new String[] {"LEE Jong-ho", "Minister of Science and ICT"},
                    new String[] {"PARK Min-jun", "Second Vice Minister of Science and ICT"})),
            new Partner("Singapore", "Singapore", "Singaporean", List.of("Singapore"), List.of(
                    new String[] {"Josephine Teo", "Minister for Digital Development and Information"},
                    new String[] {"Tan Kiat How", "Senior Minister of State for Digital Development and Information"})),
            new Partner("Canada", "Canada", "Canadian", List.of("Ottawa", "Montréal", "Toronto"), List.of(
                    new String[] {"François-Philippe Champagne", "Minister of Innovation, Science and Industry"},
                    new String[] {"Mary Ng", "Minister of Export Promotion, International Trade and Economic Development"})));
    static final List<String[]> EU_OFFICIALS = List.of(
            new String[] {"Thierry Breton", "Commissioner for Internal Market"},
            new String[] {"Henna Virkkunen", "Executive Vice-President for Tech Sovereignty, Security and Democracy"},
            new String[] {"Margrethe Vestager", "Executive Vice-President for a Europe Fit for the Digital Age"});
    static final List<String> TOPICS = List.of("artificial intelligence", "semiconductors", "5G and 6G", "quantum technologies",
            "high-performance computing", "submarine cables", "digital identity", "trust services", "cybersecurity",
            "online platforms", "data flows", "digital trade", "online safety", "global connectivity");
    static final List<String> INSTRUMENTS = List.of("Memorandum of Cooperation", "Memorandum of Understanding", "Administrative Arrangement");
    static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
    static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ENGLISH));

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261127L;
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            Partner p = PARTNERS.get(r.nextInt(PARTNERS.size()));
            int ordinal = 1 + r.nextInt(ORDINALS.size());
            LocalDate date = LocalDate.of(2022, 1, 10).plusDays(ordinal * 120L + PARTNERS.indexOf(p) * 17L);
            String city = ordinal % 2 == 1 ? p.cities().get(ordinal % p.cities().size()) : "Brussels";
            String[] eu = EU_OFFICIALS.get(ordinal % EU_OFFICIALS.size());
            String[] them = p.officials().get(r.nextInt(p.officials().size()));
            StringBuilder t = new StringBuilder();
            t.append(pick(r, "EU and %s hold %s Digital Partnership Council", "%2$s: the EU and %1$s meet for the %2$s Digital Partnership Council")
                    .formatted(p.shortName(), ORDINALS.get(ordinal - 1))).append('\n');
            String when = date.format(FORMATS.get(r.nextInt(FORMATS.size())));
            t.append(pick(r, "The European Union and %s held the %s EU-%s Digital Partnership Council in %s on %s.",
                    "On %5$s, the EU and %1$s held their %2$s Digital Partnership Council in %4$s.")
                    .formatted(p.name(), ORDINALS.get(ordinal - 1), p.shortName(), city, when)).append(' ');
            t.append(pick(r, "The Council was co-chaired by %s, %s, and by %s, %s's %s.",
                    "%1$s, the European Commission's %2$s, co-chaired the meeting with %3$s, the %6$s %5$s.")
                    .formatted(eu[0], eu[1], them[0], p.shortName(), them[1], p.adjective())).append('\n');
            List<String> topics = List.of(TOPICS.get(r.nextInt(TOPICS.size())), TOPICS.get(r.nextInt(TOPICS.size())), TOPICS.get(r.nextInt(TOPICS.size())));
            t.append("The two sides agreed to deepen cooperation on %s, %s and %s.".formatted(topics.get(0), topics.get(1), topics.get(2))).append('\n');
            int memoranda = r.nextInt(3);
            for (int m = 0; m < memoranda; m++) {
                String instrument = INSTRUMENTS.get(r.nextInt(INSTRUMENTS.size()));
                String topic = TOPICS.get(r.nextInt(TOPICS.size()));
                t.append(switch (r.nextInt(3)) {
                    case 0 -> "The European Commission and %s signed a %s on %s.".formatted(p.name(), instrument, topic);
                    case 1 -> "Both sides are preparing an %s on %s.".formatted(instrument.toLowerCase(Locale.ROOT), topic);
                    default -> "They intend to conclude a %s on %s.".formatted(instrument, topic);
                }).append('\n');
            }
            if (r.nextBoolean())
                t.append("The next Digital Partnership Council will take place in %s in %d.".formatted(
                        ordinal % 2 == 1 ? "Brussels" : p.cities().get(0), date.getYear() + 1)).append('\n');
            String name = String.format("gen-%05d-eu-%s-dpc%d", i, p.shortName().toLowerCase(Locale.ROOT), ordinal);
            Files.writeString(out.resolve(name + ".txt"), t.toString(), StandardCharsets.UTF_8);
            if (i % 2 == 0)
                Files.writeString(out.resolve(name + ".meta.json"), "{\"title\": \"%s\", \"published\": \"%s\", \"language\": \"en\"}\n"
                        .formatted(t.substring(0, t.indexOf("\n")).replace("\"", "'"), date), StandardCharsets.UTF_8);
        }
        System.out.println("Wrote " + n + " articles to " + out);
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
