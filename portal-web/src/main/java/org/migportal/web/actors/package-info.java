/** The market actor pages: {@code /actors/list} and {@code /actors/edit?id=}. */
package org.migportal.web.actors;
