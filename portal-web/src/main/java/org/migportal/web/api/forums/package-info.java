/** {@code /api/forums}: forums and their lifecycle. */
package org.migportal.web.api.forums;
