/**
 * JasperReports templates and the code that fills and exports them: one class per report
 * ({@link ForumReport}, {@link CountryReport}, {@link DonorReport}), its {@code .jrxml} beside it in
 * resources under the same name. Reports are filled from figures (Java records of aggregated
 * counts), never from entities, so that no member's personal data can reach a PDF. The templates
 * are compiled at build time ({@link TemplateCompiler}); every page carries the shared frame of
 * {@code PageFrame.jrxml}. See the module's README.
 */
package org.migportal.reports;
