/**
 * Reports: generating the PDF reports of the {@code reports} module from aggregate SQL figures,
 * in the background with a job status the pages poll, archiving every file with its SHA-256, and
 * publishing reports to the donors of their countries.
 */
package org.migportal.report;
