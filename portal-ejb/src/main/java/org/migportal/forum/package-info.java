/**
 * Forums (Market Interest Groups): what they work on, where they meet, and their lifecycle from
 * proposed to closed, with the lessons learned captured on closing.
 */
package org.migportal.forum;
