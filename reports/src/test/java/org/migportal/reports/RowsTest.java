package org.migportal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignField;
import org.junit.jupiter.api.Test;

/**
 * A subreport in a band that must not split is filled a second time on the next page when it does
 * not fit; JasperReports then starts its rows over, and fails the whole report if it cannot (a Sudan
 * country report did, once its sections grew).
 */
class RowsTest {

    record Line(String name, long count) {
    }

    @Test
    void startsOverFromTheFirstRowWhenRewound() throws JRException {
        Rows rows = Rows.of(List.of(new Line("Traders", 3), new Line("Producers", 5)));

        assertThat(names(rows)).containsExactly("Traders", "Producers");
        rows.moveFirst();
        assertThat(names(rows)).containsExactly("Traders", "Producers");
    }

    private static List<String> names(Rows rows) throws JRException {
        JRDesignField name = new JRDesignField();
        name.setName("name");
        List<String> read = new ArrayList<>();
        while (rows.next()) {
            read.add((String) rows.getFieldValue(name));
        }
        return read;
    }
}
