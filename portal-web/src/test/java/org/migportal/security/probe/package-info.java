/**
 * Test-only pieces deployed with the portal by {@code BoundaryAccessMatrixIT}: a REST resource that
 * calls one boundary operation as the caller of a real bearer token, on records made here for it.
 */
package org.migportal.security.probe;
