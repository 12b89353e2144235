package app.stepwise.practice.internal.web;

import app.stepwise.practice.EvidenceDownload;
import app.stepwise.practice.PracticeService;
import app.stepwise.shared.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /evidence/<submission id>}: the file of a practice submission, for its learner and for trainers
 * (the service checks). Always a download, never rendered: a browser may not sniff it into a page, and even
 * if it did, the sandbox policy lets nothing run.
 */
@RestController
class EvidenceFileController {
    private final PracticeService practice;

    EvidenceFileController(PracticeService practice) {
        this.practice = practice;
    }

    @GetMapping(EvidenceDownload.URL_PREFIX + "{submissionId}")
    ResponseEntity<byte[]> file(@PathVariable long submissionId) {
        EvidenceDownload file;
        try {
            file = practice.evidenceFile(submissionId);
        } catch (AccessDeniedException e) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).cacheControl(CacheControl.noStore()).build();
        } catch (InvalidInputException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.bytes());
    }
}
