/** The dataset as a whole: home page, VoID/DCAT description, dumps and the SPARQL service description. */
package eu.digitalpartnership.kg.publish.web.dataset;
