package org.migportal.web.support;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.migportal.forum.boundary.Forums;
import org.migportal.support.boundary.OwnContributions;
import org.migportal.support.boundary.ProgrammeSupport;
import org.migportal.support.boundary.QuarterShare;
import org.migportal.support.boundary.SelfFinancing;
import org.migportal.support.entity.Support;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.Messages;

/**
 * The forum page's "Programme support" section: what the programme gave (each row flagged when it ran
 * longer than planned), recorded and corrected in a dialog; what the members put in themselves; and the
 * self-financing share per quarter over the last two years.
 */
@Named
@ViewScoped
public class ForumSupportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeSupport programmeSupport;

    @Inject
    Forums forums;

    private Long forumId;
    private String currency;
    private List<Support> given = List.of();
    private OwnContributions own;
    private SelfFinancing selfFinancing;
    private boolean canRecord;
    private Support draft;
    private boolean conflict;

    /** Runs after the forum page has loaded its forum, so the caller may read it. */
    public void load(Long forumId) {
        this.forumId = forumId;
        reload();
    }

    private void reload() {
        given = programmeSupport.ofForum(forumId);
        own = programmeSupport.ownContributions(forumId);
        selfFinancing = programmeSupport.selfFinancing(forumId, null, null);
        currency = selfFinancing.currency();
        canRecord = programmeSupport.canRecord(forumId);
    }

    public void prepareNew() {
        conflict = false;
        draft = new Support();
        draft.setCurrency(currency);
        draft.setStartsOn(LocalDate.now());
    }

    public void prepareEdit(Support support) {
        conflict = false;
        draft = programmeSupport.get(support.getId());
    }

    public void save() {
        BoundaryCall.run(() -> {
            if (draft.isNew()) {
                draft.setForum(forums.get(forumId));
                programmeSupport.create(draft);
            } else {
                programmeSupport.update(draft);
            }
            Messages.info("support.saved");
            reload();
        }, () -> conflict = true);
    }

    /** Deletes a row (the page asks first); refused because someone changed it meanwhile, the list shows their change. */
    public void delete(Support support) {
        BoundaryCall.run(() -> {
            programmeSupport.delete(support.getId(), support.getVersion());
            Messages.info("support.deleted");
        });
        reload();
    }

    /** How many of the rows ran longer than planned, for the section's warning. */
    public long getOverrunCount() {
        return given.stream().filter(Support::isOverrun).count();
    }

    /** The share as a bar's width; 0 when nothing was put in. */
    public int barWidth(QuarterShare quarter) {
        Integer share = quarter.share();
        return share == null ? 0 : share;
    }

    public Long getForumId() {
        return forumId;
    }

    public String getCurrency() {
        return currency;
    }

    public List<Support> getGiven() {
        return given;
    }

    public OwnContributions getOwn() {
        return own;
    }

    public SelfFinancing getSelfFinancing() {
        return selfFinancing;
    }

    public boolean isCanRecord() {
        return canRecord;
    }

    public Support getDraft() {
        return draft;
    }

    public boolean isConflict() {
        return conflict;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }
}
