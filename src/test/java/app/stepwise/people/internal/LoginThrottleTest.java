package app.stepwise.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void five_failures_for_one_account_from_one_address_block_it_for_a_minute() {
        fail("sam@x.test", "10.0.0.1", 4);
        assertThat(throttle.retryAfter("sam@x.test", "10.0.0.1")).isEmpty();
        fail("sam@x.test", "10.0.0.1", 1);
        assertThat(throttle.retryAfter("sam@x.test", "10.0.0.1")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.retryAfter("sam@x.test", "10.0.0.1")).isEmpty();
    }

    @Test
    void each_repeated_block_doubles_but_never_exceeds_fifteen_minutes() {
        Duration last = Duration.ZERO;
        for (int round = 0; round < 8; round++) {
            fail("sam@x.test", "10.0.0.1", 5);
            Duration wait = throttle.retryAfter("sam@x.test", "10.0.0.1").orElseThrow();
            assertThat(wait).isGreaterThanOrEqualTo(last).isLessThanOrEqualTo(Duration.ofMinutes(15));
            last = wait;
            clock.advance(wait.plusSeconds(1));
        }
        assertThat(last).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void a_success_clears_the_failures_of_that_address() {
        fail("sam@x.test", "10.0.0.1", 4);
        throttle.succeeded("sam@x.test", "10.0.0.1");
        fail("sam@x.test", "10.0.0.1", 4);
        assertThat(throttle.retryAfter("sam@x.test", "10.0.0.1")).isEmpty();
    }

    @Test
    void an_attacker_hammering_an_account_does_not_lock_out_the_real_user_from_their_usual_address() {
        throttle.succeeded("sam@x.test", "192.168.1.20");
        for (int i = 0; i < 1000; i++) {
            String attacker = "203.0.113." + (i % 200);
            if (throttle.retryAfter("sam@x.test", attacker).isEmpty()) {
                throttle.failed("sam@x.test", attacker);
            }
        }
        assertThat(throttle.retryAfter("sam@x.test", "203.0.113.250")).as("a new attacker address is blocked").isPresent();
        assertThat(throttle.retryAfter("sam@x.test", "192.168.1.20")).as("the real user's address").isEmpty();
    }

    @Test
    void the_account_wide_block_ends_on_its_own_so_nobody_is_locked_out_for_good() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("sam@x.test", "203.0.113." + i);
        }
        assertThat(throttle.retryAfter("sam@x.test", "198.51.100.7")).isPresent();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.retryAfter("sam@x.test", "198.51.100.7")).isEmpty();
    }

    @Test
    void one_address_guessing_many_accounts_is_blocked() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("user" + i + "@x.test", "203.0.113.9");
        }
        assertThat(throttle.retryAfter("someone-else@x.test", "203.0.113.9")).isPresent();
        assertThat(throttle.retryAfter("someone-else@x.test", "198.51.100.1")).isEmpty();
    }

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(email, address);
        }
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
