package org.migportal.web.communication;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.migportal.communication.boundary.CommunicationLog;
import org.migportal.communication.entity.CommunicationEntry;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.member.entity.Member;
import org.migportal.member.entity.Membership;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.Labels;
import org.migportal.web.faces.Messages;
import org.migportal.web.faces.Pick;

/**
 * Records a log entry ({@code ?forum=} names the forum, or the user picks one) or corrects one
 * ({@code ?id=}). The parties are chosen among the forum's members; a refused save keeps the input,
 * and a save over someone else's newer one says so.
 */
@Named
@ViewScoped
public class EditCommunicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunicationLog log;

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    @Inject
    ForumPicker forumPicker;

    private Long id;
    private Long forumId;
    private CommunicationEntry entry;
    private Pick forum;
    private Set<String> writableCountries = Set.of();
    private List<Pick> members = List.of();
    private List<Long> partyIds = new ArrayList<>();
    private boolean conflict;

    public String load() {
        writableCountries = geography.writableCountries().stream().map(Country::getIsoCode).collect(Collectors.toSet());
        if (id != null) {
            entry = log.get(id);
            forumId = entry.getForum().getId();
            partyIds = entry.getParties().stream().map(Member::getId).collect(Collectors.toCollection(ArrayList::new));
        } else {
            entry = new CommunicationEntry();
            entry.setHappenedOn(LocalDate.now());
        }
        if (forumId != null) {
            Forum chosen = forums.get(forumId);
            if (chosen.isClosed()) {
                Messages.flashError("forum.closed", chosen.getName());
                return "/communication/list?faces-redirect=true&forum=" + forumId;
            }
            if (!log.canWrite(forumId)) {
                throw new AccessDeniedException();
            }
            forum = ForumPicker.pick(chosen);
            members = membersOf(forumId);
        }
        return null;
    }

    public List<Pick> completeForum(String text) {
        return forumPicker.writable(text, writableCountries);
    }

    /** A new forum chosen: its members are the parties to choose from. */
    public void forumChosen() {
        partyIds = new ArrayList<>();
        members = forum == null ? List.of() : membersOf(forum.id());
    }

    /** The forum's members, current ones first, each once. */
    private List<Pick> membersOf(long forum) {
        Map<Long, Pick> picks = new LinkedHashMap<>();
        for (Membership seat : forums.allMemberships(forum)) {
            Member member = seat.getMember();
            picks.putIfAbsent(member.getId(), new Pick(member.getId(), Labels.nameOf(member) + " — " + member.getActor().getName()));
        }
        return List.copyOf(picks.values());
    }

    public String save() {
        return BoundaryCall.outcome(() -> {
            Set<Long> parties = Set.copyOf(partyIds);
            CommunicationEntry saved;
            if (entry.isNew()) {
                entry.setForum(forum == null ? null : forums.get(forum.id()));
                saved = log.create(entry, parties);
            } else {
                saved = log.update(entry, parties);
            }
            Messages.flashInfo("communication.saved");
            return "/communication/list?faces-redirect=true&forum=" + saved.getForum().getId();
        }, () -> conflict = true);
    }

    public String delete() {
        return BoundaryCall.outcome(() -> {
            log.delete(id, entry.getVersion());
            Messages.flashInfo("communication.deleted");
            return "/communication/list?faces-redirect=true&forum=" + forumId;
        }, () -> conflict = true);
    }

    public boolean isCreating() {
        return entry.isNew();
    }

    /** The forum is fixed once known: an entry stays in its forum's log. */
    public boolean isForumFixed() {
        return forumId != null;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getForumId() {
        return forumId;
    }

    public void setForumId(Long forumId) {
        this.forumId = forumId;
    }

    public CommunicationEntry getEntry() {
        return entry;
    }

    public Pick getForum() {
        return forum;
    }

    public void setForum(Pick forum) {
        this.forum = forum;
    }

    public List<Pick> getMembers() {
        return members;
    }

    public List<Long> getPartyIds() {
        return partyIds;
    }

    public void setPartyIds(List<Long> partyIds) {
        this.partyIds = partyIds == null ? new ArrayList<>() : new ArrayList<>(partyIds);
    }

    public boolean isConflict() {
        return conflict;
    }
}
