package org.migportal.delivery.boundary;

import java.io.Serializable;
import org.migportal.delivery.entity.ReportSchedule;

/** A schedule in the list, with how many of its e-mails wait for an attempt and how many failed. */
public record ScheduleRow(ReportSchedule schedule, long pendingDeliveries, long failedDeliveries) implements Serializable {
}
