package org.migportal.memberimport.boundary;

import java.io.Serializable;
import java.util.List;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MembershipRole;
import org.migportal.member.entity.Sex;

/**
 * A row as the preview shows it: what it says (what could be read of it), whether its actor is new, and its problems (none
 * when it will be imported).
 */
public record PreviewRow(int line, String givenName, String familyName, Sex sex, String actorName,
        ActorType actorType, boolean newActor, String forumCode, MembershipRole role, List<RowProblem> problems)
        implements Serializable {

    public PreviewRow {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
