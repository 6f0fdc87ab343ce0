package dev.strata.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes a compilation produced, so tests can run the generated registry. */
final class GeneratedClasses extends ClassLoader {
  private final Map<String, byte[]> classes = new HashMap<>();

  GeneratedClasses(Compilation compilation) {
    super(GeneratedClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        // "/CLASS_OUTPUT/test/db/AddEmail.class" → "test.db.AddEmail"
        String path = file.toUri().getPath();
        String name =
            path.substring("/CLASS_OUTPUT/".length(), path.length() - ".class".length())
                .replace('/', '.');
        try (InputStream in = file.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** A new instance of the generated class {@code name}, through its public no-arg constructor. */
  <T> T instantiate(String name, Class<T> type) {
    try {
      return type.cast(loadClass(name).getConstructor().newInstance());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot instantiate " + name, e);
    }
  }
}
