/**
 * The market-mapping workshop pages: {@code /workshops/list}, {@code /workshops/view?id=} with the
 * constraints ranked by votes and the forums set up for them, {@code /workshops/edit?id=}; and the
 * workshop's part of the forum pages (where a forum came from, a forum pre-filled from a constraint).
 */
package org.migportal.web.workshops;
