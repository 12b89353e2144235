package app.stepwise.bench;

import app.stepwise.content.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Realistic process docs in our format: front matter, 8 steps, snags, a KPI table, 5 questions, practice. */
final class SyntheticDocs {
    private static final String[] VERBS = {"Check", "Record", "Confirm", "Send", "Review", "Approve", "Update", "Escalate"};
    private static final String[] THINGS = {"the order", "the customer record", "the invoice", "the ticket", "the quote",
            "the delivery note", "the purchase request", "the contract"};

    private SyntheticDocs() {
    }

    static List<SourceFile> generate(int count, long seed) {
        var random = new Random(seed);
        var files = new ArrayList<SourceFile>(count);
        for (int i = 0; i < count; i++) {
            files.add(SourceFile.ofText("area-" + (i % 20) + "/process-" + i + ".md", doc(i, random)));
        }
        return files;
    }

    static String doc(int n, Random random) {
        var text = new StringBuilder();
        text.append("---\nid: process-").append(n).append("\ntitle: Process number ").append(n)
                .append("\nowner: Owner ").append(n % 37).append("\nestimate: ").append(15 + n % 30)
                .append("m\ntags: [area-").append(n % 20).append(", generated]\nprerequisites: []\npass-mark: 80\n---\n\n")
                .append("# Process number ").append(n).append("\n\n## Objective\nKeep process ").append(n)
                .append(" predictable, fast and documented so that anyone on the team can run it.\n\n## Steps\n");
        for (int step = 1; step <= 8; step++) {
            text.append(step).append(". **").append(VERBS[random.nextInt(VERBS.length)]).append(' ')
                    .append(THINGS[random.nextInt(THINGS.length)]).append(" (").append(step).append(").** ")
                    .append("Open the system, find the right record and make sure the details match the request; ")
                    .append("write down anything unusual in the notes field before moving on.\n");
        }
        text.append("\n## Snags\n- **Missing details.** Ask the requester before guessing.\n")
                .append("- **Duplicates.** Search before creating a new record.\n\n## Deliverable\nAn updated record.\n\n")
                .append("## KPIs\n| KPI | Target |\n|---|---|\n| Cycle time | under 2 days |\n| Error rate | under 2% |\n\n")
                .append("## Quiz\n\n### What do you do first?\n1. [x] Check the record\n1. [ ] Guess\n> Always check first.\nStep: 1\n\n")
                .append("### Which belong in the notes? (all that apply)\n- [x] Anything unusual\n- [ ] Gossip\n> Notes are for facts.\n\n")
                .append("### Put these in order\n1. Open the system\n2. Find the record\n3. Check the details\n\n")
                .append("### True or false: you may skip the search for duplicates.\n1. [ ] True\n1. [x] False\n> Duplicates cost hours.\n\n")
                .append("### What is the cycle-time target?\nAnswer: 2 days | two days\n> See the KPIs.\n\n")
                .append("## Practice\n- [ ] **Run the process once with a trainer.** Describe what you did.\n  Evidence: text\n  Sign-off: trainer\n");
        return text.toString();
    }

    /** The same doc with one step's wording changed: a material change. */
    static SourceFile withEditedStep(SourceFile file) {
        String text = new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        return SourceFile.ofText(file.path(), text.replace("write down anything unusual", "write down everything unusual"));
    }
}
