package org.migportal.web.communication;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.migportal.forum.boundary.ForumFilter;
import org.migportal.forum.boundary.ForumRow;
import org.migportal.forum.boundary.Forums;
import org.migportal.forum.entity.Forum;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.platform.control.PageRequest;
import org.migportal.web.faces.Pick;

/** Forum suggestions for the log's autocompletes: those the caller reads, or the open ones they may write in. */
@Dependent
public class ForumPicker implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 15;

    @Inject
    Forums forums;

    static Pick pick(Forum forum) {
        return new Pick(forum.getId(), forum.getCode() + " — " + forum.getName());
    }

    public List<Pick> readable(String text) {
        return forums.search(new ForumFilter(null, null, null, null, null, text), new PageRequest(0, SUGGESTIONS, "code", true))
                .stream().map(row -> pick(row.forum())).toList();
    }

    /** Forums whose log takes entries: not closed, in a country the caller changes records in. */
    public List<Pick> writable(String text, Set<String> countries) {
        return forums.search(new ForumFilter(null, null, null, null, null, text), new PageRequest(0, 50, "code", true))
                .stream()
                .map(ForumRow::forum)
                .filter(forum -> forum.getStatus() != ForumStatus.CLOSED && countries.contains(forum.getCountry().getIsoCode()))
                .limit(SUGGESTIONS)
                .map(ForumPicker::pick)
                .toList();
    }
}
