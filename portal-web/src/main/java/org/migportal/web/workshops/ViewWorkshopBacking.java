package org.migportal.web.workshops;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.migportal.platform.control.NotFoundException;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.Messages;
import org.migportal.workshop.boundary.ConstraintRow;
import org.migportal.workshop.boundary.Votes;
import org.migportal.workshop.boundary.Workshops;
import org.migportal.workshop.entity.Workshop;
import org.migportal.workshop.entity.WorkshopConstraint;

/**
 * One workshop: its details, the constraints its participants identified ranked by votes, the votes
 * (recorded for all constraints at once), and for each picked constraint the forum set up for it or
 * the way to set one up.
 */
@Named
@ViewScoped
public class ViewWorkshopBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A constraint's votes as the votes dialog edits them. */
    public static final class VoteLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long constraintId;
        private final long version;
        private final String name;
        private Integer votes;

        VoteLine(WorkshopConstraint constraint) {
            constraintId = constraint.getId();
            version = constraint.getVersion();
            name = constraint.getName();
            votes = constraint.getVotes();
        }

        public String getName() {
            return name;
        }

        public long getConstraintId() {
            return constraintId;
        }

        public Integer getVotes() {
            return votes;
        }

        public void setVotes(Integer votes) {
            this.votes = votes;
        }
    }

    @Inject
    Workshops workshops;

    private Long id;
    private Workshop workshop;
    private boolean editable;
    private List<ConstraintRow> constraints = List.of();
    private List<VoteLine> voteLines = List.of();
    private WorkshopConstraint edited;
    private boolean conflict;

    public void load() {
        if (id == null) {
            throw new NotFoundException("Workshop", "");
        }
        reload();
    }

    private void reload() {
        workshop = workshops.get(id);
        editable = workshops.canEdit(id);
        constraints = workshops.constraints(id);
        conflict = false;
    }

    public void prepareAdd() {
        edited = new WorkshopConstraint(workshop, null, null, 0);
    }

    public void prepareEdit(ConstraintRow row) {
        BoundaryCall.run(() -> edited = workshops.constraint(row.constraint().getId()));
    }

    /** Runs from a dialog: a refusal shows above it and the dialog stays open with the input. */
    public void saveConstraint() {
        BoundaryCall.run(() -> {
            if (edited.isNew()) {
                workshops.addConstraint(edited);
            } else {
                workshops.updateConstraint(edited);
            }
            reload();
            Messages.info("workshop.constraint.saved", edited.getName());
        });
    }

    public void deleteConstraint(ConstraintRow row) {
        BoundaryCall.run(() -> {
            workshops.deleteConstraint(row.constraint().getId(), row.constraint().getVersion());
            reload();
            Messages.info("workshop.constraint.deleted", row.constraint().getName());
        }, () -> conflict = true);
    }

    public void prepareVotes() {
        voteLines = new ArrayList<>(constraints.stream().map(row -> new VoteLine(row.constraint())).toList());
    }

    public void saveVotes() {
        BoundaryCall.run(() -> {
            workshops.recordVotes(id, voteLines.stream()
                    .map(line -> new Votes(line.constraintId, line.version, line.votes == null ? 0 : line.votes))
                    .toList());
            reload();
            Messages.info("workshop.votes.saved");
        });
    }

    public String delete() {
        return BoundaryCall.outcome(() -> {
            workshops.delete(id, workshop.getVersion());
            Messages.flashInfo("workshop.deleted");
            return "/workshops/list?faces-redirect=true";
        }, () -> conflict = true);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Workshop getWorkshop() {
        return workshop;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<ConstraintRow> getConstraints() {
        return constraints;
    }

    public List<VoteLine> getVoteLines() {
        return voteLines;
    }

    public WorkshopConstraint getEdited() {
        return edited;
    }

    public boolean isConflict() {
        return conflict;
    }
}
