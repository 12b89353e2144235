package app.stepwise.people.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing attackers a way to lock the real user out for good.
 * Three counters, each blocking for a period that doubles with every repeat (1 to 15 minutes):
 * <ul>
 * <li>one account from one address: 5 failures;</li>
 * <li>one address, any accounts (credential stuffing): 50 failures;</li>
 * <li>one account from anywhere: 20 failures, but an address this account signed in from before is
 * exempt, so the real user keeps access while an attacker hammers the account from elsewhere.</li>
 * </ul>
 * Kept in memory per node, bounded in size; a restart forgets it (documented in docs/architecture.md).
 */
@Component
public class LoginThrottle {
    record Rule(int limit, Duration firstBlock, Duration maxBlock) {
    }

    /** Failures count within this window; after a quiet window (and no running block) a counter starts over. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Rule PAIR = new Rule(5, Duration.ofMinutes(1), Duration.ofMinutes(15));
    static final Rule ADDRESS = new Rule(50, Duration.ofMinutes(5), Duration.ofMinutes(15));
    static final Rule ACCOUNT = new Rule(20, Duration.ofMinutes(1), Duration.ofMinutes(15));
    static final Duration KNOWN_ADDRESS_MEMORY = Duration.ofDays(30);
    static final int MAX_ENTRIES = 100_000;

    private final Map<String, Counter> pairs = new ConcurrentHashMap<>();
    private final Map<String, Counter> addresses = new ConcurrentHashMap<>();
    private final Map<String, Counter> accounts = new ConcurrentHashMap<>();
    private final Map<String, Instant> knownAddresses = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this sign-in attempt must wait, or empty if it may go ahead. */
    public Optional<Duration> retryAfter(String email, String address) {
        Instant now = clock.instant();
        Instant until = latest(blockedUntil(pairs, pairKey(email, address), now),
                blockedUntil(addresses, address, now));
        if (!isKnown(email, address, now)) {
            until = latest(until, blockedUntil(accounts, email, now));
        }
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        evictIfFull(now);
        pairs.compute(pairKey(email, address), (k, c) -> Counter.next(c, now, PAIR));
        addresses.compute(address, (k, c) -> Counter.next(c, now, ADDRESS));
        accounts.compute(email, (k, c) -> Counter.next(c, now, ACCOUNT));
    }

    public void succeeded(String email, String address) {
        pairs.remove(pairKey(email, address));
        knownAddresses.put(pairKey(email, address), clock.instant());
    }

    private boolean isKnown(String email, String address, Instant now) {
        Instant seen = knownAddresses.get(pairKey(email, address));
        return seen != null && seen.plus(KNOWN_ADDRESS_MEMORY).isAfter(now);
    }

    private static Instant blockedUntil(Map<String, Counter> counters, String key, Instant now) {
        Counter counter = counters.get(key);
        return counter != null && counter.blockedAt(now) ? counter.blockedUntil() : null;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String pairKey(String email, String address) {
        return email + "|" + address;
    }

    private void evictIfFull(Instant now) {
        for (Map<String, Counter> counters : java.util.List.of(pairs, addresses, accounts)) {
            if (counters.size() >= MAX_ENTRIES) {
                counters.values().removeIf(c -> c.idleAt(now));
            }
        }
        if (knownAddresses.size() >= MAX_ENTRIES) {
            knownAddresses.values().removeIf(seen -> seen.plus(KNOWN_ADDRESS_MEMORY).isBefore(now));
        }
    }

    /** Failures in the current window; a block doubles each time the limit is reached again. */
    record Counter(int failures, Instant windowStart, Instant blockedUntil, int blocks) {
        static Counter next(Counter current, Instant now, Rule rule) {
            Counter counter = current == null || current.idleAt(now)
                    ? new Counter(0, now, null, 0) : current;
            int failures = counter.failures + 1;
            if (failures < rule.limit()) {
                return new Counter(failures, counter.windowStart, counter.blockedUntil, counter.blocks);
            }
            Duration block = rule.firstBlock().multipliedBy(1L << Math.min(counter.blocks, 10));
            if (block.compareTo(rule.maxBlock()) > 0) {
                block = rule.maxBlock();
            }
            return new Counter(0, now, now.plus(block), counter.blocks + 1);
        }

        boolean blockedAt(Instant now) {
            return blockedUntil != null && now.isBefore(blockedUntil);
        }

        /** Nothing happened for a whole window and no block is running: the slate is clean again. */
        boolean idleAt(Instant now) {
            return !blockedAt(now) && windowStart.plus(WINDOW).isBefore(now)
                    && (blockedUntil == null || blockedUntil.plus(WINDOW).isBefore(now));
        }
    }
}
