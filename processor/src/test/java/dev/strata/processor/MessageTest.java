package dev.strata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The patterns in {@link Message} match the arguments they document, including those of situations
 * that no compilation in these tests reaches (a local class, for one); a mismatch would otherwise
 * surface only as an internal error in a user's build.
 */
class MessageTest {

  @ParameterizedTest
  @EnumSource(Code.class)
  void everyCode_hasAMessage(Code code) {
    assertWithMessage("a Message reported under " + code.id())
        .that(Arrays.stream(Message.values()).map(Message::code).toList())
        .contains(code);
  }

  @ParameterizedTest
  @EnumSource(Message.class)
  void everyMessage_usesEachDocumentedArgument(Message message) {
    Object[] placeholders = message.arguments().stream().map(a -> "<" + a + ">").toArray();

    String text = message.format(placeholders);

    assertThat(text).startsWith("[strata:" + message.code().id() + "] ");
    for (Object placeholder : placeholders) {
      assertThat(text).contains((String) placeholder);
    }
  }

  @Test
  void otherArgumentsThanDocumented_throw() {
    assertThrows(IllegalStateException.class, () -> Message.DUPLICATE_VERSION.format("2"));
  }

  /** The compilations in PartialCompilationTest leave out one migration, never several. */
  @Test
  void partialCompilation_ofSeveral_namesFiveAndCountsTheRest() {
    List<String> left = List.of("a.M1", "a.M2", "a.M3", "a.M4", "a.M5", "a.M6", "a.M7");

    assertThat(Message.PARTIAL_COMPILATION.format(left.size(), Message.someOf(left)))
        .isEqualTo(
            "[strata:partial-compilation] the registry lists only the migrations of this"
                + " compilation, and 7 migrations that an earlier compilation into this output"
                + " listed are not in it: a.M1, a.M2, a.M3, a.M4, a.M5 and 2 more. A new database"
                + " would not get them. This happens when a build recompiles only the changed"
                + " sources (an IDE's own incremental build can); rebuild the module, or let the"
                + " IDE delegate builds to Maven or Gradle. If you deleted or renamed them, a"
                + " clean build removes the old class files");
    assertThat(Message.someOf(left.subList(0, 5))).isEqualTo("a.M1, a.M2, a.M3, a.M4, a.M5");
  }
}
