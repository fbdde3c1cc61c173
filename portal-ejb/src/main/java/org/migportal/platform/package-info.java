/**
 * What every feature shares: the entity base class (id, optimistic-lock version, equality), the
 * schema migration at start-up, paging, and the exceptions that carry a message for the user.
 */
package org.migportal.platform;
