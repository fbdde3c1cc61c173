/**
 * Importing members, with the market actors they represent and their seats in forums, from the
 * CSV and Excel files field teams keep (KoboToolbox exports, spreadsheets): a preview that names
 * each row's problems before anything is saved, then every valid row in one transaction.
 * <p>
 * The column layout is {@link org.migportal.memberimport.boundary.ImportColumn}; the import page
 * documents it and offers it as a template.
 */
package org.migportal.memberimport;
