package org.migportal.forum.boundary;

import java.io.Serializable;
import org.migportal.forum.entity.Forum;

/** A forum as the list shows it, with its number of current members. */
public record ForumRow(Forum forum, long currentMembers) implements Serializable {
}
