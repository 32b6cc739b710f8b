/**
 * HTTP plumbing of the site: responses, content negotiation, Link headers, origins, served IRIs, templates, query and
 * classpath files, static and webjar files.
 */
package eu.digitalpartnership.kg.publish.web.http;
