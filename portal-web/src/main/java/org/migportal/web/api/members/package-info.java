/** {@code /api/members} and {@code /api/memberships}: the people in forums and their seats. */
package org.migportal.web.api.members;
