package app.stepwise.feedback;

import app.stepwise.feedback.internal.StepFlagRepository;
import app.stepwise.shared.Authority;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How many flags are still unresolved per module, for trainers' and admins' dashboards; one query. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')")
public class FlagCounts {
    private final StepFlagRepository flags;

    FlagCounts(StepFlagRepository flags) {
        this.flags = flags;
    }

    /** Open and accepted flags per module id, for the given modules; modules without any are left out. */
    public Map<String, Long> unresolved(Collection<String> moduleIds) {
        var counts = new HashMap<String, Long>();
        for (Object[] row : flags.countByModuleAndStatus()) {
            String module = (String) row[0];
            if (moduleIds.contains(module) && FlagStatus.UNRESOLVED.contains((FlagStatus) row[1])) {
                counts.merge(module, ((Number) row[2]).longValue(), Long::sum);
            }
        }
        return counts;
    }
}
