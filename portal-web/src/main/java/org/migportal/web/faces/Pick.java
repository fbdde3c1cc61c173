package org.migportal.web.faces;

import java.io.Serializable;

/**
 * A record chosen in an autocomplete: its id and the text the user saw. Pickers hold this rather
 * than the entity because a component keeps its value in the view state between requests, and the
 * entities are not serializable; the page loads the entity through its boundary when it saves.
 */
public record Pick(long id, String label) implements Serializable {
}
