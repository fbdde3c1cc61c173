package org.migportal.reports;

/** A printed lesson: where and when it was written down, and the text. Built by the report classes. */
public record LessonRow(String source, String text) {
}
