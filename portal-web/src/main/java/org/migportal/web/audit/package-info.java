/** The audit trail page: {@code /audit/list}, optionally {@code ?recordType=forum&recordId=} for one record's history. */
package org.migportal.web.audit;
