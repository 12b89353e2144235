/**
 * Where imported content lives: process modules with their immutable versions (each keeping its whole
 * Markdown source) and role definitions. Only the content module reaches these entities.
 */
package app.stepwise.content.internal.store;
