package app.stepwise.course;

import java.util.List;

/**
 * A role someone may aim for, with the gap: the role's required modules they have not completed at the current version,
 * and the estimated time they take. {@code request} is their request's state when enrolment needs approval.
 */
public record PromotionOption(String roleId, String title, String descriptionHtml, List<GapModule> required,
                              int minutesToGo, boolean enrolled, RequestState request, String declineReason) {
    public enum RequestState { NONE, PENDING, DECLINED }

    public PromotionOption {
        required = List.copyOf(required);
    }

    public long modulesToGo() {
        return required.stream().filter(m -> !m.done()).count();
    }

    /** One required module of the target role: done when completed at its current version. */
    public record GapModule(String moduleId, String title, Integer estimateMinutes, boolean done) {
    }
}
