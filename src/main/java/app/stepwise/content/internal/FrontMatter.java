package app.stepwise.content.internal;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The front matter as YAML nodes with their file positions. It is composed, never constructed into Java objects, so
 * YAML tags cannot instantiate classes, and aliases are not expanded (no "billion laughs").
 */
public final class FrontMatter {

    private final Map<String, NodeTuple> entries;
    private final int lineOffset;

    private FrontMatter(Map<String, NodeTuple> entries, int lineOffset) {
        this.entries = entries;
        this.lineOffset = lineOffset;
    }

    public static FrontMatter empty() {
        return new FrontMatter(Map.of(), 0);
    }

    /** Reads the block's YAML; on a syntax error reports it at its file line and returns empty. */
    public static Optional<FrontMatter> read(FrontMatterBlock block, Problems problems) {
        if (block.yaml().isEmpty()) {
            return Optional.of(empty());
        }
        int lineOffset = block.firstYamlLine() - 1;
        try {
            Node root = compose(block.yaml().get());
            if (root == null) {
                return Optional.of(new FrontMatter(Map.of(), lineOffset));
            }
            if (!(root instanceof MappingNode mapping)) {
                problems.error(new Position(root.getStartMark().getLine() + 1 + lineOffset, 1),
                        "The front matter must be a list of 'key: value' lines, like 'title: Send a quote'.");
                return Optional.empty();
            }
            return Optional.of(new FrontMatter(entriesOf(mapping, lineOffset, problems), lineOffset));
        } catch (MarkedYAMLException e) {
            problems.error(positionOf(e, lineOffset), yamlMessage(e.getProblem()));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.error(Position.lineStart(block.firstYamlLine()), yamlMessage(e.getMessage()));
            return Optional.empty();
        }
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Optional<Node> value(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** Where the key is written, or the top of the file when it is absent (a defaulted value). */
    public Position keyPosition(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? Position.lineStart(1) : position(tuple.getKeyNode());
    }

    public Position position(Node node) {
        Mark mark = node.getStartMark();
        return new Position(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    private static Map<String, NodeTuple> entriesOf(MappingNode mapping, int lineOffset, Problems problems) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Position at = new Position(keyNode.getStartMark().getLine() + 1 + lineOffset,
                    keyNode.getStartMark().getColumn() + 1);
            if (!(keyNode instanceof ScalarNode scalar)) {
                problems.error(at, "A front-matter key must be a plain word like 'title'.");
                continue;
            }
            NodeTuple earlier = entries.putIfAbsent(scalar.getValue(), tuple);
            if (earlier != null) {
                problems.error(at, "The front-matter key '" + scalar.getValue() + "' appears twice (lines "
                        + (earlier.getKeyNode().getStartMark().getLine() + 1 + lineOffset) + " and " + at.line()
                        + "). Keep one of them.");
            }
        }
        return entries;
    }

    private static Position positionOf(MarkedYAMLException e, int lineOffset) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return mark == null ? Position.lineStart(lineOffset + 1)
                : new Position(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    private static String yamlMessage(String problem) {
        String detail = problem == null ? "" : " (" + problem.strip() + ")";
        return "The front matter could not be read" + detail + ". Each line should look like 'key: value', "
                + "indented with spaces, not tabs; put text containing ': ' or '#' in quotes.";
    }

    /** Composes nodes directly: no {@code Yaml} facade (costly to build per file), no constructor, no tags run. */
    private static Node compose(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(1024 * 1024);
        Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), options),
                new Resolver(), options);
        return composer.getSingleNode();
    }
}
