/** {@code /api/workshops} and {@code /api/workshop-constraints}: market-mapping workshops, their constraints and votes. */
package org.migportal.web.api.workshops;
