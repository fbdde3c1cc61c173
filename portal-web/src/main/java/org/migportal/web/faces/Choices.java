package org.migportal.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.migportal.communication.entity.CommunicationChannel;
import org.migportal.communication.entity.CommunicationKind;
import org.migportal.communication.entity.CommunicationPurpose;
import org.migportal.communication.entity.ExternalAudience;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.forum.entity.MeetingFrequency;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarginalisedGroup;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.SelectionMethod;
import org.migportal.member.entity.Sex;

/** The constants of the domain's enums, in declaration order, for select menus and filters. */
@Named
@ApplicationScoped
public class Choices {

    public List<ForumStatus> getForumStatuses() {
        return List.of(ForumStatus.values());
    }

    public List<ChangeArea> getChangeAreas() {
        return List.of(ChangeArea.values());
    }

    public List<MeetingFrequency> getMeetingFrequencies() {
        return List.of(MeetingFrequency.values());
    }

    public List<ActorType> getActorTypes() {
        return List.of(ActorType.values());
    }

    public List<Sex> getSexes() {
        return List.of(Sex.values());
    }

    public List<MarginalisedGroup> getMarginalisedGroups() {
        return List.of(MarginalisedGroup.values());
    }

    public List<MembershipRole> getMembershipRoles() {
        return List.of(MembershipRole.values());
    }

    public List<SelectionMethod> getSelectionMethods() {
        return List.of(SelectionMethod.values());
    }

    public List<CommunicationKind> getCommunicationKinds() {
        return List.of(CommunicationKind.values());
    }

    public List<ExternalAudience> getExternalAudiences() {
        return List.of(ExternalAudience.values());
    }

    public List<CommunicationChannel> getCommunicationChannels() {
        return List.of(CommunicationChannel.values());
    }

    public List<CommunicationPurpose> getCommunicationPurposes() {
        return List.of(CommunicationPurpose.values());
    }
}
