package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.Sentence;
import eu.digitalpartnership.kg.extract.text.TextIndex;
import eu.digitalpartnership.kg.extract.text.Token;
import java.util.List;
import java.util.Set;

/** Sentences (OpenNLP; every line break also ends one) and their tokens. */
final class SentenceAnnotator implements Annotator {
    @Override public Set<Layer<?>> reads() { return Set.of(); }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.SENTENCES, Layers.TOKENS); }

    @Override public void annotate(Document doc, Output out) {
        List<Sentence> sentences = TextIndex.of(doc.text()).sentences();
        out.put(Layers.SENTENCES, sentences);
        out.put(Layers.TOKENS, sentences.stream().flatMap(s -> s.tokens().stream()).toList());
    }
}
