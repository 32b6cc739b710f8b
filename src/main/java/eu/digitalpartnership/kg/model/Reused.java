package eu.digitalpartnership.kg.model;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of other vocabularies that the published graph uses and Jena has no constant for. */
public final class Reused {
    /** {@code dqv:hasQualityAnnotation}: an entity to the record of a conflict between its documents. */
    public static final Node HAS_QUALITY_ANNOTATION = NodeFactory.createURI("http://www.w3.org/ns/dqv#hasQualityAnnotation");
    /** {@code prov:wasDerivedFrom}: a published statement to the claim statements it stands for. */
    public static final Node WAS_DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private Reused() {}
}
