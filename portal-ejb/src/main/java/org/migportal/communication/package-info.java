/**
 * A forum's communication log, after the guidance's kinds of communication: member-to-member,
 * internal (a member with their own organisation) and external (government decision-makers, large
 * companies, development programmes, media), each with its channel, purpose, summary, follow-up
 * and outcome.
 */
package org.migportal.communication;
