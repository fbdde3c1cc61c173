/** Report pages: generating a report with its progress, the archive with publishing, and downloads. */
package org.migportal.web.reports;
