package org.migportal.geography.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryYouthTest {

    private static final Region EAST_AFRICA = new Region("EA", "East Africa");

    @ParameterizedTest(name = "born {0}: youth in Kenya (18-35) in 2026 = {1}")
    @CsvSource({
        "2009, false", // 17
        "2008, true",  // 18: lower bound included
        "1991, true",  // 35: upper bound included
        "1990, false"  // 36
    })
    void kenyaCountsEighteenToThirtyFive(int birthYear, boolean youth) {
        Country kenya = new Country("KE", "Kenya", EAST_AFRICA, "KES", 18, 35);
        assertThat(kenya.isYouth(birthYear, Year.of(2026))).isEqualTo(youth);
    }

    @Test
    void theSamePersonCanBeYouthInOneCountryAndNotInAnother() {
        Country sudan = new Country("SD", "Sudan", EAST_AFRICA, "SDG", 15, 30);
        Country kenya = new Country("KE", "Kenya", EAST_AFRICA, "KES", 18, 35);
        int bornIn1993 = 1993; // 33 in 2026

        assertThat(kenya.isYouth(bornIn1993, Year.of(2026))).isTrue();
        assertThat(sudan.isYouth(bornIn1993, Year.of(2026))).isFalse();
    }

    @Test
    void anInvertedYouthRangeIsInvalid() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        Country broken = new Country("KE", "Kenya", EAST_AFRICA, "KES", 35, 18);

        assertThat(validator.validate(broken))
                .extracting(v -> v.getMessage())
                .contains("The youth age range must start below where it ends.");
    }
}
