package org.migportal.platform.control;

import java.io.Serializable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * One page of a list: the first row, how many rows, and the sort. The sort field is a name the
 * boundary maps to a column from its own allow-list, never a path taken from the caller.
 */
public record PageRequest(
        @Min(0) int first,
        @Min(1) @Max(MAX_SIZE) int size,
        @Size(max = 40) String sortField,
        boolean ascending) implements Serializable {

    public static final int MAX_SIZE = 500;

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true);
    }
}
