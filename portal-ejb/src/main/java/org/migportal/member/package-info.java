/**
 * Market actors, the people who represent them (members, with their personal data and consent),
 * and their seats in forums: role, how they were chosen and what they contribute of their own.
 */
package org.migportal.member;
