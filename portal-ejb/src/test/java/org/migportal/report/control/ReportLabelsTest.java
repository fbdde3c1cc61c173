package org.migportal.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.migportal.forum.entity.ChangeArea;
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
                ForumStatus.class, ChangeArea.class);
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
}
