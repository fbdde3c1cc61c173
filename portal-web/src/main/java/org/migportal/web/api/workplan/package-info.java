/** {@code /api/work-plans} and {@code /api/actions}: a forum's work-plans, its actions with their assessments, and their order. */
package org.migportal.web.api.workplan;
