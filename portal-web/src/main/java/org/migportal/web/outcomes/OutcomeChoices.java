package org.migportal.web.outcomes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.migportal.outcome.entity.OutcomeType;
import org.migportal.support.entity.SupportKind;

/** The outcome and support enums' constants, in declaration order, for select menus and filters. */
@Named
@ApplicationScoped
public class OutcomeChoices {

    public List<OutcomeType> getTypes() {
        return List.of(OutcomeType.values());
    }

    public List<SupportKind> getSupportKinds() {
        return List.of(SupportKind.values());
    }
}
