package org.civictech.pars;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code written against 0.1.0 still compiles: every public or protected type, constructor, method
 * and field of the exported packages that 0.1.0 had is still there, with the same modifiers,
 * types and thrown exceptions. New signatures may be added. The 0.1.0 list was generated once, by
 * {@link #signatures()}, and is not regenerated: a line that has to go is a breaking change.
 * japicmp takes over once a release is on Maven Central to compare with.
 */
class PublicApiTest {

  private static final Path RECORDED = Path.of("src/test/resources/api/0.1.0-public-api.txt");

  private static final int TYPE_MODIFIERS =
      Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT;
  private static final int MEMBER_MODIFIERS =
      Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT;

  @Test
  void every_public_signature_of_0_1_0_still_exists() throws Exception {
    List<String> recorded = Files.readAllLines(RECORDED, UTF_8).stream()
        .filter(line -> !line.isBlank())
        .toList();
    assertThat(recorded).as("the recorded 0.1.0 API").contains(
        "org.civictech.pars.Ballot method public org.civictech.pars.Ballot"
            + " cast(org.civictech.pars.Vote, java.time.LocalDate, java.lang.String)");

    Set<String> current = signatures();
    List<String> gone = recorded.stream().filter(line -> !current.contains(line)).toList();
    assertThat(gone).as("signatures of 0.1.0 that are gone or changed").isEmpty();
  }

  /**
   * Every public or protected signature of the library module's exported packages, one a line,
   * each starting with the name of its type.
   */
  static Set<String> signatures() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(Ballot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleReference library = ModuleFinder.of(classes).find("org.civictech.pars").orElseThrow();
    Set<String> exported = library.descriptor().exports().stream()
        .filter(exports -> !exports.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    Set<String> signatures = new TreeSet<>();
    try (ModuleReader reader = library.open(); Stream<String> resources = reader.list()) {
      for (String resource : resources.toList()) {
        int slash = resource.lastIndexOf('/');
        if (!resource.endsWith(".class") || resource.endsWith("-info.class") || slash < 0
            || !exported.contains(resource.substring(0, slash).replace('/', '.'))) {
          continue;
        }
        String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
        Class<?> type = Class.forName(name, false, Ballot.class.getClassLoader());
        if (isApi(type)) {
          signatures.addAll(signatures(type));
        }
      }
    }
    return signatures;
  }

  private static boolean isApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    Class<?> enclosing = type.getDeclaringClass();
    return enclosing == null
        ? Modifier.isPublic(type.getModifiers())
        : isApiMember(type.getModifiers()) && isApi(enclosing);
  }

  private static boolean isApiMember(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static List<String> signatures(Class<?> type) {
    String prefix = type.getName() + " ";
    List<String> lines = new ArrayList<>();
    lines.add(prefix + "type " + typeDeclaration(type));
    for (Field field : type.getDeclaredFields()) {
      if (isApiMember(field.getModifiers()) && !field.isSynthetic()) {
        lines.add(prefix + "field " + modifiers(field.getModifiers(), MEMBER_MODIFIERS)
            + name(field.getGenericType()) + " " + field.getName());
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (isApiMember(constructor.getModifiers()) && !constructor.isSynthetic()) {
        lines.add(prefix + "constructor " + modifiers(constructor.getModifiers(), MEMBER_MODIFIERS)
            + typeParameters(constructor.getTypeParameters()) + type.getSimpleName()
            + parametersAndThrows(constructor));
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (isApiMember(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
        lines.add(prefix + "method " + (method.isDefault() ? "default " : "")
            + modifiers(method.getModifiers(), MEMBER_MODIFIERS)
            + typeParameters(method.getTypeParameters()) + name(method.getGenericReturnType())
            + " " + method.getName() + parametersAndThrows(method));
      }
    }
    return lines;
  }

  private static String typeDeclaration(Class<?> type) {
    int mask = type.isInterface() ? TYPE_MODIFIERS & ~Modifier.ABSTRACT : TYPE_MODIFIERS;
    String kind = type.isAnnotation() ? "@interface"
        : type.isInterface() ? "interface"
        : type.isEnum() ? "enum"
        : type.isRecord() ? "record"
        : "class";
    StringBuilder declaration = new StringBuilder(modifiers(type.getModifiers(), mask))
        .append(type.isSealed() ? "sealed " : "")
        .append(kind)
        .append(typeParameters(type.getTypeParameters()).stripTrailing());
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class) {
      declaration.append(" extends ").append(name(superclass));
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0) {
      declaration.append(type.isInterface() ? " extends " : " implements ").append(names(interfaces));
    }
    return declaration.toString();
  }

  private static String parametersAndThrows(Executable executable) {
    Type[] parameters = executable.getGenericParameterTypes();
    String list = names(parameters);
    if (executable.isVarArgs()) {
      list = list.substring(0, list.length() - "[]".length()) + "...";
    }
    Type[] thrown = executable.getGenericExceptionTypes();
    return "(" + list + ")" + (thrown.length == 0 ? "" : " throws " + names(thrown));
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables)
        .map(variable -> {
          List<Type> bounds =
              Arrays.stream(variable.getBounds()).filter(bound -> bound != Object.class).toList();
          return variable.getName() + (bounds.isEmpty() ? ""
              : " extends " + bounds.stream().map(PublicApiTest::name)
                  .collect(Collectors.joining(" & ")));
        })
        .collect(Collectors.joining(", ", "<", "> "));
  }

  private static String modifiers(int modifiers, int mask) {
    String shown = Modifier.toString(modifiers & mask);
    return shown.isEmpty() ? "" : shown + " ";
  }

  private static String names(Type[] types) {
    return Arrays.stream(types).map(PublicApiTest::name).collect(Collectors.joining(", "));
  }

  private static String name(Type type) {
    return type.getTypeName();
  }
}
