/**
 * How the portal is run for real: the docker/ files (checked here, as no Docker engine runs on the build machines),
 * the settings, health and metrics, and the faults a deployment must survive (database restart, Keycloak down, an
 * instance of a cluster killed), each tested against real processes on loopback.
 */
package org.migportal.deployment;
