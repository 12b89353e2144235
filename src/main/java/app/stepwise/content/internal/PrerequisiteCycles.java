package app.stepwise.content.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds loops in the prerequisite graph (a needs b, b needs a) by depth-first search and reports each loop once, on
 * every batch file that is part of it, at the prerequisite that closes the loop from that module.
 */
final class PrerequisiteCycles {

    private enum State { IN_PROGRESS, DONE }

    private final Map<String, List<String>> graph;
    private final Map<String, List<ParsedFile>> batchModules;
    private final Map<String, State> states = new HashMap<>();
    private final Set<String> reportedCycles = new HashSet<>();

    PrerequisiteCycles(Map<String, List<String>> graph, Map<String, List<ParsedFile>> batchModules) {
        this.graph = graph;
        this.batchModules = batchModules;
    }

    void report() {
        for (String start : batchModules.keySet()) {
            if (!states.containsKey(start)) {
                visit(start, new ArrayDeque<>());
            }
        }
    }

    /** Iterative would be safer for huge graphs, but prerequisite chains are short; recursion keeps this readable. */
    private void visit(String module, Deque<String> path) {
        states.put(module, State.IN_PROGRESS);
        path.addLast(module);
        for (String prerequisite : graph.getOrDefault(module, List.of())) {
            State state = states.get(prerequisite);
            if (state == State.IN_PROGRESS) {
                reportCycle(cycleEndingAt(path, prerequisite));
            } else if (state == null) {
                visit(prerequisite, path);
            }
        }
        path.removeLast();
        states.put(module, State.DONE);
    }

    private static List<String> cycleEndingAt(Deque<String> path, String repeated) {
        List<String> cycle = new ArrayList<>();
        boolean inCycle = false;
        for (String module : path) {
            inCycle |= module.equals(repeated);
            if (inCycle) {
                cycle.add(module);
            }
        }
        cycle.add(repeated);
        return cycle;
    }

    private void reportCycle(List<String> cycle) {
        if (!reportedCycles.add(canonical(cycle))) {
            return;
        }
        String loop = String.join(" -> ", cycle);
        for (int i = 0; i < cycle.size() - 1; i++) {
            String module = cycle.get(i);
            String next = cycle.get(i + 1);
            for (ParsedFile file : batchModules.getOrDefault(module, List.of())) {
                file.problems().error(file.frontMatter().itemPosition("prerequisites", next), "The prerequisites "
                        + "form a loop: " + loop + ". Remove one of them so the modules can be taken in order.");
            }
        }
    }

    /** The same loop found from another starting module is the same loop. */
    private static String canonical(List<String> cycle) {
        List<String> members = new ArrayList<>(cycle.subList(0, cycle.size() - 1));
        int smallest = members.indexOf(members.stream().min(String::compareTo).orElseThrow());
        List<String> rotated = new ArrayList<>(members.subList(smallest, members.size()));
        rotated.addAll(members.subList(0, smallest));
        return String.join(" ", rotated);
    }
}
