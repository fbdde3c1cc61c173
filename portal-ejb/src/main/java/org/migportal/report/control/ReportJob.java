package org.migportal.report.control;

import java.io.Serializable;

/**
 * A report being generated in the background, as the page that asked for it polls it.
 *
 * @param progress percent done, 0 to 100
 * @param archiveId the archived report once done
 * @param failure an incident id when it failed (the cause is in the server log)
 */
public record ReportJob(String id, String owner, State state, int progress, Long archiveId, String failure) implements Serializable {

    public enum State {
        QUEUED, RUNNING, DONE, FAILED
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }
}
