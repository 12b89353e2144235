package app.stepwise.studio;

/**
 * The text a new module starts from: every conventional section (objective, steps, snags, deliverable, KPIs,
 * quiz, practice) with short placeholder text that already validates, so the trainer edits rather than
 * looks up the format.
 */
public final class ModuleTemplate {

    private ModuleTemplate() {
    }

    /** A valid module with this id, title and owner (the owner as the trainer's name, so flags reach them). */
    public static String source(String moduleKey, String title, String owner) {
        return """
                ---
                id: %s
                title: %s
                roles: []
                owner: %s
                estimate: 20m
                tags: []
                pass-mark: 80
                version-note: First published version.
                ---
                # %s

                ## Objective
                What this process achieves, for whom, and why it matters, in one or two sentences.

                ## Steps
                1. **Prepare.** What to have ready before you start, and where to find it.
                2. **Do the work.** The main action: what to do, in which tool, and what done looks like.
                3. **Confirm.** How you check the result, and whom you tell.

                ## Snags
                - **Starting unprepared.** Without what you need at hand you redo the work. Prepare first.

                ## Deliverable
                What exists when the process is done: a record, a document, a message sent.

                ## KPIs
                | KPI | Target | Why it matters |
                |---|---|---|
                | Done on time | 95%% | People downstream can plan. |

                ## Quiz

                ### What do you do before the main work?
                1. [x] Prepare what you need
                1. [ ] Confirm the result
                1. [ ] Nothing: start straight away
                > Preparing first avoids redoing the work.
                Step: prepare

                ## Practice
                - [ ] **Try it once.** Work through the process on a test case and describe what you did.
                  Evidence: text
                """.formatted(moduleKey, yamlText(title), yamlText(owner), title.strip());
    }

    /** A YAML double-quoted scalar, so a title with a colon or quote stays one value. */
    static String yamlText(String text) {
        return '"' + text.strip().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
