package io.piiscanner.preflight.refs;

import io.piiscanner.preflight.rule.Finding;
import io.piiscanner.preflight.rule.Impact;
import io.piiscanner.preflight.rule.Rule;
import io.piiscanner.preflight.template.Resource;
import io.piiscanner.preflight.template.Template;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resources that depend on each other in a circle, through DependsOn or through references
 * (Ref, Fn::GetAtt, Fn::Sub). CloudFormation cannot order them and rejects the template with
 * "Circular dependency between resources".
 */
public final class CircularDependencyRule implements Rule {

    private static final String DOC =
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/troubleshooting.html#troubleshooting-errors-dependency-error";

    @Override
    public String id() {
        return "circular-dependency";
    }

    @Override
    public String title() {
        return "Resources do not depend on each other in a circle";
    }

    @Override
    public String description() {
        return "DependsOn and references (Ref, Fn::GetAtt, Fn::Sub) between resources must not form a cycle; "
                + "CloudFormation rejects a template with circular dependencies.";
    }

    @Override
    public List<Finding> check(Template template) {
        Map<String, Map<String, Reference>> edges = new LinkedHashMap<>();
        for (Resource r : template.resources()) {
            Map<String, Reference> targets = new LinkedHashMap<>();
            for (Reference ref : References.of(r)) {
                if (template.resource(ref.name()) != null) {
                    targets.putIfAbsent(ref.name(), ref);
                }
            }
            edges.put(r.logicalId(), targets);
        }
        List<Finding> out = new ArrayList<>();
        for (List<String> component : new Tarjan(edges).components()) {
            String first = component.get(0);
            if (component.size() == 1 && !edges.get(first).containsKey(first)) {
                continue;
            }
            List<String> cycle = cycleThrough(first, component, edges);
            out.add(finding(template, cycle, edges));
        }
        return out;
    }

    private Finding finding(Template template, List<String> cycle, Map<String, Map<String, Reference>> edges) {
        StringBuilder path = new StringBuilder();
        boolean onlyDependsOn = true;
        for (int i = 0; i < cycle.size(); i++) {
            String from = cycle.get(i);
            String to = cycle.get((i + 1) % cycle.size());
            Reference ref = edges.get(from).get(to);
            onlyDependsOn &= ref.via().equals("DependsOn");
            path.append(from)
                    .append(" -> ")
                    .append(to)
                    .append(" (")
                    .append(ref.describe())
                    .append(")");
            if (i < cycle.size() - 1) {
                path.append(", ");
            }
        }
        Resource first = template.resource(cycle.get(0));
        Reference firstEdge = edges.get(cycle.get(0)).get(cycle.get(1 % cycle.size()));
        String members = cycle.stream().sorted().collect(Collectors.joining(", "));
        return Finding.of(this, Impact.CRITICAL, first)
                .at(firstEdge.location())
                .key("Cycle[" + members + "]")
                .problem((onlyDependsOn ? "DependsOn cycle: " : "Circular dependency: ") + path + ".")
                .consequence("CloudFormation cannot order these resources and rejects the template "
                        + "(\"Circular dependency between resources: [" + members + "]\").")
                .fix(
                        onlyDependsOn
                                ? "# remove the DependsOn that closes the circle, e.g. from "
                                        + cycle.get(cycle.size() - 1)
                                : "# break the circle: move the policy, permission or rule that needs both resources\n"
                                        + "# into a separate resource (e.g. AWS::S3::BucketPolicy, AWS::Lambda::Permission,\n"
                                        + "# AWS::EC2::SecurityGroupIngress) that references both")
                .doc(DOC)
                .build();
    }

    /** A cycle inside a strongly connected component, found by a breadth-first search back to the start. */
    private static List<String> cycleThrough(
            String start, List<String> component, Map<String, Map<String, Reference>> edges) {
        if (edges.get(start).containsKey(start)) {
            return List.of(start);
        }
        Set<String> members = new HashSet<>(component);
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String node = queue.poll();
            for (String next : edges.get(node).keySet()) {
                if (next.equals(start)) {
                    List<String> cycle = new ArrayList<>();
                    for (String n = node; n != null; n = parent.get(n)) {
                        cycle.add(n);
                    }
                    Collections.reverse(cycle);
                    return cycle;
                }
                if (members.contains(next) && !parent.containsKey(next)) {
                    parent.put(next, node);
                    queue.add(next);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + start + " in its component");
    }

    /** Tarjan's strongly connected components, iterative so that deep templates cannot overflow the stack. */
    private static final class Tarjan {
        private final Map<String, Map<String, Reference>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<List<String>> components = new ArrayList<>();
        private int counter;

        Tarjan(Map<String, Map<String, Reference>> edges) {
            this.edges = edges;
        }

        List<List<String>> components() {
            for (String v : edges.keySet()) {
                if (!index.containsKey(v)) {
                    visit(v);
                }
            }
            return components;
        }

        /** A node being visited and the successors still to look at. */
        private record Frame(String node, Iterator<String> next) {}

        private void visit(String root) {
            Deque<Frame> work = new ArrayDeque<>();
            enter(root);
            work.push(new Frame(root, edges.get(root).keySet().iterator()));
            while (!work.isEmpty()) {
                Frame frame = work.peek();
                String v = frame.node();
                if (frame.next().hasNext()) {
                    String w = frame.next().next();
                    if (!index.containsKey(w)) {
                        enter(w);
                        work.push(new Frame(w, edges.get(w).keySet().iterator()));
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = work.peek().node();
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<String> component = new ArrayList<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (!w.equals(v));
                    component.sort(Comparator.comparingInt(index::get));
                    components.add(component);
                }
            }
        }

        private void enter(String v) {
            index.put(v, counter);
            low.put(v, counter);
            counter++;
            stack.push(v);
            onStack.add(v);
        }
    }
}
