package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.OrganisationFact;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.BodyEntry;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import eu.digitalpartnership.kg.extract.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations: bodies from the lexicon (full names and acronyms), and unlisted names built like bodies
 * ("Ministry of …", "… Agency", "… Institute", "… Office", "… Authority"), with a possessive partner kept in the name.
 */
final class OrganisationAnnotator implements Annotator {
    private static final String CAP = "(?:\\p{Lu}[\\p{L}\\p{N}'’-]*|AI|ICT|\\p{N}\\p{Lu})";
    private static final String HEADS = "(?:Agency|Institute|Office|Authority|Commission|Directorate|Bureau|Centre|Center|Secretariat"
            + "|Organi[sz]ation|Department|Foundation|Joint Undertaking|Alliance|University|Association|Service|Response Team|Ministry)";
    private static final Pattern MINISTRY = Pattern.compile(
            "\\b(?:" + CAP + " ){0,3}(?:Ministry|Department|Centre|Center|Institute|Agency|Office|Authority|Organi[sz]ation|Directorate-General|Bureau"
            + "|University|School|Chamber|Network|Committee|Council|Alliance|Working Party) (?:of|for|on) "
            // ", Lib.)": a party's abbreviation after a Hansard speaker's title is no part of the body
            + CAP + "(?:(?:,? and |, (?!\\p{Lu}\\p{Ll}{0,3}\\.)| of | for | & | )" + CAP + "){0,10}");
    /** A diplomatic mission named by its sender and host: "Delegation of the European Union to Japan", "Embassy of Canada to Korea". */
    static final String MISSION_WORD = "(?:Delegation|Embassy|Mission|Permanent\\s+Representation)";
    private static final Pattern MISSION = Pattern.compile("\\b(?:Permanent )?" + MISSION_WORD + " of (?:the )?"
            + CAP + "(?: " + CAP + "){0,3} (?:to|in) (?:the )?" + CAP + "(?:(?: | of (?:the )?)" + CAP + "){0,3}");
    /** "Economy, Trade and Industry Ministry": a comma inside a name, before the last two words joined by "and". */
    private static final String COMMA_IN_NAME = ", (?=\\p{Lu}\\p{Ll}+ and \\p{Lu})";
    private static final Pattern HEADED = Pattern.compile(
            "(?:\\b" + CAP + "(?:['’]s)?(?: |" + COMMA_IN_NAME + "))(?:" + CAP + "(?: |" + COMMA_IN_NAME + ")|of |for |(?<!" + HEADS + " )and (?=\\p{Lu}\\p{Ll}+ )){0,8}"
            + HEADS + "\\b");
    private static final Pattern HEAD = Pattern.compile("\\b" + HEADS + "\\b");
    private static final Pattern ENDS_WITH_HEAD = Pattern.compile("\\b" + HEADS + "$");
    private static final Pattern ACRONYM_DEF = Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}\\p{Ll}&-]{1,9})\\)");
    private static final Pattern COMMA_NEXT = Pattern.compile(",\\s+(?:and\\s+)?");
    /** Two or three capitalised words alone after the comma: a person's name, not the next item of a portfolio. */
    private static final Pattern PERSON_AFTER = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}(?=\\s*(?:,|$))");
    /** "Council on Tuesday", "Office in March": a day or month after a preposition ends a name. */
    private static final Pattern WHEN_AFTER = Pattern.compile("\\s+(?:on|in|of)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|January|February|March|April|May|June|July|August|September|October|November|December"
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)(?!\\p{L})");
    private static final Set<String> LEADING_NOISE = Set.of("the", "a", "an", "and", "both", "with", "between");

    private final Lexicons lex;

    OrganisationAnnotator(Lexicons lex) {
        this.lex = lex;
    }

    @Override public Set<Layer<?>> reads() {
        return Set.of(Layers.BODY_HITS, Layers.ROLE_HITS, Layers.PARTNER_HITS, Layers.DEMONYM_HITS, Layers.SENTENCES,
                Layers.HONORIFIC_HITS);
    }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.ORGANISATIONS, Layers.ORGANISATION_MENTIONS, Layers.ACRONYMS); }

    @Override public void annotate(Document doc, Output out) {
        View a = new View(doc);
        List<OrganisationFact> found = new ArrayList<>();
        List<OrganisationFact> mentions = new ArrayList<>();
        List<Span> acronyms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String lower = a.text.toLowerCase(java.util.Locale.ROOT);
        for (Match<BodyEntry> m : doc.get(Layers.BODY_HITS))
            if (!(m.entry().standaloneOnly() && namePart(a.text, m.span())) && seen.add(m.entry().label()))
                found.add(new OrganisationFact(asWritten(lower, m, a), m.entry(), side(m.entry()), new Ev(m.span(), "organisation.lexicon")));
        for (Span candidate : candidates(a)) {
            Span s = trim(a, candidate);
            // a name read from a heading in capitals ("ENGLISH SERVICE") is too unsure a name without a lexicon entry
            if (s == null || doc.get(Layers.BODY_HITS).overlaps(s) || doc.get(Layers.ROLE_HITS).overlaps(s) || inContacts(a, s) || a.softened(s)) continue;
            String label = label(a, s);
            if (label == null) continue;
            PartnerEntry side = possessive(a, s);
            OrganisationFact fact = new OrganisationFact(label, null, side, new Ev(s, "organisation.pattern"));
            mentions.add(fact);
            if (!seen.add(label)) continue;
            found.add(fact);
            Matcher acr = ACRONYM_DEF.matcher(a.text).region(s.end(), Math.min(a.text.length(), s.end() + 14));
            if (acr.lookingAt()) acronyms.add(new Span(acr.start(1), acr.end(1)));
        }
        out.put(Layers.ORGANISATIONS, found.stream().filter(f -> f.entry() != null
                || found.stream().noneMatch(o -> o != f && Acronyms.shortWording(f.label(), o.label()))).toList());
        out.put(Layers.ORGANISATION_MENTIONS, mentions);
        out.put(Layers.ACRONYMS, acronyms);
    }

    /** "EU-ASEAN Joint Guide", "ASEAN Model Contractual Clauses": a body's name inside another name. */
    private static final Pattern COMPOUND_BEFORE = Pattern.compile("\\p{L}[-–]$"), NAME_AFTER = Pattern.compile("[ \\t]+\\p{Lu}");

    private static boolean namePart(String text, Span s) {
        return COMPOUND_BEFORE.matcher(text).region(Math.max(0, s.start() - 2), s.start()).find()
                || NAME_AFTER.matcher(text).region(s.end(), Math.min(text.length(), s.end() + 3)).lookingAt();
    }

    /** Spans of both patterns, overlapping ones merged ("EU Agency" + "Agency for Cybersecurity"). */
    private static List<Span> candidates(View a) {
        List<Span> spans = new java.util.ArrayList<>();
        Matcher m = MINISTRY.matcher(a.text);
        while (m.find()) spans.add(new Span(m.start(), m.end()));
        for (Matcher mission = MISSION.matcher(a.text); mission.find(); ) spans.add(new Span(mission.start(), mission.end()));
        for (var r : HeadedMatches.find(a.text, HEAD, HEADED)) spans.add(new Span(r.start(), r.end()));
        spans.sort(null);
        List<Span> merged = new java.util.ArrayList<>();
        for (Span s : spans) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).overlaps(s))
                merged.set(merged.size() - 1, merged.get(merged.size() - 1).union(s));
            else merged.add(s);
        }
        return merged;
    }

    private Span trim(View a, Span s) {
        String[] words = s.of(a.text).split(" ");
        int start = s.start();
        int i = 0;
        while (i < words.length - 1 && (LEADING_NOISE.contains(words[i].toLowerCase(Locale.ROOT))
                || lex.notNames.contains(words[i].toLowerCase(Locale.ROOT)) && i == 0 && isSentenceStart(a, start)
                   && !Set.of("of", "for", "on").contains(words[1]))) {
            start += words[i].length() + 1;
            i++;
        }
        if (words.length - i < 2) return null;
        // "Europe's 6G Smart Networks … Association": an owner that is no partner is no part of the name
        if (words.length - i > 2 && words[i].matches("\\p{Lu}\\p{L}+['’]s") && a.partnerAt(new Span(start, start + words[i].length() - 2)) == null)
            start += words[i++].length() + 1;
        // "the EU and Japan's Science Agency", "Alliance and Europe's Networks Association": a partner or a body before "and" is another name
        int and = a.text.indexOf(" and ", start);
        while (and >= 0 && and < s.end()) {
            String left = a.text.substring(start, and), right = a.text.substring(and + 5, s.end());
            Span leftSpan = new Span(start, and);
            boolean leftWhole = a.in(Layers.PARTNER_HITS, leftSpan).stream().anyMatch(p -> p.span().equals(leftSpan))
                    || ENDS_WITH_HEAD.matcher(left).find();
            if (leftWhole && ENDS_WITH_HEAD.matcher(right).find() && !right.contains(",")) start = and + 5;
            and = a.text.indexOf(" and ", and + 5);
        }
        int end = s.end();
        // "Ministry of Foreign Affairs, and Ms Kim", "Agency for Southern Ontario, Evan Solomon": a name after a comma ends it
        Matcher comma = COMMA_NEXT.matcher(a.text).region(start, end);
        while (comma.find())
            if (PERSON_AFTER.matcher(a.text.substring(comma.end(), end)).lookingAt()
                    || !a.get(Layers.HONORIFIC_HITS).startingWithin(new Span(comma.end(), comma.end() + 1)).isEmpty()) {
                end = comma.start();
                break;
            }
        Matcher when = WHEN_AFTER.matcher(a.text).region(start, Math.min(a.text.length(), end + 2));
        if (when.find()) end = when.start();
        String name = a.text.substring(start, end);
        if (name.split(" ").length < 2 || name.contains("Partnership Council")) return null;
        String lower = name.toLowerCase(Locale.ROOT);
        if (lex.venueHeads.stream().anyMatch(v -> lower.endsWith(" " + v) || lower.equals(v)) || internalUnit(lower)) return null;
        return new Span(start, end);
    }

    /** "Trade Policy Bureau", "Research Office": generic words before a unit head name a part of a body, not a body. */
    private boolean internalUnit(String lowerName) {
        String[] words = lowerName.replaceFirst("^the\\s+", "").split("[\\s,]+");
        if (!lex.unitHeads.contains(words[words.length - 1])) return false;
        for (int i = 0; i < words.length - 1; i++) if (!lex.unitWords.contains(words[i]) && !lex.unitHeads.contains(words[i])) return false;
        return true;
    }

    private static final Pattern CONTACTS_HEADING = Pattern.compile("(?i)\\s*(?:(?:media|press)\\s+)?(?:contacts?|enquiries|inquiries)"
            + "|\\s*for\\s+(?:more|further)\\s+information");

    /** True inside a press-contact block ("Contacts" then "Media Relations Office"): an office to call, no body of the news. */
    private static boolean inContacts(View a, Span s) {
        Span head = a.paragraphHead(s.start());
        return head.end() < s.start() && CONTACTS_HEADING.matcher(head.of(a.text).replaceAll("[:\\s]+$", "")).matches();
    }

    private static boolean isSentenceStart(View a, int offset) {
        return a.sentence(offset).span().start() == offset && !a.text.startsWith("Ministry", offset);
    }

    private String label(View a, Span s) {
        String text = s.of(a.text);
        PartnerEntry side = possessive(a, s);
        if (side != null) return side.shortLabel() + " " + text.substring(text.indexOf(' ') + 1);
        return text;
    }

    private PartnerEntry possessive(View a, Span s) {
        String first = s.of(a.text).split(" ")[0];
        if (!first.endsWith("'s") && !first.endsWith("’s")) return null;
        return a.partnerAt(new Span(s.start(), s.start() + first.length() - 2));
    }

    /**
     * The body's full name when the text gives it, or a short form ending it ("the Commission"); else the name as the
     * text writes it ("EuroHPC JU", "DG CONNECT"): an abbreviation is expanded only to a full name the text itself gives.
     */
    private static String asWritten(String lowerText, Match<BodyEntry> m, View a) {
        BodyEntry e = m.entry();
        String label = e.label().toLowerCase(java.util.Locale.ROOT);
        // "Japan's AI Safety Institute (J-AISI)": the full name, its country written as a possessive
        if (lowerText.contains(label) || lowerText.contains(label.replaceFirst("^(\\S+) ", "$1's "))
                || lowerText.contains(label.replaceFirst("^(\\S+) ", "$1’s "))) return e.label();
        String written = m.span().of(a.text);
        written = written.toLowerCase(java.util.Locale.ROOT).startsWith("the ") ? written.substring(4) : written;
        // a short form that ends the full name ("the Commission" of the European Commission) is no abbreviation
        boolean shortForm = !written.equals(written.toUpperCase(java.util.Locale.ROOT)) && e.label().endsWith(" " + written);
        return shortForm ? e.label() : written;
    }

    private PartnerEntry side(BodyEntry b) {
        return b.partnerKey() == null ? null : lex.partner(b.partnerKey());
    }
}
