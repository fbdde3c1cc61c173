/**
 * The REST API under {@code /api} ({@link org.migportal.web.api.RestApi}): one package per feature
 * ({@code forums}, {@code members}, {@code actors}) with a resource that calls the boundaries and records
 * for its request and response bodies (never entities: every field that leaves is named in a record).
 * Errors are {@link org.migportal.web.api.Problem}s, decided in {@link org.migportal.web.api.ProblemMappers}.
 */
package org.migportal.web.api;
