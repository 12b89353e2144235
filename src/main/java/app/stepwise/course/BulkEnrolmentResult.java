package app.stepwise.course;

import java.util.List;

/** What a bulk enrolment did: who was enrolled, who already was, and who was skipped (deactivated). */
public record BulkEnrolmentResult(List<String> enrolled, List<String> alreadyEnrolled, List<String> skipped) {
    public BulkEnrolmentResult {
        enrolled = List.copyOf(enrolled);
        alreadyEnrolled = List.copyOf(alreadyEnrolled);
        skipped = List.copyOf(skipped);
    }

    public String summary() {
        return enrolled.size() + " enrolled" + (alreadyEnrolled.isEmpty() ? "" : ", " + alreadyEnrolled.size() + " already enrolled")
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped (deactivated)");
    }
}
