package org.migportal.memberimport.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.migportal.memberimport.boundary.ImportColumn;
import org.migportal.memberimport.boundary.ImportTable;
import org.migportal.platform.control.PortalException;

class ImportFileReaderTest {

    @Test
    void headersAreMatchedIgnoringCaseSpacingAndKoboGroupPaths() {
        ImportTable table = ImportFileReader.read("x.csv", utf8("""
                \uFEFFGiven Name\tgroup_abc/SURNAME\tGender\tOrganisation\t_id
                Zo\u00e9\tMoraa\tf\tCaf\u00e9 Ltd\t7
                \t\t\t\t
                Ann\tKip\tm\tX\t8
                """));

        assertThat(table.columns()).containsExactly(ImportColumn.GIVEN_NAME, ImportColumn.FAMILY_NAME, ImportColumn.SEX,
                ImportColumn.ACTOR_NAME);
        assertThat(table.ignoredHeaders()).containsExactly("_id");
        assertThat(table.lines()).hasSize(2);
        assertThat(table.lines().get(0).value(ImportColumn.GIVEN_NAME)).isEqualTo("Zo\u00e9");
        assertThat(table.lines().get(1).number()).as("line numbers count the blank line").isEqualTo(4);
    }

    @Test
    void quotedCellsMaySpanLinesAndTheNextRowKeepsItsLineNumber() {
        ImportTable table = ImportFileReader.read("x.csv", utf8("""
                given_name;family_name;sex;actor_name
                "Mary
                Jane";Achieng;female;"Kisumu; Ltd"
                Tom;Oduor;male;X
                """));

        assertThat(table.lines().get(0).value(ImportColumn.ACTOR_NAME)).isEqualTo("Kisumu; Ltd");
        assertThat(table.lines().get(1).number()).isEqualTo(4);
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = "given_name,family_name,sex,actor_name\nZo\u00e9,M,f,X\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ImportFileReader.read("x.csv", new ByteArrayInputStream(latin1)))
                .isInstanceOf(PortalException.class)
                .extracting(e -> ((PortalException) e).getMessageKey()).isEqualTo("import.file.encoding");
    }

    @Test
    void theSeparatorIsTheOneTheHeaderUsesMost() {
        assertThat(ImportFileReader.separator("a;b;c")).isEqualTo(';');
        assertThat(ImportFileReader.separator("a,b;c,d")).isEqualTo(',');
        assertThat(ImportFileReader.separator("a\tb")).isEqualTo('\t');
        assertThat(ImportFileReader.separator("a")).isEqualTo(',');
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
