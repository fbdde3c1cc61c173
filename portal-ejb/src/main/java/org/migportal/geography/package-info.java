/** Regions, countries (with their youth age bounds) and districts, the level forums work at. */
package org.migportal.geography;
