/**
 * Export of the stored library as files in our format, under their source paths: the current version of every
 * module, every role and every image, into a folder (CLI) or a zip (download). Importing an export again stores nothing new.
 */
package app.stepwise.content.internal.export;
