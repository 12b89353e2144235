package app.stepwise.studio.ui;

import app.stepwise.content.ChangeClass;
import app.stepwise.studio.PublishPlan;
import java.util.List;

/** The sentence that tells a trainer whom publishing reaches, for the change class they chose. */
final class ImpactText {
    private ImpactText() {
    }

    static String of(PublishPlan plan, ChangeClass chosen) {
        String progress = people(plan.inProgress()) + " in progress " + (plan.inProgress() == 1 ? "gets" : "get")
                + " the new version.";
        if (plan.firstVersion()) {
            return "First version: learners whose roles require this module find it in their path.";
        }
        if (chosen != ChangeClass.MATERIAL) {
            return "Minor: nobody needs a refresher; " + progress;
        }
        var impact = plan.ifMaterial();
        if (impact.roles().isEmpty()) {
            return "Material: no role requires this module, so nobody gets a refresher; " + progress;
        }
        return "Material: " + people(impact.people()) + " certified in " + and(impact.roles()) + " "
                + (impact.people() == 1 ? "gets" : "get") + " a refresher; " + progress;
    }

    private static String people(long count) {
        return count + (count == 1 ? " person" : " people");
    }

    private static String and(List<String> items) {
        return items.size() == 1 ? items.getFirst()
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
