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
    private static final Pattern SIGNATURE = Pattern.compile("sign\\w*|conclu\\w*|finali[sz]\\w*");
    private static final Pattern COMPLEMENT = Pattern.compile("^\\s+(?:on|in|for|of|between|under)\\s+((?:[\\p{L}\\p{N}'’&-]+\\s+){0,7}?[\\p{L}\\p{N}-]+)(?=\\s*[,.;:(]|\\s+(?:and (?:will|to|would|also)|to|which|that|by|from|in \\d{4}|as)\\b|$)");
    private static final java.util.Map<String, Pattern> HEADED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, Pattern> HEADS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Set<String> GLUE = Set.of("of", "for", "on", "and", "the", "in", "with");

    private final Lexicons lex;

    InitiativeAnnotator(Lexicons lex) {
        this.lex = lex;
    }

    @Override public Set<Layer<?>> reads() {
        return Set.of(Layers.SENTENCES, Layers.INITIATIVE_HITS, Layers.GENERIC_INITIATIVE_HITS, Layers.PARTIES);
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
        headed(a, f, seen);
        generic(a, f, seen);
        out.put(Layers.INITIATIVES, f);
    }

    private String canonical(View a, String name) {
        List<Match<NamedInitiative>> m = lex.namedInitiatives.find(name);
        return m.size() == 1 && m.get(0).span().length() == name.length() ? m.get(0).entry().label() : name;
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
                if (name.endsWith("Partnership")) name = partnershipName(a, name);
                if (name == null) continue;
                add(f, seen, name, h.type(), null, new Ev(s, "initiative.headed"));
            }
        }
    }

    private static String partnershipName(View a, String name) {
        Parties p = a.doc.single(Layers.PARTIES);
        if (p.eu() == null || p.other() == null || !name.contains("Digital Partnership")) return name;
        return null;
    }

    private static void generic(View a, List<InitiativeFact> f, Set<String> seen) {
        for (Match<NamedInitiative> m : a.get(Layers.GENERIC_INITIATIVE_HITS)) {
            Sentence s = a.sentence(m.span().start());
            String before = a.text.substring(Math.max(s.span().start(), m.span().start() - 300), m.span().start());
            Matcher verb = CREATION.matcher(before);
            String status = null;
            while (verb.find()) status = verb.group(1).toLowerCase(Locale.ROOT);
            if (status == null) continue;
            // a signature makes an instrument an initiative but is no status of it ("signed" by one report, "welcomed" by another)
            if (SIGNATURE.matcher(status).matches()) status = null;
            Span span = m.span();
            Matcher c = COMPLEMENT.matcher(a.text).region(span.end(), s.span().end());
            if (c.lookingAt()) span = new Span(span.start(), c.end(1));
            int start = modifierStart(a, s, span.start());
            span = new Span(start, span.end());
            Findings.Scope scope = span.equals(m.span()) ? Findings.Scope.DOCUMENT : Findings.Scope.PARTNERSHIP;
            add(f, seen, new InitiativeFact(span.of(a.text), m.entry().type(), status,
                    new Ev(s.span().start() <= span.start() ? span : m.span(), "initiative.generic"), scope));
        }
    }

    private static int modifierStart(View a, Sentence s, int start) {
        int i = s.tokenBefore(start);
        if (i < 0) return start;
        var tok = s.tokens().get(i);
        if (tok.isWord() && !GLUE.contains(tok.text()) && !Set.of("a", "an", "their", "its", "new").contains(tok.text().toLowerCase(Locale.ROOT))
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
