package eu.digitalpartnership.kg.extract.annotate;

import eu.digitalpartnership.kg.extract.pipeline.Annotator;
import eu.digitalpartnership.kg.extract.pipeline.Document;
import eu.digitalpartnership.kg.extract.pipeline.Layer;
import eu.digitalpartnership.kg.extract.pipeline.Output;
import eu.digitalpartnership.kg.extract.text.DateFinder;
import java.util.Set;

/** Dates in every common form, with missing years and relative dates resolved against the article's own dates. */
final class DateAnnotator implements Annotator {
    @Override public Set<Layer<?>> reads() { return Set.of(); }

    @Override public Set<Layer<?>> writes() { return Set.of(Layers.DATES); }

    @Override public void annotate(Document doc, Output out) {
        out.put(Layers.DATES, DateFinder.find(doc.text(), doc.published()));
    }
}
