/** The REST API of report schedules: the list, a new schedule, and running one now. */
package org.migportal.web.api.schedules;
