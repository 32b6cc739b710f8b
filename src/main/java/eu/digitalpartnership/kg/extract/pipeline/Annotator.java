package eu.digitalpartnership.kg.extract.pipeline;

import java.util.Set;

/**
 * One step of the annotation pipeline: reads some layers of a document and writes others. It keeps no state between
 * documents and writes nothing but its declared layers; the pipeline derives the order of steps from the declarations.
 */
public interface Annotator {
    /** The layers this step reads. */
    Set<Layer<?>> reads();

    /** The layers this step writes (each exactly once). */
    Set<Layer<?>> writes();

    /** Reads the document's declared layers and puts every declared output layer. */
    void annotate(Document doc, Output out);

    /** A readable name for messages and the pipeline's description. */
    default String name() {
        return getClass().getSimpleName();
    }
}
