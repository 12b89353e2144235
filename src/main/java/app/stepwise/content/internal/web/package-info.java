/** HTTP endpoints of the content module: serving the images process docs reference. */
package app.stepwise.content.internal.web;
