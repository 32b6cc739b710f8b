package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.lexicon.Lexicons;
import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Pipeline;
import java.util.List;

/** The standard annotators of the extraction pipeline; their order is derived from the layers they declare. */
public final class Annotators {
    private Annotators() {}

    /** Every annotator, built over the lexicons. */
    public static List<Annotator> standard(Lexicons lex) {
        return List.of(new SentenceAnnotator(), new LexiconAnnotator(lex), new DateAnnotator(), new PartnerAnnotator(lex),
                new OrganisationAnnotator(lex), new PlaceAnnotator(lex), new NameAnnotator(lex), new RoleAnnotator(lex),
                new OfficialAnnotator(lex), new CouncilMentionAnnotator(lex), new CouncilAnnotator(),
                new MemorandumAnnotator(lex), new MeetingAnnotator(), new TopicAnnotator(lex), new InitiativeAnnotator(lex),
                new LaunchAnnotator(), new RefutedAnnotator(), new FurnitureAnnotator(lex));
    }

    /** The standard pipeline. */
    public static Pipeline pipeline(Lexicons lex) {
        return Pipeline.of(standard(lex));
    }
}
