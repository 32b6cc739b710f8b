package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.Findings;
import eu.digitalpartnership.kg.extract.Findings.Ev;
import eu.digitalpartnership.kg.extract.Findings.OfficialFact;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.BodyEntry;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PartnerEntry;
import eu.digitalpartnership.kg.extract.lexicon.Lexicons.PlaceEntry;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.rules.Rule;
import eu.digitalpartnership.kg.extract.rules.RuleBook;
import eu.digitalpartnership.kg.extract.rules.RuleMatch;
import eu.digitalpartnership.kg.extract.text.Gazetteer.Match;
import eu.digitalpartnership.kg.extract.text.Lines;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.model.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Officials from the patterns of {@code rules/officials.rules}: a name next to a title, the partner they represent
 * (from a prefix, the title, a cue, the title's side, or else the non-EU partner), and whether the sentence says
 * they chaired.
 */
final class OfficialAnnotator implements Annotator {
    private static final Set<String> CHAIR_WORDS = Set.of("co-chaired", "co-chair", "co-chairs", "chaired", "co-chairing", "chairing", "co-chairmen");
    private static final Pattern CUE = Pattern.compile("(?s)\\s+(?:side|delegation|team)\\b.*");
    private static final Map<String, Layer<?>> PATTERN_LAYERS = Map.of("NAME", Layers.NAMES, "ROLE", Layers.ROLES);

    private final Lexicons lex;
    private final RuleBook rules = RuleBook.load("officials", PATTERN_LAYERS.keySet());
    private final List<Rule> patterns = rules.patterns("official.");
    private final String nameFirst = rules.id("official.name-comma-role");
    private final String nameBare = rules.id("official.name-role");
    private final String nameLine = rules.id("official.name-line-title");

    OfficialAnnotator(Lexicons lex) {
        this.lex = lex;
    }

    @Override public Set<Layer<?>> reads() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS, Layers.NAMES, Layers.ROLES, Layers.PARTIES, Layers.PARTNER_HITS, Layers.COUNCIL_MENTIONS,
                Layers.DEMONYM_HITS, Layers.BODY_HITS, Layers.PLACE_HITS, Layers.ORGANISATION_MENTIONS, Layers.REFUTED, Layers.FURNITURE);
    }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.OFFICIALS); }

    @Override public void annotate(Document doc, Output out) {
        View v = new View(doc);
        Parties parties = doc.single(Layers.PARTIES);
        LayerInput input = new LayerInput(doc, PATTERN_LAYERS);
        Map<String, Name> fullNames = fullNames(v);
        List<OfficialFact> found = new ArrayList<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (Sentence s : doc.get(Layers.SENTENCES)) {
            List<Role> roles = v.in(Layers.ROLES, s.span());
            if (roles.isEmpty() || v.notOwn(s.span().start()) || CONTACT_LINE.matcher(s.span().of(v.text)).find() || BYLINE.matcher(s.span().of(v.text)).lookingAt()
                    || inContactBlock(v, s.span().start())) continue;
            Map<Role, List<RuleMatch>> matches = new java.util.HashMap<>();
            for (RuleMatch m : input.match(patterns, s)) matches.computeIfAbsent(m.get("role", Role.class), k -> new ArrayList<>()).add(m);
            Set<Name> taken = new HashSet<>();
            boolean chair = View.has(s, CHAIR_WORDS) && !chairsOther(v, doc, s);
            for (Role r : roles) {
                RuleMatch m = best(matches.getOrDefault(r, List.of()), r, taken);
                if (m == null) continue;
                Name n = m.get("name", Name.class);
                taken.add(n);
                // "Director, Inter-University Semiconductor Research Center": the capitals are an organisation's, no person's
                if (doc.get(Layers.ORGANISATION_MENTIONS).overlaps(n.name())) continue;
                Name full = n.name().of(v.text).contains(" ") ? n : fullNames.getOrDefault(n.name().of(v.text), n);
                String name = full.name().of(v.text);
                List<Name> named = new ArrayList<>(List.of(full));
                Name second = pluralTitle(v, r) ? nameAfterAnd(v, n) : null;
                if (second != null) {
                    named.add(second);
                    taken.add(second);
                }
                for (Name person : named) {
                    String label = person.name().of(v.text);
                    OfficialFact fact = official(v, parties, r, person, label, m.rule(), chair);
                    Integer earlier = seen.putIfAbsent(Slugs.nameSlug(label), found.size());
                    if (earlier == null) found.add(fact);
                    else found.set(earlier, fuller(found.get(earlier), fact));
                }
            }
        }
        for (Name n : doc.get(Layers.NAMES)) {
            Role r = v.notOwn(n.name().start()) ? null : titleLineBelow(v, n);
            if (r == null) continue;
            String label = n.name().of(v.text);
            OfficialFact fact = official(v, parties, r, n, label, nameLine, false);
            Integer earlier = seen.putIfAbsent(Slugs.nameSlug(label), found.size());
            if (earlier == null) found.add(fact);
            else found.set(earlier, fuller(found.get(earlier), fact));
        }
        out.put(Layers.OFFICIALS, found);
    }

    /** How many characters a name alone on its line may have before or after it (a courtesy title, post-nominals). */
    private static final int NAME_LINE_SLACK = 60;

    /** Before a name alone on its line: a courtesy title ("The Honourable", "Her Excellency"), no other words. */
    private static final Pattern LINE_BEFORE_NAME = Pattern.compile("(?:(?:Name|Official|Signatory)\\s*:\\s*)?(?:[\\p{Lu}][\\p{L}.']*(?:\\s+[\\p{Lu}][\\p{L}.']*){0,2}\\s+|\\s*)");
    /** A form's label before the title on the line below the name ("Title: Minister of …"). */
    private static final Pattern TITLE_FIELD = Pattern.compile("\\s*(?:(?:Title|Position|Post|Role)\\s*:\\s*)?");
    /** After a name alone on its line: post-nominals (", P.C., M.P."). */
    private static final Pattern LINE_AFTER_NAME = Pattern.compile("(?:,\\s*[\\p{Lu}][\\p{Lu}.]{0,8})*\\s*");
    private static final Pattern BY = Pattern.compile("(?i)by\\b.*");
    /** A line of a contact block: a telephone number or an e-mail address. */
    private static final Pattern CONTACT_DETAIL = Pattern.compile("\\+?\\d[\\d ()-]{7,}\\d|\\S@\\w");

    /**
     * A signature or address block ("The Honourable Evan Solomon, P.C., M.P." over "Minister of Artificial Intelligence and
     * Digital Innovation", or a form's "Name: …" over "Title: …"): the title that opens the line below a name standing
     * alone on its line; null otherwise, and for a byline or a press contact's block.
     */
    private static Role titleLineBelow(View v, Name n) {
        Lines lines = v.lines();
        int start = lines.start(n.span().start()), end = lines.end(n.span().end());
        if (end >= v.text.length() || n.span().start() - start > NAME_LINE_SLACK || end - n.name().end() > NAME_LINE_SLACK) return null;
        String before = v.text.substring(start, n.span().start());
        if (!LINE_BEFORE_NAME.matcher(before).matches() || BY.matcher(before).matches()
                || !LINE_AFTER_NAME.matcher(v.text.substring(n.name().end(), end)).matches()) return null;
        int next = end + 1, nextEnd = lines.end(next);
        Role first = null;
        for (Role r : v.in(Layers.ROLES, new Span(next, nextEnd))) {
            if (first == null || r.span().start() < first.span().start()) first = r;
        }
        if (first == null || !TITLE_FIELD.matcher(v.text).region(next, first.span().start()).matches()) return null;
        int after = Math.min(v.text.length(), lines.end(Math.min(v.text.length(), nextEnd + 1)));
        return CONTACT_DETAIL.matcher(v.text).region(nextEnd, after).find() ? null : first;
    }

    /** True for a title written in the plural ("Executive Vice-Presidents A and B"). */
    private static boolean pluralTitle(View v, Role r) {
        String plural = eu.digitalpartnership.kg.extract.lexicon.Lexicons.plural(r.kind().label());
        return plural != null && r.title().of(v.text).toLowerCase(java.util.Locale.ROOT).contains(plural.toLowerCase(java.util.Locale.ROOT));
    }

    /** The name right after "and" that follows a name ("… Vestager and Valdis Dombrovskis"), or null. */
    private static Name nameAfterAnd(View v, Name n) {
        java.util.regex.Matcher and = AND.matcher(v.text).region(n.span().end(), v.text.length());
        if (!and.lookingAt()) return null;
        return v.doc.get(Layers.NAMES).stream().filter(x -> x.span().start() == and.end()).findFirst().orElse(null);
    }

    private static final java.util.regex.Pattern AND = java.util.regex.Pattern.compile("\\s+and\\s+");

    /** The title as one person holds it: "Executive Vice-Presidents" gives "Executive Vice-President". */
    private static String singular(View v, Role r) {
        String title = r.title().of(v.text);
        String plural = pluralTitle(v, r) ? eu.digitalpartnership.kg.extract.lexicon.Lexicons.plural(r.kind().label()) : null;
        if (plural == null) return title;
        int at = title.toLowerCase(java.util.Locale.ROOT).indexOf(plural.toLowerCase(java.util.Locale.ROOT));
        return title.substring(0, at) + title.substring(at, at + r.kind().label().length() - (plural.endsWith("ies") ? 1 : 0))
                + (plural.endsWith("ies") ? "y" : "") + title.substring(at + plural.length());
    }

    /**
     * The official as first named, with the title of a later mention when that one completes it ("Executive
     * Vice-President" in a headline, "Executive Vice-President for Tech Sovereignty, …" in the text).
     */
    private static OfficialFact fuller(OfficialFact first, OfficialFact later) {
        if (!later.role().startsWith(first.role() + " ") && !widens(first.role(), later.role())) return first;
        return new OfficialFact(first.name(), first.nameEv(), later.role(), later.kind(), later.roleEv(), later.side(), later.sideEv(),
                first.chair() || later.chair());
    }

    /** True if the later title holds every word of the first and more ("Minister", "Deputy Prime Minister and Minister of X"). */
    private static boolean widens(String first, String later) {
        List<String> a = List.of(first.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        List<String> b = List.of(later.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        return b.size() > a.size() && b.containsAll(a);
    }

    /**
     * For a surname alone ("Mrs Teo, the Minister for …"), the name in full the text gives elsewhere ("Mrs Josephine
     * Teo"): per last word, the first fuller name ending with it, unless two people share it.
     */
    private static Map<String, Name> fullNames(View v) {
        Map<String, Name> first = new java.util.HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Name name : v.doc.get(Layers.NAMES)) {
            String text = name.name().of(v.text);
            int space = text.lastIndexOf(' ');
            if (space <= 0) continue;
            Name earlier = first.putIfAbsent(text.substring(space + 1), name);
            if (earlier != null && !earlier.name().of(v.text).equals(text)) shared.add(text.substring(space + 1));
        }
        first.keySet().removeAll(shared);
        return first;
    }

    /**
     * The match for this title: a name and comma before it if there is one, else a name after it, else a name right
     * before it; names used once per sentence.
     */
    private RuleMatch best(List<RuleMatch> matches, Role r, Set<Name> taken) {
        RuleMatch after = null, bare = null;
        for (RuleMatch m : matches) {
            if (m.get("role", Role.class) != r || taken.contains(m.get("name", Name.class))) continue;
            if (m.rule().equals(nameFirst)) return m;
            if (m.rule().equals(nameBare)) {
                if (bare == null) bare = m;
            } else if (after == null) after = m;
        }
        return after != null ? after : bare;
    }

    /** A meeting named on the line before the chairing: "Agriculture and Fisheries Council, Europa building. Chaired by …". */
    private static final Pattern OTHER_MEETING = Pattern.compile("\\b(?!(?:The|This|That|Its|Their|Our|Next|Last)\\s)(?:\\p{Lu}[\\p{L}-]+\\s+(?:and\\s+)?){1,4}"
            + "(?:Council|Summit|Forum|Conference|Meeting|Dialogue|Committee)\\b");
    /** How far before its chair word, on the line, the meeting chaired is looked for. */
    private static final int CHAIRED_REACH = 300;
    private static final Pattern CHAIR_WORD = Pattern.compile("(?i)\\b(?:co-)?chair");

    /**
     * True if the chair word follows, on its line, a meeting that is not a Digital Partnership Council, and no such
     * council is named after it in the sentence.
     */
    private static boolean chairsOther(View v, Document doc, Sentence s) {
        Matcher word = CHAIR_WORD.matcher(v.text).region(s.span().start(), s.span().end());
        if (!word.find()) return false;
        int at = word.start();
        if (v.in(Layers.COUNCIL_MENTIONS, new Span(at, s.span().end())).stream().anyMatch(c -> c.kind().equals(Findings.DPC))) return false;
        Matcher m = OTHER_MEETING.matcher(v.text).region(Math.max(v.lines().start(s.span().start()), at - CHAIRED_REACH), at);
        Span last = null;
        while (m.find()) last = new Span(m.start(), m.end());
        Span named = last;
        return named != null && doc.get(Layers.COUNCIL_MENTIONS).overlapping(named).stream().noneMatch(c -> c.kind().equals(Findings.DPC));
    }

    private OfficialFact official(View v, Parties parties, Role r, Name n, String name, String rule, boolean chair) {
        Span both = n.name().union(r.span());
        PartnerEntry side = r.prefixSide();
        String sideRule = "official.side.prefix";
        if (side == null) {
            side = titleSide(v, r);
            sideRule = "official.side.title";
        }
        if (side == null) {
            side = forSide(v, n.name());
            if (side == null) side = bodyInBrackets(v, n.name());
            sideRule = "official.side.for";
        }
        if (side == null && r.kind().side() == null) {
            // "President Ursula von der Leyen and Prime Minister Justin Trudeau": a known office holder's side
            String known = lex.officeHolderSide.get(Slugs.nameSlug(name));
            side = known == null ? null : lex.partner(known);
            sideRule = "official.side.known";
        }
        if (side == null && r.kind().side() == null) {
            side = cueSide(v, n.name().start());
            sideRule = "official.side.cue";
        }
        if (side == null && r.kind().side() == null) {
            side = headingSide(v, n.name().start());
            sideRule = "official.side.heading";
        }
        if (side == null && r.kind().side() != null) {
            side = lex.partner(r.kind().side());
            sideRule = "official.side.role";
        }
        if (side == null && MISSION_KINDS.contains(r.kind().kind())) {
            side = missionSide(v);
            sideRule = "official.side.mission";
        }
        if (side == null && ofOtherPair(v, parties, n.name())) side = THIRD;
        if (side == null) {
            side = parties.other();
            sideRule = "official.side.other";
        }
        if (side == THIRD) side = null;
        return new OfficialFact(name, new Ev(n.name(), rule), singular(v, r), r.kind(), new Ev(both, rule),
                side, new Ev(both, rules.id(sideRule)), chair);
    }

    /** A byline ("By Jane Doe, Director, Policy and Government Relations"): the author, no official of the partnership. */
    private static final Pattern BYLINE = Pattern.compile("\\s*By\\s+\\p{Lu}[^\\n]{0,120}$");

    /** A contact block's heading: "Press contacts:", "Media contact: …" ("Media enquiries:" may name a diplomat of the partnership). */
    private static final Pattern CONTACT_HEADING = Pattern.compile("(?i)[ \\t•*-]*(?:press|media)\\s+contacts?\\b");

    /** True in a paragraph opened by a press or media contacts heading ("Press contacts:" over "Laura V. – Spokesperson"): no official of the partnership. */
    private static boolean inContactBlock(View v, int at) {
        Span head = v.paragraphHead(at);
        return CONTACT_HEADING.matcher(v.text).region(head.start(), head.end()).lookingAt();
    }

    /** A press contact ("please contact … (Deputy Director CHOI Su-bin, +82-44-202-4000)"): no official of the partnership. */
    private static final Pattern CONTACT_LINE = Pattern.compile("(?i)\\b(?:contact|enquiries|inquiries)\\b[^\\n]*(?:" + CONTACT_DETAIL.pattern() + ")");

    /** Marks a title of a third country's official: they represent neither partner. */
    private static final PartnerEntry THIRD = new PartnerEntry("third-country", "", "", List.of(), List.of(), null, null);

    /** True if the title names a country that is not a partner ("Secretary-General of the Ministry of Digital of Malaysia"). */
    private static boolean thirdCountry(View v, Role r) {
        for (Match<PlaceEntry> m : v.in(Layers.PLACE_HITS, r.title()))
            if (m.entries().stream().allMatch(e -> !e.isCity()) && v.partnerAt(m.span()) == null) return true;
        return false;
    }

    /**
     * True if the person's sentence names, near the name, another partner of the EU and not this text's ("… co-chaired the first Council
     * between the EU and South Korea with Science Minister Lee Jong-ho" in an EU–Japan article): no side of ours.
     */
    private static final int OTHER_PAIR_REACH = 80;

    private static boolean ofOtherPair(View v, Parties parties, Span name) {
        if (parties.other() == null) return false;
        Span sentence = v.sentence(name.start()).span();
        Span near = new Span(Math.max(sentence.start(), name.start() - 2 * OTHER_PAIR_REACH), Math.min(sentence.end(), name.end() + 2 * OTHER_PAIR_REACH));
        boolean other = false;
        for (Match<PartnerEntry> m : v.in(Layers.PARTNER_HITS, near)) {
            if (m.entry().equals(parties.other())) return false;
            if (!parties.isParty(m.entry()) && m.span().end() <= name.start() && name.start() - m.span().end() <= OTHER_PAIR_REACH) other = true;
        }
        return other;
    }

    /** How many lines of a list may stand between a person's line and the partner heading it. */
    private static final int LIST_LINES = 12;

    /** The partner heading the list a person's line stands in ("European Union" over "Roberto VIOLA, Director-General"), or null. */
    private static PartnerEntry headingSide(View v, int offset) {
        int line = v.lines().start(offset);
        if (!LIST_ENTRY.matcher(v.text).region(line, offset).matches()) return null;
        for (int i = 0; i < LIST_LINES && line > 0; i++) {
            Span above = v.lineAbove(line);
            if (above.of(v.text).isBlank()) return null;
            for (var layer : List.of(Layers.PARTNER_HITS, Layers.DEMONYM_HITS))
                for (Match<PartnerEntry> m : v.in(layer, above))
                    if (SIDE_HEADING_REST.matcher(v.text).region(m.span().end(), above.end()).matches()
                            && HEADING_LEAD.matcher(v.text).region(above.start(), m.span().start()).matches()) return m.entry();
            line = above.start();
        }
        return null;
    }

    /** A person's line of a list opens with the name, after a bullet at most. */
    private static final Pattern LIST_ENTRY = Pattern.compile("\\s*(?:[-–•*·]\\s*)?(?:(?:Mr|Ms|Mrs|Dr|H\\.E\\.)\\.?\\s+)?");
    private static final Pattern HEADING_LEAD = Pattern.compile("\\s*(?:[-–•*·]\\s*)?(?:(?:the|The|For\\s+the|For)\\s+)?");
    private static final Pattern SIDE_HEADING_REST = Pattern.compile("(?:\\s+(?:side|delegation|participants|Side|Delegation|Participants))?\\s*:?\\s*");

    /** Titles of a mission's staff, whose side is the mission's when the text tells no other. */
    private static final Set<String> MISSION_KINDS = Set.of("Ambassador", "Head of Delegation", "Deputy Head of Delegation", "Counsellor");
    /** "Delegation of the European Union to Canada", "Mission of Canada to the European Union", "Embassy of Japan". */
    private static final Pattern MISSION = Pattern.compile("\\b" + OrganisationAnnotator.MISSION_WORD + "\\s+of\\s+(?:the\\s+)?(\\p{Lu}[^\\n]{1,40}?)(?=\\s+(?:to|in)\\b|\\s*$|\\s*[|,–—-])");
    /** How many characters of a page's head may name the mission that publishes it. */
    private static final int MISSION_REACH = 200;

    /** The partner of the mission whose page this is, named in its first lines; or null. */
    private static PartnerEntry missionSide(View v) {
        Matcher m = MISSION.matcher(v.text).region(0, Math.min(v.text.length(), MISSION_REACH));
        return m.find() ? v.partnerAt(new Span(m.start(1), m.end(1))) : null;
    }

    /** The partner named in a cue like "On the EU side," or "The Korean delegation included" before the offset. */
    private static PartnerEntry cueSide(View v, int offset) {
        Sentence s = v.sentence(offset);
        Span before = new Span(Math.max(s.span().start(), offset - View.REACH), Math.max(s.span().start(), offset));
        PartnerEntry found = null;
        for (var layer : List.of(Layers.PARTNER_HITS, Layers.DEMONYM_HITS))
            for (Match<PartnerEntry> m : v.in(layer, before)) {
                String after = v.text.substring(m.span().end(), Math.min(offset, m.span().end() + 14));
                if (CUE.matcher(after).matches()) found = m.entry();
            }
        return found;
    }

    private PartnerEntry titleSide(View v, Role r) {
        for (Match<PartnerEntry> m : v.in(Layers.PARTNER_HITS, r.title())) return m.entry();
        if (thirdCountry(v, r)) return THIRD;
        for (Match<BodyEntry> m : v.in(Layers.BODY_HITS, r.title()))
            if (m.entry().partnerKey() != null) return lex.partner(m.entry().partnerKey());
        // "Director for Security and Defence Policy at the European External Action Service": the body after the title
        Matcher at = BODY_AFTER.matcher(v.text).region(r.title().end(), Math.min(v.text.length(), r.title().end() + 12));
        Match<BodyEntry> after = at.lookingAt() ? partneredBodyAt(v, at.end()) : null;
        if (after != null) return lex.partner(after.entry().partnerKey());
        // "Policy Officer, Chips, DG CNECT", "Policy Officer, … | European Commission": the body closing the line after the title (and its unit)
        Matcher unit = UNIT_THEN_BODY.matcher(v.text).region(r.title().end(), Math.min(v.text.length(), r.title().end() + 50));
        Match<BodyEntry> closing = unit.lookingAt() ? partneredBodyAt(v, unit.end()) : null;
        if (closing != null && LINE_END.matcher(v.text).region(closing.span().end(), v.text.length()).lookingAt())
            return lex.partner(closing.entry().partnerKey());
        // "Director for Resources in DG ENV": a Commission directorate-general, listed or not
        if (COMMISSION_DG_AFTER.matcher(v.text).region(r.title().end(), Math.min(v.text.length(), r.title().end() + 40)).lookingAt())
            return lex.partner(Lexicons.EU);
        return missionAfter(v, r);
    }

    private static final Pattern COMMISSION_DG_AFTER = Pattern.compile("(?:,\\s+|\\s+(?:in|at|of)\\s+(?:the\\s+)?)(?:DG\\s+\\p{Lu}{2,}\\b|Directorate-General\\b)");
    private static final Pattern UNIT_THEN_BODY = Pattern.compile("(?:,\\s+[^,;|\\n()]{1,40})?(?:,\\s+|\\s+\\|\\s+)(?:the\\s+)?");
    private static final Pattern LINE_END = Pattern.compile("[ \\t]*(?:\\(|[.;]?[ \\t]*$)", Pattern.MULTILINE);

    private static final Pattern FOR_AFTER = Pattern.compile(",?\\s+(?:(?:signed|spoke|speaking|signing)\\s+)?(?:for|on\\s+behalf\\s+of)\\s+");

    /** "Director-General Roberto Viola (Directorate-General for Communications Networks, …)": the partner of the body in brackets after the name. */
    private PartnerEntry bodyInBrackets(View v, Span name) {
        int at = name.end();
        while (at < v.text.length() && v.text.charAt(at) == ' ') at++;
        if (at >= v.text.length() || v.text.charAt(at) != '(') return null;
        Match<BodyEntry> body = partneredBodyAt(v, at + 1);
        return body == null ? null : lex.partner(body.entry().partnerKey());
    }

    /** How long a body's name may be, in characters. */
    private static final int BODY_REACH = 120;

    /** The first body of some partner whose name starts at the offset, or null. */
    private static Match<BodyEntry> partneredBodyAt(View v, int offset) {
        for (Match<BodyEntry> m : v.in(Layers.BODY_HITS, new Span(offset, Math.min(v.text.length(), offset + BODY_REACH))))
            if (m.span().start() == offset && m.entry().partnerKey() != null) return m;
        return null;
    }

    /** "Director-General Roberto Viola for DG CONNECT", "Joseph Leong signed for MDDI": the partner of the body the person acts for. */
    private PartnerEntry forSide(View v, Span name) {
        Matcher f = FOR_AFTER.matcher(v.text).region(name.end(), Math.min(v.text.length(), name.end() + 40));
        if (!f.lookingAt()) return null;
        int at = f.end(), after = v.text.startsWith("the ", at) ? at + 4 : at;
        Span next = new Span(at, Math.min(v.text.length(), at + BODY_REACH));
        Match<BodyEntry> body = partneredBodyAt(v, at);
        if (body == null && after != at) body = partneredBodyAt(v, after);
        if (body != null) return lex.partner(body.entry().partnerKey());
        for (Match<PartnerEntry> m : v.in(Layers.PARTNER_HITS, next))
            if (m.span().start() == at || m.span().start() == after) return m.entry();
        return null;
    }

    private static final Pattern BODY_AFTER = Pattern.compile(",?\\s+(?:at|of|in)\\s+(?:the\\s+)?");
    /** The comma after a title and its portfolio or its unit ("Head of Section, Trade and Digital, Delegation …"). */
    private static final Pattern COMMA_AFTER = Pattern.compile("(?:\\s+(?:for|of)\\s+[^,;\\n]{1,60}|,\\s+[^,;|\\n()]{1,40}(?=,))?,\\s+(?:the\\s+)?");
    private static final Pattern OWNED_MISSION = Pattern.compile("\\s+" + OrganisationAnnotator.MISSION_WORD + "\\b");

    /** "Counsellor, EU Delegation to the Republic of Korea": the partner whose mission follows the title owns it, not the host. */
    private static PartnerEntry missionAfter(View v, Role r) {
        Matcher c = COMMA_AFTER.matcher(v.text).region(r.title().end(), Math.min(v.text.length(), r.title().end() + 72));
        if (!c.lookingAt()) return null;
        int from = c.end(), to = Math.min(v.text.length(), from + 80);
        Matcher named = MISSION.matcher(v.text).region(from, to);
        if (named.lookingAt()) return v.partnerAt(new Span(named.start(1), named.end(1)));
        for (var layer : List.of(Layers.PARTNER_HITS, Layers.DEMONYM_HITS))
            for (Match<PartnerEntry> m : v.in(layer, new Span(from, to)))
                if (m.span().start() == from && OWNED_MISSION.matcher(v.text).region(m.span().end(), to).lookingAt()) return m.entry();
        return null;
    }
}
