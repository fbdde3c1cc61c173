package org.migportal.reports;

/** A printed outcome story: its heading, what changed, whom it reached, its evidence. Built by the report classes. */
public record StoryRow(String heading, String text, String reach, String evidence) {
}
