/**
 * Support a programme gave a forum (facilitation, subsidies, training, in kind) beside what the members
 * put in of their own, so that a forum's dependency shows: the share of self-financing over time, and
 * support that has run longer than planned.
 */
package org.migportal.support;
