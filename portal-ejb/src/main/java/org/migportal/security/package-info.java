/**
 * Who the caller is (roles and scope from the login token) and the one guard every boundary asks
 * before it reads or changes anything: country officers in their countries, regional managers in
 * their region, forum secretaries in their forum, admins everywhere, donors nowhere here.
 */
package org.migportal.security;
