/** The member pages: {@code /members/list} and {@code /members/edit?id=} with the member's forums. */
package org.migportal.web.members;
