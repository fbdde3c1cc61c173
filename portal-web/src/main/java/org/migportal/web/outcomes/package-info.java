/**
 * The outcome pages: {@code /outcomes/list} (filtered by country, forum, type and period),
 * {@code /outcomes/view?id=} with the evidence files (upload, download), {@code /outcomes/edit?id=} or
 * {@code ?forum=} for a new outcome, the evidence download {@code /outcomes/evidence?id=}, and the outcomes'
 * part of the forum page.
 */
package org.migportal.web.outcomes;
