/** The error pages ({@code /errors/*.xhtml}): they show no data, only what happened and where to go. */
package org.migportal.web.errors;
