package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.pipeline.Annotations;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.rules.Rule;
import eu.digitalpartnership.kg.extract.rules.RuleBook;
import eu.digitalpartnership.kg.extract.rules.RuleMatch;
import eu.digitalpartnership.kg.extract.rules.TokenPattern;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.Spanned;
import eu.digitalpartnership.kg.extract.text.Token;
import java.util.List;
import java.util.Map;

/** A document's tokens and layers as rule patterns see them; pattern names (NAME, ROLE …) map to layers. */
final class LayerInput implements TokenPattern.Input {
    private final Document doc;
    private final Annotations<Token> tokens;
    private final Map<String, Layer<?>> layers;

    LayerInput(Document doc, Map<String, Layer<?>> layers) {
        this.doc = doc;
        this.tokens = doc.get(Layers.TOKENS);
        this.layers = layers;
    }

    /** Every match of the rules in the sentence. */
    List<RuleMatch> match(List<Rule> rules, Sentence s) {
        return RuleBook.matchAll(rules, this, tokens.firstStartingFrom(s.span().start()), tokens.firstStartingFrom(s.span().end()));
    }

    @Override public int size() { return tokens.size(); }

    @Override public String text(int i) { return tokens.get(i).text(); }

    @Override public int start(int i) { return tokens.get(i).start(); }

    @Override public int end(int i) { return tokens.get(i).end(); }

    @Override public int tokenFrom(int offset) { return tokens.firstStartingFrom(offset); }

    @Override public List<? extends Spanned> startingIn(String layer, int i) {
        Layer<?> l = layers.get(layer);
        if (l == null) throw new IllegalArgumentException("Pattern layer " + layer + " is not mapped");
        return doc.get(l).startingWithin(tokens.get(i).span());
    }
}
