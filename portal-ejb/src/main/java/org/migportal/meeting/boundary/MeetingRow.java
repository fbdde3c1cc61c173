package org.migportal.meeting.boundary;

import java.io.Serializable;
import org.migportal.meeting.entity.Meeting;

/** A meeting as lists show it, with its recorded attendance. */
public record MeetingRow(Meeting meeting, AttendanceCount attendance) implements Serializable {
}
