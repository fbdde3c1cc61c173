/**
 * What forums achieved: outcomes by type (a policy changed, a service improved, a new business
 * arrangement, market access, price or income, knowledge and skills), whether they reach beyond the
 * members, how many people benefit (the share of women and youth), who verified them, the actions that
 * led to them, and the evidence (a note and PDF or image files, served only to those who may read the forum).
 */
package org.migportal.outcome;
