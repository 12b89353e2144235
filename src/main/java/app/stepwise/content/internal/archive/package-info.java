/**
 * Reading an uploaded {@code .zip} of process documents safely, entirely in memory: the central directory is parsed
 * by hand (so symbolic links, encryption flags and local/central name mismatches are visible), every name, count and
 * declared size is checked for all entries before anything is unpacked, and unpacking then counts the bytes actually
 * produced against the {@link app.stepwise.content.internal.archive.ArchiveLimits}. Nothing is ever written to disk,
 * so no entry can land outside a target folder; a hostile or broken archive is rejected as a whole with one sentence
 * a trainer understands ({@link app.stepwise.content.internal.archive.ArchiveRejectedException}). Start with
 * {@link app.stepwise.content.internal.archive.SafeZipReader}.
 */
package app.stepwise.content.internal.archive;
