package app.stepwise.content.internal;

import app.stepwise.content.ContentHash;
import app.stepwise.content.RoleDefinition;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import java.util.Optional;
import java.util.Set;

/** Parses a role file: front matter plus, when there is no {@code description}, the body as description. */
final class RoleParser {

    static final Set<String> KEYS = Set.of("id", "title", "description", "required", "optional",
            "certification-validity", "grace-period", "next-roles");

    private RoleParser() {
    }

    static ParsedFile parse(String path, String text, Problems problems) {
        FrontMatterBlock block = FrontMatterBlock.split(text, problems);
        Optional<FrontMatter> frontMatter = FrontMatter.read(block, problems);
        FieldReader fields = new FieldReader(frontMatter.orElse(FrontMatter.empty()), problems);
        fields.rejectUnknownKeys(KEYS);
        Document document = Markdown.parse(block.body());
        String id = fields.id("id").orElseGet(() -> ModuleMetadataReader.derivedId(FilePaths.baseName(path),
                problems));
        String title = fields.text("title").or(() -> SectionSplitter.firstHeadingText(document))
                .orElseGet(() -> FilePaths.baseName(path));
        String description = fields.text("description").orElseGet(() -> bodyWithoutTitle(document, block.body()));
        RoleDefinition role = new RoleDefinition(path, id, title, description,
                fields.idList("required"), fields.idList("optional"),
                fields.calendarPeriod("certification-validity", "12 months, 1 year or 90 days")
                        .orElse(RoleDefinition.DEFAULT_CERTIFICATION_VALIDITY),
                fields.calendarPeriod("grace-period", "30 days or 2 weeks")
                        .orElse(RoleDefinition.DEFAULT_GRACE_PERIOD),
                fields.idList("next-roles"), ContentHash.of(text));
        return new ParsedFile(path, problems, frontMatter.map(ignored -> role), fields);
    }

    private static String bodyWithoutTitle(Document document, String body) {
        if (document.getFirstChild() instanceof Heading heading && heading.getLevel() == 1) {
            return Markdown.trimBlankLines(body.substring(Math.min(body.length(), heading.getEndOffset())));
        }
        return Markdown.trimBlankLines(body);
    }
}
