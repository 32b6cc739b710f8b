package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.text.Span;
import eu.digitalpartnership.kg.extract.text.Spanned;

/**
 * A mention of a council meeting: its ordinal if stated, whether it is announced for the future or said to be past,
 * whether the text speaks of a meeting at all, the body ({@code kind}) and the part of the sentence that is its own.
 */
public record CouncilMention(Span span, int sentence, Integer ordinal, boolean future, boolean past, boolean meeting,
                             String kind, Span window, String rule) implements Spanned {
    CouncilMention(Span span, int sentence, Integer ordinal, boolean future, boolean past, boolean meeting, String kind, Span window) {
        this(span, sentence, ordinal, future, past, meeting, kind, window, null);
    }

    /** The same mention over a longer span ("first meeting" with its " of the Council"). */
    CouncilMention spanning(Span s) {
        return new CouncilMention(s, sentence, ordinal, future, past, meeting, kind, window, rule);
    }

    CouncilMention within(Span w) {
        return new CouncilMention(span, sentence, ordinal, future, past, meeting, kind, w, rule);
    }

    CouncilMention numbered(int n) {
        return new CouncilMention(span, sentence, n, future, past, meeting, kind, window, rule);
    }

    CouncilMention announced() {
        return new CouncilMention(span, sentence, ordinal, true, past, meeting, kind, window, rule);
    }
}
