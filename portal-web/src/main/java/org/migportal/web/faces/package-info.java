/**
 * Faces pieces every page shares: turning boundary refusals into messages, enum labels and choices,
 * who the caller is (for rendering only; the EJB tier enforces), the view locale, a lazy list model
 * over boundary {@code search}/{@code count} pairs, and logging out.
 */
package org.migportal.web.faces;
