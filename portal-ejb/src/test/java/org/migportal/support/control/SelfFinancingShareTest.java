package org.migportal.support.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migportal.support.boundary.QuarterShare;
import org.migportal.support.boundary.SelfFinancing;

class SelfFinancingShareTest {

    @ParameterizedTest(name = "own {0}, support {1}: {2} %")
    @CsvSource({
        "0, 1000, 0",       // fully dependent
        "1000, 0, 100",     // fully self-financed
        "250, 750, 25",
        "1, 2, 33",         // rounded to whole percent
        "2, 1, 67",
        "1, 199, 1",        // 0.5 rounds half up
        "0.01, 0, 100"
    })
    void shareIsOwnOverOwnPlusSupport(BigDecimal own, BigDecimal support, int percent) {
        assertThat(SelfFinancingShare.percent(own, support)).isEqualTo(percent);
    }

    @Test
    void nothingPutInByAnyoneHasNoShareRatherThanZero() {
        assertThat(SelfFinancingShare.percent(BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
        assertThat(SelfFinancingShare.percent(null, null)).isNull();
    }

    @Test
    void theWholeRunSumsItsQuartersBeforeDividing() {
        Quarter q1 = new Quarter(2026, 1);
        SelfFinancing run = new SelfFinancing("KES", List.of(
                new QuarterShare(q1, new BigDecimal("0"), new BigDecimal("900")),
                new QuarterShare(q1.next(), new BigDecimal("100"), new BigDecimal("0"))), List.of());
        assertThat(run.quarters()).extracting(QuarterShare::share).containsExactly(0, 100);
        assertThat(run.share()).isEqualTo(10);
        assertThat(run.isEmpty()).isFalse();
    }

    @Test
    void quartersRunFromTheOneHoldingTheStartToTheOneHoldingTheEnd() {
        assertThat(Quarter.between(LocalDate.of(2025, 11, 15), LocalDate.of(2026, 4, 1)))
                .extracting(Quarter::label)
                .containsExactly("2025 Q4", "2026 Q1", "2026 Q2");
        Quarter q1 = Quarter.of(LocalDate.of(2026, 2, 28));
        assertThat(q1.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q1.end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(q1.minus(1)).isEqualTo(new Quarter(2025, 4));
        assertThat(q1.minus(7)).isEqualTo(new Quarter(2024, 2));
    }
}
