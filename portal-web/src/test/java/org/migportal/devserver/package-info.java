/**
 * The development launcher ({@link org.migportal.devserver.PortalLauncher}, run by {@code mvn -Pstart verify})
 * and the servers it starts: embedded PostgreSQL, Keycloak and Payara Micro. The integration tests share these
 * classes, so each server can also run on random ports with its data under {@code target/}.
 */
package org.migportal.devserver;
