/** {@code /api/health} and {@code /api/forums/{id}/health}: forum health signals, the reasons a forum is flagged, and the responses. */
package org.migportal.web.api.health;
