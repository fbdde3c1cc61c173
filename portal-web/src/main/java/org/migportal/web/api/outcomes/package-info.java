/** {@code /api/outcomes} and {@code /api/programme-support}: what forums achieved, with evidence, and the support they got. */
package org.migportal.web.api.outcomes;
