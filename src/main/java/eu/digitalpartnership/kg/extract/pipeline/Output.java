package eu.digitalpartnership.kg.extract.pipeline;

import eu.digitalpartnership.kg.extract.text.Spanned;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** What one annotator writes: exactly its declared layers, each once. */
public final class Output {
    private final String writer;
    private final Set<Layer<?>> declared;
    private final Map<Layer<?>, Annotations<?>> written = new HashMap<>();

    Output(String writer, Set<Layer<?>> declared) {
        this.writer = writer;
        this.declared = declared;
    }

    /** Writes a layer; throws if it is not declared or already written. */
    public <T extends Spanned> void put(Layer<T> layer, Collection<? extends T> annotations) {
        if (!declared.contains(layer)) throw new IllegalStateException(writer + " writes undeclared layer '" + layer + "'");
        if (written.putIfAbsent(layer, Annotations.of(annotations)) != null)
            throw new IllegalStateException(writer + " writes layer '" + layer + "' twice");
    }

    Map<Layer<?>, Annotations<?>> layers() {
        for (Layer<?> l : declared)
            if (!written.containsKey(l)) throw new IllegalStateException(writer + " did not write its layer '" + l + "'");
        return written;
    }
}
