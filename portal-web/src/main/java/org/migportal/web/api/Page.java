package org.migportal.web.api;

import java.util.List;

/**
 * One page of a list: the rows from {@code first} on, and how many rows match in all.
 *
 * @param total how many rows match the filters, within the caller's scope
 */
public record Page<T>(long total, int first, int size, List<T> items) {
}
