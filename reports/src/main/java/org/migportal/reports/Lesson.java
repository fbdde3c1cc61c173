package org.migportal.reports;

import java.time.LocalDate;

/** What a reflection meeting of a forum wrote down as its lessons. */
public record Lesson(String forum, LocalDate heldOn, String text) {
}
