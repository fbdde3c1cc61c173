/**
 * Participatory market-mapping workshops, the usual origin of forums: the constraints the
 * participants identified, the votes that picked those they will commit effort to, and the forums
 * set up for the picked constraints.
 */
package org.migportal.workshop;
