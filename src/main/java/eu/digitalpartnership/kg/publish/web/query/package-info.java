/** The SPARQL query page, the competency queries and the filter in front of /sparql. */
package eu.digitalpartnership.kg.publish.web.query;
