package org.migportal.member.boundary;

import java.io.Serializable;
import jakarta.validation.constraints.Size;
import org.migportal.member.entity.ActorType;

/** The filters of the market actor list; null means no filter. */
public record ActorFilter(@Size(max = 2) String countryIso, ActorType actorType, @Size(max = 100) String text) implements Serializable {

    public static ActorFilter none() {
        return new ActorFilter(null, null, null);
    }
}
