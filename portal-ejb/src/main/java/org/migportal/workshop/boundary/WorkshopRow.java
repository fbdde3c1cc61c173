package org.migportal.workshop.boundary;

import java.io.Serializable;
import org.migportal.workshop.entity.Workshop;

/** A workshop as the list shows it: how many constraints it listed and how many became forums. */
public record WorkshopRow(Workshop workshop, long constraints, long forums) implements Serializable {
}
