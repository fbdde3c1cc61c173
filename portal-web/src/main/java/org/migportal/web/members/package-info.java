/**
 * The member pages: {@code /members/list} (with its CSV and Excel export), {@code /members/edit?id=} with
 * the member's forums, and {@code /members/import} (members from a CSV or Excel file, with a preview).
 */
package org.migportal.web.members;
