package app.stepwise.content;

import java.util.List;

/**
 * A module ready for the reader. Quiz and Practice sections are not in it: the quiz holds the answers, and both have
 * their own screens built from {@link Question} and {@link PracticeTask}.
 *
 * @param id       the module id
 * @param title    plain text
 * @param sections the reading sections in document order
 * @param html     the whole page as sanitised HTML: one {@code <section id="section-...">} per section, with an
 *                 {@code <h2>} heading (none for the text before the first heading), steps carrying their anchors
 */
public record RenderedModule(String id, String title, List<RenderedSection> sections, String html) {

    public RenderedModule {
        sections = List.copyOf(sections);
    }
}
