/**
 * The audit trail: who created, changed or deleted which record and when, with the before and
 * after of the changed fields. Written by database triggers in the same transaction as the change
 * (migration V2); the portal tags each transaction with the caller.
 */
package org.migportal.audit;
