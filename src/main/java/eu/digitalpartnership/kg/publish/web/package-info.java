/**
 * The linked-data site around the SPARQL endpoint. {@link eu.digitalpartnership.kg.publish.web.LinkedDataSite} is the
 * one front class: it makes the parts below for a store, registers them on a
 * {@link eu.digitalpartnership.kg.publish.KgServer.Builder} and swaps them after a reload. Nothing else in this package
 * is public.
 *
 * <h2>Packages, by feature</h2>
 * <ul>
 * <li>{@code http}: the plumbing every feature uses: responses (ETag, 304, errors), content negotiation
 *     ({@code Formats}), {@code Link} headers and the licence ({@code Links}), the request's origin, where canonical IRIs
 *     are served ({@code Served}), the template engine, the query files, classpath files, RDF written to bytes, and the
 *     static and webjar files.</li>
 * <li>{@code resource}: dereferencing and the resource pages: {@code LinkedDataServlet}, {@code Describer} (what the
 *     data says about a resource), {@code ResourcePage}, the page cache, names of terms and dates as text.</li>
 * <li>{@code dataset}: the dataset as a whole: the home page, the VoID/DCAT description, the dumps and the SPARQL
 *     service description.</li>
 * <li>{@code vocabulary}: the ontology, shapes and topic scheme pages.</li>
 * <li>{@code quality}: the published validation report ({@code /validation}) and {@code POST /validate}.</li>
 * <li>{@code query}: the SPARQL query page, the competency queries and the filter in front of {@code /sparql}.</li>
 * <li>{@code admin}: {@code POST /admin/reload}.</li>
 * </ul>
 * Dependencies go one way: {@code http} ← {@code quality} ← {@code resource} ← {@code vocabulary}, {@code dataset} ←
 * {@code query} ← this package; {@code admin} needs none of them. A class is public only when another package uses it.
 *
 * <h2>Names</h2>
 * <ul>
 * <li>{@code *Servlet} handles HTTP for a path ({@code *Filter} in front of one); only these read requests and write
 *     responses, through {@code http.Responses}.</li>
 * <li>{@code *Page} is the model of one HTML page: it builds the map for the template of the same name
 *     ({@code ResourcePage} for {@code resource.mustache}, {@code TopicSchemePage} for {@code topic-scheme.mustache})
 *     and neither renders nor writes it.</li>
 * <li>{@code *Description} is RDF about something served: the dataset (VoID/DCAT), the SPARQL service, the home page's
 *     schema.org record.</li>
 * <li>Templates are Mustache files under {@code src/main/resources/web/templates/}, rendered only by
 *     {@code http.TemplateEngine}; static files are under {@code web/static/}.</li>
 * <li>The SPARQL the site runs is in files under {@code web/queries/NAME.rq}, parsed once and run by
 *     {@code http.QueryFiles}; the competency queries are {@code queries/*.rq} at the top of the project.</li>
 * </ul>
 */
package eu.digitalpartnership.kg.publish.web;
