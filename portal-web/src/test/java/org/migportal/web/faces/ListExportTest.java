package org.migportal.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.migportal.member.entity.Sex;
import org.migportal.platform.control.PageRequest;

class ListExportTest {

    private static final ResourceBundle LABELS = ResourceBundle.getBundle("org.migportal.web.i18n.messages", Locale.ENGLISH);

    @Test
    void aLongListIsReadPageByPageAndWrittenWhole() {
        List<Integer> rows = IntStream.range(0, 1203).boxed().toList();
        List<PageRequest> asked = new ArrayList<>();
        ListExport<Integer> export = ListExport.<Integer>of("numbers", page -> {
            asked.add(page);
            return rows.subList(Math.min(rows.size(), page.first()), Math.min(rows.size(), page.first() + page.size()));
        }).column("field.code", n -> n).column("field.sex", n -> n % 2 == 0 ? Sex.FEMALE : Sex.MALE);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeCsv(out, LABELS);

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(1 + 1203);
        assertThat(lines[0]).isEqualTo("\uFEFFCode,Sex");
        assertThat(lines[1]).isEqualTo("0,Female");
        assertThat(asked).extracting(PageRequest::first).containsExactly(0, 500, 1000);
        assertThat(asked).allSatisfy(page -> assertThat(page.size()).isEqualTo(PageRequest.MAX_SIZE));
    }

    @Test
    void textStartingLikeAFormulaIsPrefixed() {
        assertThat(ListExport.formulaSafe("=1+2")).isEqualTo("'=1+2");
        assertThat(ListExport.formulaSafe("+254")).isEqualTo("'+254");
        assertThat(ListExport.formulaSafe("-x")).isEqualTo("'-x");
        assertThat(ListExport.formulaSafe("@cmd")).isEqualTo("'@cmd");
        assertThat(ListExport.formulaSafe("\tx")).isEqualTo("'\tx");
        assertThat(ListExport.formulaSafe("Anna")).isEqualTo("Anna");
        assertThat(ListExport.formulaSafe("")).isEmpty();
    }

    @Test
    void valuesAreShownAsOnThePages() {
        assertThat(ListExport.text(true, LABELS)).isEqualTo("Yes");
        assertThat(ListExport.text(java.time.LocalDate.of(2024, 3, 5), LABELS)).isEqualTo("2024-03-05");
        assertThat(ListExport.text(java.util.EnumSet.of(Sex.MALE, Sex.FEMALE), LABELS)).isEqualTo("Female, Male");
        assertThat(ListExport.text(null, LABELS)).isEmpty();
    }
}
