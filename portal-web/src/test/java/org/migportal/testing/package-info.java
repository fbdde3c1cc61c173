/**
 * What the integration tests share: the test database and Keycloak (started once per run), the
 * in-container test login ({@code container}), and the browser ({@code browser}).
 */
package org.migportal.testing;
