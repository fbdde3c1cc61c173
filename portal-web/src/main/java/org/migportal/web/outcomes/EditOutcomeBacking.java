package org.migportal.web.outcomes;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.geography.boundary.Geography;
import org.migportal.geography.entity.Country;
import org.migportal.outcome.boundary.Outcomes;
import org.migportal.outcome.entity.Outcome;
import org.migportal.security.control.AccessDeniedException;
import org.migportal.web.communication.ForumPicker;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.Labels;
import org.migportal.web.faces.Messages;
import org.migportal.web.faces.Pick;
import org.migportal.workplan.entity.Action;

/**
 * Records an outcome ({@code ?forum=} names the forum, or the user picks one) or corrects one ({@code ?id=}),
 * with the forum's actions that led to it. Evidence files are added on the outcome's page once it is saved.
 * A refused save keeps the input; a save over someone else's newer one says so.
 */
@Named
@ViewScoped
public class EditOutcomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outcomes outcomes;

    @Inject
    Forums forums;

    @Inject
    Geography geography;

    @Inject
    ForumPicker forumPicker;

    @Inject
    Labels labels;

    private Long id;
    private Long forumId;
    private Outcome outcome;
    private Pick forum;
    private Set<String> writableCountries = Set.of();
    private List<Pick> actions = List.of();
    private List<Long> actionIds = new ArrayList<>();
    private boolean conflict;

    public String load() {
        writableCountries = geography.writableCountries().stream().map(Country::getIsoCode).collect(Collectors.toSet());
        if (id != null) {
            outcome = outcomes.get(id);
            forumId = outcome.getForum().getId();
            actionIds = outcome.getActions().stream().map(Action::getId).collect(Collectors.toCollection(ArrayList::new));
        } else {
            outcome = new Outcome();
            outcome.setOccurredOn(LocalDate.now());
        }
        if (forumId != null) {
            Forum chosen = forums.get(forumId);
            if (chosen.isClosed()) {
                Messages.flashError("forum.closed", chosen.getName());
                return id != null ? "/outcomes/view?faces-redirect=true&id=" + id
                        : "/outcomes/list?faces-redirect=true&forum=" + forumId;
            }
            if (!outcomes.canRecord(forumId)) {
                throw new AccessDeniedException();
            }
            forum = new Pick(chosen.getId(), chosen.getCode() + " — " + chosen.getName());
            actions = actionsOf(forumId);
        }
        return null;
    }

    public List<Pick> completeForum(String text) {
        return forumPicker.writable(text, writableCountries);
    }

    /** A new forum chosen: its actions are those to choose from. */
    public void forumChosen() {
        actionIds = new ArrayList<>();
        actions = forum == null ? List.of() : actionsOf(forum.id());
    }

    private List<Pick> actionsOf(long forum) {
        return outcomes.actionChoices(forum).stream()
                .map(action -> new Pick(action.getId(), action.getTitle() + " (" + labels.of(action.getStatus()) + ")"))
                .toList();
    }

    public String save() {
        if (!crossFieldsValid()) {
            return null;
        }
        return BoundaryCall.outcome(() -> {
            Set<Long> chosen = Set.copyOf(actionIds);
            Outcome saved;
            if (outcome.isNew()) {
                outcome.setForum(forum == null ? null : forums.get(forum.id()));
                saved = outcomes.create(outcome, chosen);
            } else {
                saved = outcomes.update(outcome, chosen);
            }
            Messages.flashInfo("outcome.saved");
            return "/outcomes/view?faces-redirect=true&id=" + saved.getId();
        }, () -> conflict = true);
    }

    /**
     * The rules between fields, shown beside the field to correct (the boundary checks them again): a date of
     * verification needs who verified, and cannot be before the outcome.
     */
    private boolean crossFieldsValid() {
        boolean valid = true;
        if (outcome.getVerifiedOn() != null && (outcome.getVerifiedBy() == null || outcome.getVerifiedBy().isBlank())) {
            fieldError("outcome:verifiedBy", "outcome.verifiedBy.required");
            valid = false;
        }
        if (outcome.getVerifiedOn() != null && outcome.getOccurredOn() != null
                && outcome.getVerifiedOn().isBefore(outcome.getOccurredOn())) {
            fieldError("outcome:verifiedOn", "outcome.verifiedOn.beforeOccurred");
            valid = false;
        }
        if (!valid) {
            Messages.failed();
        }
        return valid;
    }

    private static void fieldError(String clientId, String validationKey) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle texts = ResourceBundle.getBundle("ValidationMessages", context.getViewRoot().getLocale(),
                Outcome.class.getClassLoader());
        String text = texts.getString(validationKey);
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public boolean isCreating() {
        return outcome.isNew();
    }

    /** The forum is fixed once known: an outcome stays with its forum. */
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

    public Outcome getOutcome() {
        return outcome;
    }

    public Pick getForum() {
        return forum;
    }

    public void setForum(Pick forum) {
        this.forum = forum;
    }

    public List<Pick> getActions() {
        return actions;
    }

    public List<Long> getActionIds() {
        return actionIds;
    }

    public void setActionIds(List<Long> actionIds) {
        this.actionIds = actionIds == null ? new ArrayList<>() : new ArrayList<>(actionIds);
    }

    public boolean isConflict() {
        return conflict;
    }
}
