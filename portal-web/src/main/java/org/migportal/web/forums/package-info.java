/** The forum pages: {@code /forums/list}, {@code /forums/view?id=} with members and lifecycle, {@code /forums/edit?id=}. */
package org.migportal.web.forums;
