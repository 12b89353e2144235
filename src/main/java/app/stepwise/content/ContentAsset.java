package app.stepwise.content;

/** A stored image, ready to send: its media type, bytes and a hash usable as an ETag. */
public record ContentAsset(String path, String mediaType, byte[] bytes, String contentHash) {
}
