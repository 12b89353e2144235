/** Storage of the studio's drafts: the JPA entity and its repository, used only by the studio services. */
package app.stepwise.studio.internal;
