/**
 * The communication log pages: {@code /communication/list} (filtered by forum, type, purpose and
 * period), {@code /communication/edit?id=} or {@code ?forum=} for a new entry, and the log's part
 * of the forum page.
 */
package org.migportal.web.communication;
