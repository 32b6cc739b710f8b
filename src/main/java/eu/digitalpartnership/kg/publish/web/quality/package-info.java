/** Quality of the data: the published validation report and validation of a client's own data. */
package eu.digitalpartnership.kg.publish.web.quality;
