package app.stepwise.search.internal;

import java.util.List;

/**
 * One searchable unit of a module version: the module itself (title, objective, owner, roles, tags),
 * one of its sections, or one of its steps. {@code anchor} is where the reader scrolls to (empty for the
 * module), {@code path} how a hit names it ("Step 4: Get budget approval"). Searches find only
 * {@link State#PUBLISHED} units: a draft can be indexed (for its author's preview) without learners seeing it.
 */
public record IndexedUnit(Kind kind, String moduleId, String moduleTitle, int version, String anchor, String path,
                          String heading, String text, String meta, List<String> roles, List<String> tags,
                          String sourcePath, State state) {
    public enum Kind { MODULE, SECTION, STEP }

    public enum State { PUBLISHED, DRAFT }

    /** A unit of a published version. */
    public IndexedUnit(Kind kind, String moduleId, String moduleTitle, int version, String anchor, String path,
                       String heading, String text, String meta, List<String> roles, List<String> tags, String sourcePath) {
        this(kind, moduleId, moduleTitle, version, anchor, path, heading, text, meta, roles, tags, sourcePath, State.PUBLISHED);
    }

    public IndexedUnit {
        anchor = anchor == null ? "" : anchor;
        heading = heading == null ? "" : heading;
        meta = meta == null ? "" : meta;
        sourcePath = sourcePath == null ? "" : sourcePath;
        roles = List.copyOf(roles);
        tags = List.copyOf(tags);
    }
}
