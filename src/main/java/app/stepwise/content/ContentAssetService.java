package app.stepwise.content;

import app.stepwise.content.internal.store.ContentAssetRepository;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Images of process docs, for everyone signed in (learners read the modules they illustrate). */
@Service
@PreAuthorize("isAuthenticated()")
public class ContentAssetService {
    private final ContentAssetRepository assets;

    ContentAssetService(ContentAssetRepository assets) {
        this.assets = assets;
    }

    @Transactional(readOnly = true)
    public Optional<ContentAsset> find(String path) {
        return assets.findByPath(path).map(a -> new ContentAsset(a.getPath(), a.getMediaType(), a.getContent(), a.getContentHash()));
    }
}
