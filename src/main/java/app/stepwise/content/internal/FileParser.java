package app.stepwise.content.internal;

import app.stepwise.content.ContentLimits;
import app.stepwise.content.SourceFile;
import java.util.Optional;

/** Reads one file as a module or, under {@code roles/}, as a role; undecodable files stop at the decoding problem. */
public final class FileParser {

    private final ContentLimits limits;

    public FileParser(ContentLimits limits) {
        this.limits = limits;
    }

    public ParsedFile parse(SourceFile file) {
        Problems problems = new Problems(file.path());
        Optional<String> text = SourceDecoder.decode(file.bytes(), limits, problems);
        if (text.isEmpty()) {
            return new ParsedFile(file.path(), problems, Optional.empty(),
                    new FieldReader(FrontMatter.empty(), problems));
        }
        return file.isRoleFile() ? RoleParser.parse(file.path(), text.get(), problems)
                : ModuleParser.parse(file.path(), text.get(), problems);
    }
}
