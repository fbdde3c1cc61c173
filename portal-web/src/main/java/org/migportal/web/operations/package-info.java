/**
 * What the people who run the portal see: one log line per request with its id (the id the error page and the
 * API name as the reference), request timings as MicroProfile Metrics, and the MicroProfile Health checks
 * (live; ready while the database and Keycloak can be reached).
 */
package org.migportal.web.operations;
