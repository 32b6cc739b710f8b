/** The vocabulary pages: ontology, shapes and topic scheme, in HTML and RDF. */
package eu.digitalpartnership.kg.publish.web.vocabulary;
