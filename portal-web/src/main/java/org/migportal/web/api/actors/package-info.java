/** {@code /api/actors}: market actors, the organisations forum members represent. */
package org.migportal.web.api.actors;
