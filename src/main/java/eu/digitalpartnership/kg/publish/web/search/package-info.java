/**
 * Site search: {@code /search?q=} (HTML or JSON) and {@code /search/suggest?q=} (JSON, as one types) over the labels
 * and aliases of the published graph, through Jena's text index ({@code text:query}, see {@code load.LabelIndex}).
 * {@link eu.digitalpartnership.kg.publish.web.search.SearchText} turns what people type into a Lucene query that
 * cannot fail to parse, {@link eu.digitalpartnership.kg.publish.web.search.Ranking} orders what the index found.
 */
package eu.digitalpartnership.kg.publish.web.search;
