package org.migportal.reports;

/**
 * One line of a breakdown: a category and how many fall in it. The category is the code of a
 * portal value ({@code SMALL_PRODUCER}, {@code FEMALE}, {@code DORMANT}…) under a label group
 * ({@code actorType}, {@code sex}, {@code forumStatus}…): reports show it through the label bundle.
 */
public record Tally(String code, long count) {
}
