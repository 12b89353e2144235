package app.stepwise.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationActionsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void recent_notifications_say_how_long_ago_and_older_ones_give_the_day() {
        assertThat(ago(Duration.ofSeconds(20))).isEqualTo("just now");
        assertThat(ago(Duration.ofMinutes(5))).isEqualTo("5 min ago");
        assertThat(ago(Duration.ofHours(3))).isEqualTo("3 h ago");
        assertThat(ago(Duration.ofHours(30))).isEqualTo("1 day ago");
        assertThat(ago(Duration.ofDays(6))).isEqualTo("6 days ago");
        assertThat(ago(Duration.ofDays(8))).isEqualTo("15 Nov 2026");
    }

    private static String ago(Duration age) {
        return NotificationActions.ago(NOW.minus(age), NOW);
    }
}
