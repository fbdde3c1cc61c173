/**
 * Meetings of a forum: who chaired and took the minutes, the minutes and decisions, who attended
 * (present, apologies, absent), the commitments members made and whether they kept them, and for a
 * reflection meeting what the forum looked back on and the adaptations it agreed.
 */
package org.migportal.meeting;
