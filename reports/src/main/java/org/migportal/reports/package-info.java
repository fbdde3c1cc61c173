/**
 * JasperReports templates and the code that fills and exports them: one class per report, its
 * {@code .jrxml} beside it in resources under the same name. The donor, country, regional and
 * forum reports arrive with the reporting issue; until then this module only ships in the WAR.
 */
package org.migportal.reports;
