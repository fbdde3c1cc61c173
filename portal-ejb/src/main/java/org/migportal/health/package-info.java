/**
 * Forum health: signs, computed from a forum's own records, that it is "running out of steam" (the
 * guidance's words): no meetings, falling attendance, women and youth staying away, commitments not
 * kept, no action done, no outcome, dependence on programme money. A forum showing them is flagged with
 * the reasons, and the country officer records what they will do about it.
 */
package org.migportal.health;
