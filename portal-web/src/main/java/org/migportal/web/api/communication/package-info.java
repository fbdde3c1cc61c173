/** {@code /api/communication}: forums' communication logs. */
package org.migportal.web.api.communication;
