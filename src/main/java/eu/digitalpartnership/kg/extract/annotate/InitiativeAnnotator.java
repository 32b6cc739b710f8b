package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.Findings;
import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.InitiativeFact;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.InitiativeHead;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.NamedInitiative;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Initiatives: named acts and programmes from the lexicon ("X and Y Acts" counts as two), capitalised names ending
 * in an initiative head (Pact, Process, Wallet, Strategy…), and generic items ("a team of experts", "joint research
 * projects") that a verb of creation or planning governs.
 */
final class InitiativeAnnotator implements Annotator {
    private static final String CAP = "(?:\\p{Lu}[\\p{L}\\p{N}'’-]*|G\\d+|\\p{N}G)";
    private static final Pattern PAIRED_ACTS = Pattern.compile("\\b((?:" + CAP + " ){1,6})and ((?:" + CAP + " ){1,6})Acts\\b");
    private static final Pattern ACTS = Pattern.compile("\\bActs\\b");
    private static final Pattern CREATION = Pattern.compile(
            "\\b(establish\\w*|set up|launch\\w*|creat\\w*|develop\\w*|consider\\w*|explor\\w*|identif\\w*|agree\\w*|start\\w*|form\\w*|intend\\w*|plan\\w*|run|conduct\\w*|carry out|hold|publish\\w*|welcom\\w*|pursue|will|sign\\w*|conclu\\w*|finali[sz]\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "will launch", "intend to set up": the creating verb is still to come. */
    private static final Pattern FUTURE_BEFORE = Pattern.compile("(?i)\\b(?:will|shall|intends?\\s+to|plans?\\s+to|aims?\\s+to)\\s+(?:also\\s+|jointly\\s+)?$");
    private static final Pattern SIGNATURE = Pattern.compile("sign\\w*|conclu\\w*|finali[sz]\\w*");
    private static final Pattern COMPLEMENT = Pattern.compile("^\\s+(?:on|in|for|of|between|under|through|via|linking|connecting|across)\\s+((?:[\\p{L}\\p{N}'’&-]+\\s+){0,7}?[\\p{L}\\p{N}-]+)(?=\\s*[,.;:(]|\\s+(?:and (?:will|to|would|also)|to|which|that|by|from|in \\d{4}|as)\\b|$)");
    private static final java.util.Map<String, Pattern> HEADED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, Pattern> HEADS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, Pattern> HEAD_FIRST = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Set<String> GLUE = Set.of("of", "for", "on", "and", "the", "in", "with");

    private final Lexicons lex;

    InitiativeAnnotator(Lexicons lex) {
        this.lex = lex;
    }

    @Override public Set<Layer<?>> reads() {
        return Set.of(Layers.SENTENCES, Layers.INITIATIVE_HITS, Layers.GENERIC_INITIATIVE_HITS, Layers.PARTIES, Layers.BODY_HITS);
    }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.INITIATIVES); }

    @Override public void annotate(Document doc, Output out) {
        View a = new View(doc);
        List<InitiativeFact> f = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Match<NamedInitiative> m : doc.get(Layers.INITIATIVE_HITS))
            add(f, seen, m.entry().label(), m.entry().type(), null, new Ev(m.span(), "initiative.lexicon"));
        for (var acts : HeadedMatches.find(a.text, ACTS, PAIRED_ACTS)) {
            Span s = new Span(acts.start(), acts.end());
            for (int g = 1; g <= 2; g++) {
                String name = acts.group(g).strip().replaceFirst("^(European|EU) ", "") + " Act";
                add(f, seen, canonical(a, name), "legislation", null, new Ev(s, "initiative.paired-acts"));
            }
        }
        headFirst(a, f, seen);
        headed(a, f, seen);
        generic(a, f, seen);
        // a name read from a heading in capitals ("CALL FOR TENDERS") is too unsure without a lexicon entry
        f.removeIf(x -> !x.ev().rule().equals("initiative.lexicon") && a.softened(x.ev().span()));
        out.put(Layers.INITIATIVES, f);
    }

    private String canonical(View a, String name) {
        List<Match<NamedInitiative>> m = lex.namedInitiatives.find(name);
        return m.size() == 1 && m.get(0).span().length() == name.length() ? m.get(0).entry().label() : name;
    }

    /**
     * Names that open with their head and go on with capitalised words after "on", "for" or "of": "Act on Improving
     * Transparency and Fairness of Specified Digital Platforms", "Working Group on Strategic Technologies, Digital
     * Governance and Digital Connectivity", "Declaration for the Future of the Internet"; capitalised words before the
     * head are kept ("EU Strategy for Cooperation in the Indo-Pacific").
     */
    private void headFirst(View a, List<InitiativeFact> f, Set<String> seen) {
        for (InitiativeHead h : lex.initiativeHeads) {
            if (!Character.isUpperCase(h.head().charAt(0))) continue;
            Pattern p = HEAD_FIRST.computeIfAbsent(h.head(), this::headFirstPattern);
            Pattern head = HEADS.computeIfAbsent(h.head(), x -> Pattern.compile("\\b" + Pattern.quote(x) + "\\b"));
            Matcher hm = head.matcher(a.text);
            while (hm.find()) {
                Matcher m = p.matcher(a.text).region(hm.start(), Math.min(a.text.length(), hm.start() + 300));
                if (!m.lookingAt()) continue;
                int start = capitalsBefore(a.text, m.start());
                Span s = new Span(start, m.end());
                if (titleCaseLine(a, s.start()) || a.get(Layers.BODY_HITS).overlaps(s)) continue;
                String name = s.of(a.text).replaceFirst("^(?:The|This|These|Its|Their|A|An) ", "");
                int cut = s.length() - name.length();
                add(f, seen, name, h.type(), null, new Ev(new Span(s.start() + cut, s.end()), "initiative.head-first"));
            }
        }
    }

    /** The name a head opens: the head, "on", "for" or "of", then capitalised words, never into the head of a next name. */
    private Pattern headFirstPattern(String head) {
        String notHead = "(?!(?:" + String.join("|", lex.initiativeHeads.stream().map(InitiativeHead::head)
                .filter(x -> Character.isUpperCase(x.charAt(0))).map(Pattern::quote).toList()) + ")\\b)";
        return Pattern.compile(Pattern.quote(head) + " (?:on|for|of) (?:the |a |an )?" + CAP
                + "(?:(?:, | (?:and|of|for|the|in|on|to|a) (?:the |a )?| )" + notHead + CAP + "){0,10}");
    }

    /** The start of up to four capitalised words right before the offset, in the same line ("EU" in "EU Strategy for …"). */
    private static int capitalsBefore(String text, int offset) {
        int start = offset;
        for (int words = 0; words < 4; words++) {
            int end = start - 1;
            if (end <= 0 || text.charAt(end) != ' ') break;
            int from = end;
            while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
            if (from == end || !Character.isUpperCase(text.charAt(from)) || !Character.isLetterOrDigit(text.charAt(end - 1))) break;
            start = from;
        }
        return start;
    }

    /** The longest line read as a headline. */
    private static final int TITLE_LINE_LENGTH = 200;

    /** True if the line of the offset is written in title case, as headlines are: its capitals name nothing on their own. */
    private static boolean titleCaseLine(View a, int offset) {
        int start = a.lines().start(offset);
        int end = a.lines().end(offset);
        if (end - start > TITLE_LINE_LENGTH) return false;
        String line = a.text.substring(start, end).strip();
        if (line.endsWith(".") || line.length() > TITLE_LINE_LENGTH) return false;
        String[] words = line.split("\\s+");
        int content = 0, capitals = 0;
        for (String w : words) {
            if (w.length() < 4) continue;
            content++;
            if (Character.isUpperCase(w.charAt(0))) capitals++;
        }
        return content >= 5 && capitals >= content * 0.8;
    }

    private void headed(View a, List<InitiativeFact> f, Set<String> seen) {
        for (InitiativeHead h : lex.initiativeHeads) {
            Pattern p = HEADED.computeIfAbsent(h.head(), head -> Pattern.compile(
                    "\\b((?:" + CAP + "(?: (?:of|for|on|the|and|in)(?= \\p{Lu}))? ){1,8})" + Pattern.quote(head) + "\\b(?! \\p{Lu})"));
            Pattern head = HEADS.computeIfAbsent(h.head(), x -> Pattern.compile("\\b" + Pattern.quote(x) + "\\b"));
            for (var m : HeadedMatches.find(a.text, head, p)) {
                String mods = m.group(1).strip();
                String first = mods.split(" ")[0];
                Span s = new Span(m.start(), m.end());
                if (a.sentence(s.start()).span().start() == s.start() && lex.notNames.contains(first.toLowerCase(Locale.ROOT))
                        && !first.equals("Digital")) {
                    int cut = mods.indexOf(' ');
                    if (cut < 0) continue;
                    s = new Span(s.start() + cut + 1, s.end());
                }
                String name = s.of(a.text);
                if (titleCaseLine(a, s.start()) || covered(f, a, s)) continue;
                if (name.endsWith("Partnership")) name = partnershipName(a, name);
                if (name == null) continue;
                add(f, seen, name, h.type(), null, new Ev(s, "initiative.headed"));
            }
        }
    }

    /** True if a longer name found before covers the span ("Trade Agreement" in "Economic Partnership and Trade Agreement"). */
    private static boolean covered(List<InitiativeFact> found, View a, Span s) {
        for (InitiativeFact x : found)
            for (Span e : x.ev().spans())
                if (e.contains(s) && e.length() > s.length()) return true;
        return false;
    }

    private static String partnershipName(View a, String name) {
        Parties p = a.doc.single(Layers.PARTIES);
        if (p.eu() == null || p.other() == null || !name.contains("Digital Partnership")) return name;
        return null;
    }

    private void generic(View a, List<InitiativeFact> f, Set<String> seen) {
        for (Match<NamedInitiative> m : a.get(Layers.GENERIC_INITIATIVE_HITS)) {
            Sentence s = a.sentence(m.span().start());
            String before = a.text.substring(Math.max(s.span().start(), m.span().start() - 300), m.span().start());
            Matcher verb = CREATION.matcher(before);
            String status = null;
            int verbAt = -1;
            while (verb.find()) {
                status = verb.group(1).toLowerCase(Locale.ROOT);
                verbAt = verb.start();
            }
            if (status == null) continue;
            // a signature makes an instrument an initiative but is no status of it ("signed" by one report, "welcomed" by another)
            if (SIGNATURE.matcher(status).matches()) status = null;
            else status = FUTURE_BEFORE.matcher(before.substring(0, verbAt)).find() ? lex.initiativeStatus("will") : lex.initiativeStatus(status);
            Span span = m.span();
            Matcher c = COMPLEMENT.matcher(a.text).region(span.end(), s.span().end());
            if (c.lookingAt()) span = new Span(span.start(), c.end(1));
            int start = modifierStart(a, s, span.start());
            span = new Span(start, span.end());
            // a bare one-word item ("a pilot", "exchanges") names nothing one could tell apart
            if (span.equals(m.span()) && !m.span().of(a.text).contains(" ")) continue;
            Findings.Scope scope = span.equals(m.span()) ? Findings.Scope.DOCUMENT : Findings.Scope.PARTNERSHIP;
            add(f, seen, new InitiativeFact(span.of(a.text), m.entry().type(), status,
                    new Ev(s.span().start() <= span.start() ? span : m.span(), "initiative.generic"), scope));
        }
    }

    private int modifierStart(View a, Sentence s, int start) {
        int i = s.tokenBefore(start);
        if (i < 0) return start;
        var tok = s.tokens().get(i);
        String w = tok.text().toLowerCase(Locale.ROOT);
        if (lex.initiativeModifierStops.contains(w) || w.endsWith("ly")) return start;
        if (tok.isWord() && !GLUE.contains(tok.text()) && !Set.of("a", "an", "their", "its", "new").contains(w)
                && Character.isLetterOrDigit(tok.text().charAt(0)) && tok.text().length() > 2
                && !CREATION.matcher(tok.text()).matches())
            return tok.start();
        return start;
    }

    private static void add(List<InitiativeFact> f, Set<String> seen, String name, String type, String status, Ev ev) {
        add(f, seen, new InitiativeFact(name, type, status, ev));
    }

    private static void add(List<InitiativeFact> f, Set<String> seen, InitiativeFact fact) {
        if (seen.add(fact.name().toLowerCase(Locale.ROOT))) f.add(fact);
    }
}
