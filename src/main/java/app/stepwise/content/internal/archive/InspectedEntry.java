package app.stepwise.content.internal.archive;

/**
 * An entry that passed every check that needs no unpacking.
 *
 * @param central   its central directory record
 * @param shown     its name as safe to show ({@link EntryNames#display})
 * @param path      its normalised relative path
 * @param kind      what the importer does with it
 * @param dataStart offset of its packed data
 */
record InspectedEntry(CentralEntry central, String shown, String path, EntryKind kind, long dataStart) {

    long dataEnd() {
        return dataStart + central.compressedSize();
    }
}
