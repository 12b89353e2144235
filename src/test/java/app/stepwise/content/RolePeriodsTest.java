package app.stepwise.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;

class RolePeriodsTest {
    static final Period TEN_YEARS = RoleEditor.MAX_VALIDITY;
    static final Period ONE_YEAR = RoleEditor.MAX_GRACE;

    @Test
    void whole_numbers_in_each_unit_become_periods() {
        assertThat(RolePeriods.parse(" 18 ", "months", TEN_YEARS)).isEqualTo(Period.ofMonths(18));
        assertThat(RolePeriods.parse("30", "days", ONE_YEAR)).isEqualTo(Period.ofDays(30));
        assertThat(RolePeriods.parse("007", "years", TEN_YEARS)).isEqualTo(Period.ofYears(7));
    }

    @Test
    void anything_but_a_whole_number_asks_for_one_in_the_unit_chosen() {
        for (String typed : new String[] {"12009017-3", "", "  ", "1.5", "12 months", "-3", "١٢"}) {
            assertThatThrownBy(() -> RolePeriods.parse(typed, "months", TEN_YEARS)).as(typed)
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("Enter a whole number of months.");
        }
        assertThatThrownBy(() -> RolePeriods.parse(null, "days", ONE_YEAR)).hasMessage("Enter a whole number of days.");
    }

    @Test
    void zero_is_too_short() {
        assertThatThrownBy(() -> RolePeriods.parse("0", "days", ONE_YEAR)).hasMessage("At least 1 day.");
        assertThatThrownBy(() -> RolePeriods.parse("000", "months", TEN_YEARS)).hasMessage("At least 1 month.");
    }

    @Test
    void too_long_or_huge_amounts_name_the_limit_without_overflowing() {
        assertThatThrownBy(() -> RolePeriods.parse("1200", "months", TEN_YEARS)).hasMessage("At most 10 years.");
        assertThatThrownBy(() -> RolePeriods.parse("121", "months", TEN_YEARS)).hasMessage("At most 10 years.");
        assertThatThrownBy(() -> RolePeriods.parse("3000901799999", "days", ONE_YEAR)).hasMessage("At most 1 year.");
        assertThatThrownBy(() -> RolePeriods.parse("99999999999999999999999", "years", TEN_YEARS)).hasMessage("At most 10 years.");
        assertThatThrownBy(() -> RolePeriods.parse("367", "days", ONE_YEAR)).hasMessage("At most 1 year.");
        assertThatThrownBy(() -> RolePeriods.parse("2", "years", ONE_YEAR)).hasMessage("At most 1 year.");
    }

    @Test
    void the_limits_themselves_are_allowed() {
        assertThat(RolePeriods.parse("120", "months", TEN_YEARS)).isEqualTo(Period.ofMonths(120));
        assertThat(RolePeriods.parse("10", "years", TEN_YEARS)).isEqualTo(Period.ofYears(10));
        assertThat(RolePeriods.parse("12", "months", ONE_YEAR)).isEqualTo(Period.ofMonths(12));
        assertThat(RolePeriods.parse("365", "days", ONE_YEAR)).isEqualTo(Period.ofDays(365));
    }

    @Test
    void exceeds_handles_extreme_periods() {
        assertThat(RolePeriods.exceeds(Period.ofYears(Integer.MAX_VALUE), TEN_YEARS)).isTrue();
        assertThat(RolePeriods.exceeds(Period.ofDays(Integer.MAX_VALUE), ONE_YEAR)).isTrue();
        assertThat(RolePeriods.exceeds(Period.ofMonths(12), ONE_YEAR)).isFalse();
    }
}
