package dev.strata.processor;

import static dev.strata.processor.Message.DEPENDENCY_CYCLE;
import static dev.strata.processor.Message.DEPENDENCY_NOT_A_CLASS;
import static dev.strata.processor.Message.DEPENDENCY_NOT_A_MIGRATION;
import static dev.strata.processor.Message.DEPENDENCY_ORDER;
import static dev.strata.processor.Message.DUPLICATE_VERSION;
import static dev.strata.processor.Message.SELF_DEPENDENCY;

import dev.strata.Version;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Checks what no single class shows: unique versions and a dependency graph whose every edge points
 * to a strictly lower version (so applying in version order applies prerequisites first).
 */
final class GraphValidator {

  /**
   * A migration of this compilation.
   *
   * @param version {@code null} when the version is invalid (already reported)
   */
  record Node(TypeElement type, AnnotationMirror migration, Version version) {
    String name() {
      return type.getQualifiedName().toString();
    }
  }

  /**
   * A {@code dependsOn} entry: {@code from} needs {@code to}; {@code value} is where it is written.
   */
  private record Edge(Node from, TypeElement to, AnnotationValue value) {}

  /**
   * @param nodes sorted by version, then name; the first of a cycle carries its report
   */
  Report validate(List<Node> nodes) {
    Report.Builder report = Report.builder();
    checkDuplicates(nodes, report);
    // identity maps: elements and nodes are unique objects, and a record's hashCode would hash
    // every component of it on every lookup
    Map<TypeElement, Node> byType = new IdentityHashMap<>();
    for (Node node : nodes) {
      byType.put(node.type(), node);
    }
    Map<Node, List<Edge>> edges = new IdentityHashMap<>();
    for (Node node : nodes) {
      List<Edge> out = new ArrayList<>();
      for (AnnotationValue value : Mirrors.elements(Mirrors.value(node.migration(), "dependsOn"))) {
        TypeElement dependency = Mirrors.classValue(value);
        if (dependency == null && Mirrors.isUnresolved(value)) {
          continue; // javac reports it
        } else if (dependency == null) { // int.class, String[].class, void.class: legal Java
          report.errorOn(
              DEPENDENCY_NOT_A_CLASS, node.type(), node.migration(), value, value.getValue());
        } else if (dependency.equals(node.type())) {
          report.errorOn(
              SELF_DEPENDENCY, node.type(), node.migration(), value, node.type().getSimpleName());
        } else if (!Mirrors.has(dependency, Mirrors.MIGRATION)) {
          report.errorOn(
              DEPENDENCY_NOT_A_MIGRATION,
              node.type(),
              node.migration(),
              value,
              dependency.getQualifiedName());
        } else {
          out.add(new Edge(node, dependency, value));
        }
      }
      edges.put(node, out);
    }
    Map<Node, Integer> component = components(nodes, edges, byType);
    Map<Integer, Integer> sizes = new HashMap<>();
    for (Integer c : component.values()) {
      sizes.merge(c, 1, Integer::sum);
    }
    Set<Integer> reported = new HashSet<>();
    for (Node node : nodes) { // in version order: the lowest version of a cycle carries its report
      Integer c = component.get(node);
      if (sizes.get(c) > 1 && reported.add(c)) {
        List<Edge> cycle = shortestCycle(node, edges, byType);
        String path =
            cycle.stream().map(e -> e.from().name()).collect(Collectors.joining(" -> "))
                + " -> "
                + node.name();
        report.errorOn(DEPENDENCY_CYCLE, node.type(), node.migration(), cycle.get(0).value(), path);
      }
    }
    for (Node node : nodes) {
      for (Edge edge : edges.get(node)) {
        Node target = byType.get(edge.to());
        // an edge inside a cycle is part of the cycle's report, not an order error of its own
        if (target == null || !component.get(target).equals(component.get(edge.from()))) {
          checkOrder(edge, target, report);
        }
      }
    }
    return report.build();
  }

  private static void checkDuplicates(List<Node> nodes, Report.Builder report) {
    Map<Version, List<Node>> byVersion = new LinkedHashMap<>();
    nodes.stream()
        .filter(n -> n.version() != null)
        .forEach(n -> byVersion.computeIfAbsent(n.version(), v -> new ArrayList<>()).add(n));
    for (List<Node> same : byVersion.values()) {
      for (Node node : same.size() > 1 ? same : List.<Node>of()) {
        String others =
            same.stream().filter(n -> n != node).map(Node::name).collect(Collectors.joining(", "));
        report.errorOn(
            DUPLICATE_VERSION, node.type(), node.migration(), "version", node.version(), others);
      }
    }
  }

  /**
   * A dependency's version must be strictly lower; a classpath dependency's comes from its class
   * file.
   */
  private static void checkOrder(Edge edge, Node target, Report.Builder report) {
    Version own = edge.from().version();
    Version theirs =
        target != null
            ? target.version()
            : Mirrors.find(edge.to(), Mirrors.MIGRATION)
                .flatMap(m -> Mirrors.valueAs(m, "version", String.class))
                .map(Version::parseOrNull)
                .orElse(null);
    if (own == null || theirs == null || theirs.compareTo(own) < 0) {
      return;
    }
    report.errorOn(
        DEPENDENCY_ORDER,
        edge.from().type(),
        edge.from().migration(),
        edge.value(),
        edge.from().type().getSimpleName(),
        own,
        edge.to().getQualifiedName(),
        theirs);
  }

  /**
   * The strongly connected components (Tarjan, iterative so a long dependency chain cannot overflow
   * the stack): nodes on a common cycle get the same number. Linear in the graph.
   */
  private static Map<Node, Integer> components(
      List<Node> nodes, Map<Node, List<Edge>> edges, Map<TypeElement, Node> byType) {
    Map<Node, Integer> index = new IdentityHashMap<>();
    Map<Node, Integer> low = new IdentityHashMap<>();
    Map<Node, Integer> component = new IdentityHashMap<>();
    Deque<Node> stack = new ArrayDeque<>();
    for (Node root : nodes) {
      if (index.containsKey(root)) {
        continue;
      }
      Deque<Node> path = new ArrayDeque<>(); // the DFS call stack
      Map<Node, Integer> nextEdge = new IdentityHashMap<>();
      path.push(root);
      while (!path.isEmpty()) {
        Node node = path.peek();
        if (!index.containsKey(node)) {
          index.put(node, index.size());
          low.put(node, index.get(node));
          stack.push(node);
        }
        List<Edge> out = edges.get(node);
        int i = nextEdge.merge(node, 1, Integer::sum) - 1;
        if (i < out.size()) {
          Node next = byType.get(out.get(i).to());
          if (next != null && !index.containsKey(next)) {
            path.push(next);
          } else if (next != null && !component.containsKey(next)) { // on the stack
            low.put(node, Math.min(low.get(node), index.get(next)));
          }
          continue;
        }
        path.pop();
        if (!path.isEmpty()) {
          low.put(path.peek(), Math.min(low.get(path.peek()), low.get(node)));
        }
        if (low.get(node).equals(index.get(node))) {
          int c = component.size();
          Node member;
          do {
            member = stack.pop();
            component.put(member, c);
          } while (member != node);
        }
      }
    }
    return component;
  }

  /** The edges of a shortest path from {@code start} back to itself (breadth first). */
  private static List<Edge> shortestCycle(
      Node start, Map<Node, List<Edge>> edges, Map<TypeElement, Node> byType) {
    Map<Node, Edge> via = new IdentityHashMap<>();
    Queue<Node> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      Node current = queue.remove();
      for (Edge edge : edges.get(current)) {
        Node next = byType.get(edge.to());
        if (next == null || via.containsKey(next)) {
          continue;
        }
        via.put(next, edge);
        if (next == start) {
          List<Edge> path = new ArrayList<>();
          for (Edge e = edge; ; e = via.get(e.from())) {
            path.add(0, e);
            if (e.from() == start) {
              return path;
            }
          }
        }
        queue.add(next);
      }
    }
    throw new IllegalStateException(start.name() + " reaches itself but no cycle was found");
  }
}
