package app.stepwise.content.internal.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An image from the content folder or an upload, by its path relative to the content root. */
@Entity
@Table(name = "content_asset")
public class ContentAssetEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "asset_path", nullable = false, length = 500, unique = true)
    private String path;

    @Column(name = "media_type", nullable = false, length = 50)
    private String mediaType;

    /** MEDIUMBLOB in the migration. */
    @Column(nullable = false, length = 16_777_215)
    private byte[] content;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ContentAssetEntity() {
    }

    public ContentAssetEntity(String path) {
        this.path = path;
    }

    public void store(String mediaType, byte[] content, String contentHash, Instant now) {
        this.mediaType = mediaType;
        this.content = content.clone();
        this.contentHash = contentHash;
        this.updatedAt = now;
    }

    public String getPath() {
        return path;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getContentHash() {
        return contentHash;
    }
}
