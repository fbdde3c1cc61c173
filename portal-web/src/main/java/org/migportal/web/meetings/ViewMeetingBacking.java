package org.migportal.web.meetings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.migportal.meeting.boundary.Adaptations;
import org.migportal.meeting.boundary.AttendanceCount;
import org.migportal.meeting.boundary.AttendanceLine;
import org.migportal.meeting.boundary.Commitments;
import org.migportal.meeting.boundary.MeetingContents;
import org.migportal.meeting.boundary.Meetings;
import org.migportal.meeting.entity.Adaptation;
import org.migportal.meeting.entity.AttendanceStatus;
import org.migportal.meeting.entity.Commitment;
import org.migportal.meeting.entity.CommitmentStatus;
import org.migportal.meeting.entity.Meeting;
import org.migportal.member.entity.Member;
import org.migportal.platform.control.NotFoundException;
import org.migportal.web.faces.BoundaryCall;
import org.migportal.web.faces.ListExport;
import org.migportal.web.faces.Messages;

/**
 * One meeting: its details and minutes, the attendance sheet (every member seated on the day, saved in
 * one go), the commitments made there and what became of them, and for a reflection its sections and
 * the adaptations agreed. Read-only for those who may not record the forum's meetings.
 */
@Named
@ViewScoped
public class ViewMeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    @Inject
    Commitments commitments;

    @Inject
    Adaptations adaptations;

    private Long id;
    private Meeting meeting;
    private boolean recordable;
    private boolean recorded;
    private List<AttendanceRow> sheet = List.of();
    private List<Commitment> promised = List.of();
    private List<Adaptation> adapted = List.of();
    private MeetingContents contents;
    private boolean conflict;

    private Long commitmentMemberId;
    private String commitmentText;
    private LocalDate commitmentDue;

    private Commitment changing;
    private CommitmentStatus newStatus;
    private LocalDate newDueOn;
    private String statusNote;

    private String adaptationText;

    public void load() {
        if (id == null) {
            throw new NotFoundException("Meeting", "");
        }
        reload();
    }

    private void reload() {
        meeting = meetings.get(id);
        recordable = meetings.canRecord(meeting.getForum().getId());
        List<AttendanceLine> lines = meetings.attendance(id);
        recorded = lines.stream().anyMatch(AttendanceLine::recorded);
        sheet = lines.stream().map(AttendanceRow::new).toList();
        promised = commitments.ofMeeting(id);
        adapted = meeting.isReflectionMeeting() ? adaptations.ofMeeting(id) : List.of();
        contents = meetings.contents(id);
        conflict = false;
    }

    public void saveAttendance() {
        Map<Long, AttendanceStatus> statuses = new HashMap<>();
        sheet.forEach(row -> statuses.put(row.getMember().getId(), row.getStatus()));
        BoundaryCall.run(() -> {
            meetings.recordAttendance(id, meeting.getVersion(), statuses);
            reload();
            Messages.info("attendance.saved", getCounted().present(), sheet.size());
        }, () -> conflict = true);
    }

    public String delete() {
        return BoundaryCall.outcome(() -> {
            meetings.delete(id, meeting.getVersion());
            Messages.flashInfo("meeting.deleted");
            return "/forums/view?faces-redirect=true&id=" + meeting.getForum().getId();
        }, () -> conflict = true);
    }

    public void prepareCommitment() {
        commitmentMemberId = null;
        commitmentText = null;
        commitmentDue = null;
    }

    public void addCommitment() {
        BoundaryCall.run(() -> {
            commitments.add(id, commitmentMemberId, commitmentText, commitmentDue);
            reload();
            Messages.info("commitment.added");
        });
    }

    public void prepareStatus(Commitment commitment) {
        changing = commitment;
        newStatus = commitment.getStatus();
        newDueOn = commitment.getDueOn();
        statusNote = commitment.getNote();
    }

    public void changeStatus() {
        BoundaryCall.run(() -> {
            commitments.changeStatus(changing.getId(), changing.getVersion(), newStatus,
                    newStatus == CommitmentStatus.RENEGOTIATED ? newDueOn : null, statusNote);
            reload();
            Messages.info("commitment.statusSaved", newStatus);
        });
    }

    public void addAdaptation() {
        BoundaryCall.run(() -> {
            adaptations.add(id, adaptationText == null ? "" : adaptationText);
            adaptationText = null;
            reload();
            Messages.info("adaptation.added");
        });
    }

    /** Saves the status just chosen in the adaptation's row. */
    public void saveAdaptation(Adaptation adaptation) {
        BoundaryCall.run(() -> {
            adaptations.changeStatus(adaptation.getId(), adaptation.getVersion(), adaptation.getStatus());
            reload();
            Messages.info("adaptation.statusSaved", adaptation.getStatus());
        });
    }

    /** The sheet as shown now, counted (before saving: what the user has marked so far). */
    public AttendanceCount getCounted() {
        long present = sheet.stream().filter(row -> row.getStatus() == AttendanceStatus.PRESENT).count();
        long apologies = sheet.stream().filter(row -> row.getStatus() == AttendanceStatus.APOLOGIES).count();
        return new AttendanceCount(present, apologies, sheet.size() - present - apologies);
    }

    /** The delete confirmation's text: what else goes with the meeting, if anything. */
    public String getDeleteQuestion() {
        return contents.isEmpty() ? Messages.text("meeting.delete.confirm")
                : Messages.text("meeting.delete.confirmContents", contents.attendance(), contents.commitments(),
                        contents.adaptations());
    }

    public List<Member> getListedMembers() {
        return sheet.stream().map(AttendanceRow::getMember).toList();
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

    public Meeting getMeeting() {
        return meeting;
    }

    public boolean isRecordable() {
        return recordable;
    }

    /** Whether the sheet was ever saved; until then everyone shows as absent by default. */
    public boolean isRecorded() {
        return recorded;
    }

    public List<AttendanceRow> getSheet() {
        return sheet;
    }

    public List<Commitment> getPromised() {
        return promised;
    }

    public List<Adaptation> getAdapted() {
        return adapted;
    }

    public MeetingContents getContents() {
        return contents;
    }

    public boolean isConflict() {
        return conflict;
    }

    public Long getCommitmentMemberId() {
        return commitmentMemberId;
    }

    public void setCommitmentMemberId(Long commitmentMemberId) {
        this.commitmentMemberId = commitmentMemberId;
    }

    public String getCommitmentText() {
        return commitmentText;
    }

    public void setCommitmentText(String commitmentText) {
        this.commitmentText = commitmentText;
    }

    public LocalDate getCommitmentDue() {
        return commitmentDue;
    }

    public void setCommitmentDue(LocalDate commitmentDue) {
        this.commitmentDue = commitmentDue;
    }

    public Commitment getChanging() {
        return changing;
    }

    public CommitmentStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(CommitmentStatus newStatus) {
        this.newStatus = newStatus;
    }

    public LocalDate getNewDueOn() {
        return newDueOn;
    }

    public void setNewDueOn(LocalDate newDueOn) {
        this.newDueOn = newDueOn;
    }

    public String getStatusNote() {
        return statusNote;
    }

    public void setStatusNote(String statusNote) {
        this.statusNote = statusNote;
    }

    public String getAdaptationText() {
        return adaptationText;
    }

    public void setAdaptationText(String adaptationText) {
        this.adaptationText = adaptationText;
    }

    /** The attendance sheet as CSV or Excel. */
    public ListExport<AttendanceLine> getAttendanceExport() {
        return AttendanceExport.of(meetings, id);
    }
}
