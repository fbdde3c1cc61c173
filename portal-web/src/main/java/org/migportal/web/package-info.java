/**
 * The portal's pages. Each feature package mirrors a URL folder ({@code forums}, {@code members},
 * {@code actors}, {@code errors}); a backing bean and its page share a name
 * ({@code EditForumBacking} ↔ {@code /forums/edit.xhtml}). The home page's bean sits here.
 */
package org.migportal.web;
