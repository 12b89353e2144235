package app.stepwise.content;

import app.stepwise.content.internal.importing.ContentImporter;
import app.stepwise.content.internal.importing.UploadReader;
import app.stepwise.shared.Authority;
import java.nio.file.Files;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Trainers and admins import process docs: an upload (.md, .zip, .html) or the content folder again. */
@Service
@PreAuthorize("hasAnyRole('" + Authority.Names.TRAINER + "', '" + Authority.Names.ADMIN + "')")
public class ContentImportService {
    /** The largest upload accepted (a .zip of a whole handbook fits easily). */
    public static final long MAX_UPLOAD_BYTES = UploadReader.MAX_UPLOAD_BYTES;

    private final ContentImporter importer;
    private final ContentProperties properties;

    ContentImportService(ContentImporter importer, ContentProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    /** Every file of the upload is validated; valid ones are stored, each in its own transaction. */
    public ImportReport importUpload(String fileName, byte[] bytes) {
        var files = UploadReader.read(fileName, bytes);
        if (files.rejection() != null) {
            return ImportReport.rejected(fileName, files.rejection());
        }
        return importer.importFiles(files.sources(), actor(), "upload " + fileName);
    }

    /** Imports the configured content folder again, e.g. after a git pull on the server. */
    public ImportReport importContentFolder() {
        if (!Files.isDirectory(properties.dir())) {
            return ImportReport.rejected(properties.dir().toString(), "The content folder " + properties.dir()
                    + " does not exist on the server. Set STEPWISE_CONTENT_DIR.");
        }
        return importer.importFiles(ContentFolder.read(properties.dir()), actor(), "folder " + properties.dir());
    }

    private static String actor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
