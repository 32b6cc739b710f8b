/** Administration: reloading the seeds while serving. */
package eu.digitalpartnership.kg.publish.web.admin;
