package app.stepwise.feedback;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a flag stands. A flag starts open; the owner or a trainer accepts, fixes or declines it. Fixed and
 * declined are final: a step that is still wrong gets a new flag.
 */
public enum FlagStatus {
    OPEN("Open"),
    ACCEPTED("Accepted"),
    FIXED("Fixed"),
    DECLINED("Declined");

    /** Flags still waiting for work: a person may have only one of these per step. */
    public static final Set<FlagStatus> UNRESOLVED = EnumSet.of(OPEN, ACCEPTED);

    private final String label;

    FlagStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(FlagStatus next) {
        return switch (this) {
            case OPEN -> next == ACCEPTED || next == FIXED || next == DECLINED;
            case ACCEPTED -> next == FIXED || next == DECLINED;
            case FIXED, DECLINED -> false;
        };
    }

    /** The statuses this one may move to, in declaration order; empty once resolved. */
    public Set<FlagStatus> next() {
        var next = EnumSet.noneOf(FlagStatus.class);
        Arrays.stream(values()).filter(this::canMoveTo).forEach(next::add);
        return next;
    }
}
