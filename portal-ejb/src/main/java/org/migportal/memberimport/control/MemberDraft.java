package org.migportal.memberimport.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.entity.District;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarginalisedGroup;
import org.migportal.member.entity.MarketActor;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.SelectionMethod;
import org.migportal.member.entity.Sex;

/**
 * A valid row, read into what will be saved: the member, their actor (found, or to create with
 * its type and district) and, if a forum is named, their seat.
 */
public record MemberDraft(
        String givenName,
        String familyName,
        Sex sex,
        Integer birthYear,
        String phone,
        String email,
        boolean consent,
        LocalDate consentDate,
        Set<MarginalisedGroup> groups,
        MarketActor existingActor,
        String actorName,
        ActorType actorType,
        District district,
        Forum forum,
        MembershipRole role,
        SelectionMethod selection,
        LocalDate joinedOn) implements Serializable {
}
