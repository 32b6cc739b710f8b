/**
 * Dereferencing and resource pages: the linked-data servlet, the describer, the resource page model and its cache,
 * names of terms and dates as text.
 */
package eu.digitalpartnership.kg.publish.web.resource;
