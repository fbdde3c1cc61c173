/** Test support for the REST API: an HTTP client with real Keycloak tokens, and the list of the API's operations. */
package org.migportal.testing.api;
