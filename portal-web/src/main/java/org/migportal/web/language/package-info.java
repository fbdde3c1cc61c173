/**
 * The portal's languages (English, French, Spanish and Arabic, right-to-left): the choice in the header,
 * remembered in a cookie, and the view locale that follows from it or, without a choice, from the browser.
 */
package org.migportal.web.language;
