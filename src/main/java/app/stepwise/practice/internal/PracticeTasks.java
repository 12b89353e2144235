package app.stepwise.practice.internal;

import app.stepwise.content.Curriculum;
import app.stepwise.content.ModulePractice;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The practice tasks of module versions. A version never changes once published, so its tasks are kept
 * (the most recently used few hundred) instead of parsing the module again for every queue row or path.
 */
@Component
public class PracticeTasks {
    private static final int CACHED_VERSIONS = 500;

    private final Curriculum curriculum;
    private final Map<String, ModulePractice> byVersion = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ModulePractice> eldest) {
            return size() > CACHED_VERSIONS;
        }
    };

    PracticeTasks(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    /** The tasks of one version; empty when the version is unknown or has no practice tasks. */
    public Optional<ModulePractice> of(String moduleId, int version) {
        String key = moduleId + "@" + version;
        synchronized (byVersion) {
            var cached = byVersion.get(key);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        var loaded = curriculum.practice(moduleId, version);
        // Only found versions are kept: a version number that does not exist yet may be published later.
        loaded.ifPresent(practice -> {
            synchronized (byVersion) {
                byVersion.put(key, practice);
            }
        });
        return loaded;
    }
}
