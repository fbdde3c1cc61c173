/** {@code /api/meetings} and {@code /api/commitments}: a forum's meetings, their attendance, and the commitments made there. */
package org.migportal.web.api.meetings;
