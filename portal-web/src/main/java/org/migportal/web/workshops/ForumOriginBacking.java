package org.migportal.web.workshops;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.migportal.workshop.boundary.ForumOrigin;
import org.migportal.workshop.boundary.Workshops;

/** The forum page's note of where the forum came from: the workshop and the constraint it was set up for. */
@Named
@ViewScoped
public class ForumOriginBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Workshops workshops;

    private ForumOrigin origin;

    /** Runs after the forum page has loaded its forum, so the caller may read it. */
    public void load(Long forumId) {
        origin = workshops.originOf(forumId).orElse(null);
    }

    public ForumOrigin getOrigin() {
        return origin;
    }
}
