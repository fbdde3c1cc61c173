/**
 * Forum health pages: the country dashboard ({@code /health/dashboard.xhtml}) with its charts, and the
 * health section of a forum's page, where the country officer records what they will do about it.
 */
package org.migportal.web.health;
