/** {@code /api/countries}: the countries and districts records are placed in. */
package org.migportal.web.api.geography;
