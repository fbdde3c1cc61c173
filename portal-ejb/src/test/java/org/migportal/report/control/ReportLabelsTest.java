package org.migportal.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.migportal.communication.entity.CommunicationKind;
import org.migportal.communication.entity.CommunicationPurpose;
import org.migportal.communication.entity.ExternalAudience;
import org.migportal.forum.entity.ChangeArea;
import org.migportal.meeting.entity.CommitmentStatus;
import org.migportal.outcome.entity.OutcomeType;
import org.migportal.workplan.entity.ActionStatus;
import org.migportal.forum.entity.ForumStatus;
import org.migportal.member.entity.ActorType;
import org.migportal.member.entity.MarginalisedGroup;
import org.migportal.member.entity.Sex;
import org.migportal.reports.ReportLabels;

/** Every value the report figures carry has a label in every report language: no raw code in a PDF. */
class ReportLabelsTest {

    @Test
    void everyPortalValueInTheReportsHasALabelInEnglishAndFrench() {
        List<Class<? extends Enum<?>>> enums = List.of(ActorType.class, Sex.class, MarginalisedGroup.class,
                ForumStatus.class, ChangeArea.class, CommitmentStatus.class, CommunicationPurpose.class,
                ActionStatus.class, OutcomeType.class);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            ReportLabels labels = new ReportLabels(locale);
            for (Class<? extends Enum<?>> type : enums) {
                for (Enum<?> value : type.getEnumConstants()) {
                    assertThat(labels.hasValue(type.getSimpleName(), value.name()))
                            .as("%s label of %s.%s", locale, type.getSimpleName(), value.name()).isTrue();
                }
            }
        }
    }

    @Test
    void everyValueOfTheActivitySectionsHasALabelInEnglishAndFrench() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            ReportLabels labels = new ReportLabels(locale);
            for (CommitmentStatus status : CommitmentStatus.values()) {
                assertThat(labels.hasValue("CommitmentStatus", status.name())).as("%s %s", locale, status).isTrue();
            }
            for (CommunicationPurpose purpose : CommunicationPurpose.values()) {
                assertThat(labels.hasValue("CommunicationPurpose", purpose.name())).as("%s %s", locale, purpose).isTrue();
            }
            // The audience is the external audience, or else the kind of communication (never EXTERNAL itself).
            for (ExternalAudience audience : ExternalAudience.values()) {
                assertThat(labels.hasValue("CommunicationAudience", audience.name())).as("%s %s", locale, audience).isTrue();
            }
            for (CommunicationKind kind : CommunicationKind.values()) {
                assertThat(labels.hasValue("CommunicationAudience", kind.name()))
                        .as("%s %s", locale, kind).isEqualTo(kind != CommunicationKind.EXTERNAL);
            }
        }
    }
}
