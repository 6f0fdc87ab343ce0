package dev.strata.processor;

import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;

/**
 * Checksums of migration code for drift detection: SHA-256 over the methods as javac's syntax tree
 * prints them, so comments and formatting do not count and code does.
 */
final class Checksums {
  private static final HexFormat HEX = HexFormat.of();

  private final Trees trees; // null: the compiler offers no syntax trees (not javac)
  private final MessageDigest digest = sha256(); // one per processor: processors run on one thread

  private Checksums(Trees trees) {
    this.trees = trees;
  }

  static Checksums of(ProcessingEnvironment env) {
    try {
      return new Checksums(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) { // Eclipse, or a wrapped environment
      return new Checksums(null);
    }
  }

  /**
   * Lowercase hex SHA-256 of the printed trees, each followed by a line break; {@code null} when a
   * tree is unavailable.
   */
  String checksum(List<ExecutableElement> methods) {
    if (trees == null) {
      return null;
    }
    digest.reset();
    for (ExecutableElement method : methods) {
      Tree tree = trees.getTree(method);
      if (tree == null) {
        return null;
      }
      digest.update(tree.toString().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
    }
    return HEX.formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
