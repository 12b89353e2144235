package app.stepwise.content.internal.export;

import app.stepwise.content.ExportSink;
import app.stepwise.content.ExportSummary;
import app.stepwise.content.internal.store.ContentAssetRepository;
import app.stepwise.content.internal.store.ContentRoleRepository;
import app.stepwise.content.internal.store.ModuleVersionRepository;
import app.stepwise.content.internal.store.ProcessModuleEntity;
import app.stepwise.content.internal.store.ProcessModuleRepository;
import app.stepwise.shared.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes stored documents exactly as stored (the current version's Markdown source, byte for byte) under their
 * source paths, so importing the export finds every document unchanged. No authorization here: callers are the
 * secured {@link app.stepwise.content.ContentExport} and the CLI.
 */
@Component
@Transactional(readOnly = true)
public class ContentExporter {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ContentExporter.class);
    private final ProcessModuleRepository modules;
    private final ModuleVersionRepository versions;
    private final ContentRoleRepository roles;
    private final ContentAssetRepository assets;

    ContentExporter(ProcessModuleRepository modules, ModuleVersionRepository versions, ContentRoleRepository roles,
                    ContentAssetRepository assets) {
        this.modules = modules;
        this.versions = versions;
        this.roles = roles;
        this.assets = assets;
    }

    public ExportSummary all(ExportSink sink) {
        var out = new Counting(sink);
        modules.findAll(Sort.by("key")).forEach(module -> writeModule(module, out));
        roles.findAll(Sort.by("key")).forEach(role -> out.write(role.getSourcePath(), role.getSource(), Kind.ROLE));
        for (Long id : assets.allIds()) {
            assets.findById(id).ifPresent(asset -> out.write(asset.getPath(), asset.getContent(), Kind.IMAGE));
        }
        return out.summary();
    }

    public ExportSummary module(String moduleId, ExportSink sink) {
        var module = modules.findByKey(moduleId)
                .orElseThrow(() -> new InvalidInputException("module", "There is no module '" + moduleId + "'."));
        var out = new Counting(sink);
        writeModule(module, out);
        return out.summary();
    }

    public ExportSummary role(String roleId, ExportSink sink) {
        var role = roles.findByKey(roleId)
                .orElseThrow(() -> new InvalidInputException("role", "There is no role '" + roleId + "'."));
        var out = new Counting(sink);
        out.write(role.getSourcePath(), role.getSource(), Kind.ROLE);
        return out.summary();
    }

    private void writeModule(ProcessModuleEntity module, Counting out) {
        versions.findByModuleIdAndNumber(module.getId(), module.getCurrentVersion())
                .ifPresent(version -> out.write(module.getSourcePath(), version.getSource(), Kind.MODULE));
    }

    private enum Kind { MODULE, ROLE, IMAGE }

    /** Checks each path, refuses a second file under the same name, and counts what was written. */
    private static final class Counting {
        private final ExportSink sink;
        private final Set<String> written = new HashSet<>();
        private final int[] counts = new int[Kind.values().length];
        private int skipped;

        Counting(ExportSink sink) {
            this.sink = sink;
        }

        void write(String path, String text, Kind kind) {
            write(path, text.getBytes(StandardCharsets.UTF_8), kind);
        }

        void write(String path, byte[] bytes, Kind kind) {
            var safe = ExportPaths.safe(path);
            if (safe.isEmpty() || !written.add(ExportPaths.key(path))) {
                log.warn("Export skips {}: its path is unsafe or already used", path);
                skipped++;
                return;
            }
            try {
                sink.write(safe.get(), bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + path, e);
            }
            counts[kind.ordinal()]++;
        }

        ExportSummary summary() {
            return new ExportSummary(counts[0], counts[1], counts[2], skipped);
        }
    }
}
