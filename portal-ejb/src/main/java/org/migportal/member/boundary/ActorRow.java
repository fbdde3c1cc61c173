package org.migportal.member.boundary;

import java.io.Serializable;
import org.migportal.member.entity.MarketActor;

/** A market actor as the list shows it, with the number of its representatives. */
public record ActorRow(MarketActor actor, long members) implements Serializable {
}
