package app.stepwise.search.internal;

import app.stepwise.search.SearchQuery;
import app.stepwise.search.SearchResults;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/** A throw-away index of a few hand-written units, for tests of analysis and ranking without Spring. */
final class SmallIndex implements AutoCloseable {
    final LuceneIndex index;
    private final java.nio.file.Path folder;
    Synonyms synonyms = Synonyms.none();

    SmallIndex() throws IOException {
        folder = Files.createTempDirectory("stepwise-small-index");
        index = LuceneIndex.open(folder, false);
    }

    SmallIndex step(String module, String title, String anchor, String text, List<String> roles, List<String> tags) {
        return add(new IndexedUnit(IndexedUnit.Kind.STEP, module, title, 1, anchor, "Step: " + anchor,
                ModuleUnits.lead(text), text, "", roles, tags, module + ".md"));
    }

    SmallIndex section(String module, String title, String anchor, String heading, String text) {
        return add(new IndexedUnit(IndexedUnit.Kind.SECTION, module, title, 1, anchor, heading, heading, text, "",
                List.of(), List.of(), module + ".md"));
    }

    private SmallIndex add(IndexedUnit unit) {
        index.add(List.of(unit));
        index.commit();
        return this;
    }

    SearchResults search(String text) {
        return search(SearchQuery.of(text));
    }

    SearchResults search(SearchQuery query) {
        return new KnowledgeSearcher().search(index, synonyms, query, true, Map.of("support-rep", "Support Representative"));
    }

    List<String> anchors(String text) {
        return search(text).hits().stream().map(h -> h.anchor()).toList();
    }

    @Override
    public void close() {
        index.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
