package org.migportal.workplan.boundary;

import java.io.Serializable;

/** An action at its place in the order the forum chose, with the version the officer saw. */
public record ActionPosition(long id, long version) implements Serializable {
}
