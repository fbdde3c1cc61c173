/**
 * The programme support section of the forum page: the support given (recorded in a dialog), the members'
 * own contributions beside it, the self-financing share per quarter, and support that ran longer than planned.
 */
package org.migportal.web.support;
