package app.stepwise.practice;

import app.stepwise.content.ContentLibrary;
import app.stepwise.content.Curriculum;
import app.stepwise.content.ModuleSummary;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns the queue filter's role and module into the module ids to look in: null means any module, an empty
 * set means none can match. A role's modules are those naming it in their front matter and those on its path.
 */
@Component
class QueueModules {
    private static final int PAGE = 500;

    private final Curriculum curriculum;
    private final ContentLibrary library;

    QueueModules(Curriculum curriculum, ContentLibrary library) {
        this.curriculum = curriculum;
        this.library = library;
    }

    Set<String> of(ReviewFilter filter) {
        Set<String> modules = null;
        if (!blank(filter.roleId())) {
            modules = ofRole(filter.roleId().strip());
        }
        if (!blank(filter.moduleId())) {
            String moduleId = filter.moduleId().strip();
            modules = modules == null || modules.contains(moduleId) ? Set.of(moduleId) : Set.of();
        }
        return modules;
    }

    private Set<String> ofRole(String roleId) {
        var modules = new LinkedHashSet<String>();
        curriculum.role(roleId).ifPresent(role -> {
            modules.addAll(role.requiredModules());
            modules.addAll(role.optionalModules());
        });
        for (int offset = 0; ; offset += PAGE) {
            List<ModuleSummary> page = library.find(null, offset, PAGE);
            page.stream().filter(m -> m.roles().contains(roleId)).forEach(m -> modules.add(m.id()));
            if (page.size() < PAGE) {
                return modules;
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
