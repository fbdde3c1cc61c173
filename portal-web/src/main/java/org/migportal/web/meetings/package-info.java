/**
 * The meeting pages: the list of meetings ({@code /meetings/list}), a meeting with its attendance sheet,
 * commitments and reflection ({@code /meetings/view}), the meeting form ({@code /meetings/edit}), and the
 * meetings section of a forum's page ({@code /meetings/forumSection}).
 */
package org.migportal.web.meetings;
