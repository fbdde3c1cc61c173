/** The REST API of reports: the archive, downloads of the archived files, and generation in the background. */
package org.migportal.web.api.reports;
