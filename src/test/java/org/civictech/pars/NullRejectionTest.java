package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor, factory and method of the exported package, called with each
 * reference argument null in turn (the others valid): each must throw a
 * {@link NullPointerException} whose message names that parameter, as Guava's
 * {@code NullPointerTester} checks. {@code equals(Object)} is exempt: it answers false.
 */
class NullRejectionTest {

  private static final Contract PARS = Contract.of("PARS", LocalDate.of(2018, 8, 31));

  /** A valid value for each parameter type used by the public API. */
  private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
      Map.entry(String.class, "PARS"),
      Map.entry(LocalDate.class, LocalDate.of(2018, 8, 31)),
      Map.entry(Stakeholder.class, Stakeholder.DA),
      Map.entry(Choice.class, Choice.IN_FAVOR),
      Map.entry(Outcome.class, Outcome.RENEWED),
      Map.entry(Reason.class, Reason.PENDING),
      Map.entry(Vote.class, Vote.inFavor(Stakeholder.DA)),
      Map.entry(Contract.class, PARS),
      Map.entry(Collection.class, List.of(Vote.against(Stakeholder.CITY))),
      Map.entry(RenewalDecider.class, RenewalDecider.twoOfThree()),
      Map.entry(RenewalDecision.class, RenewalDecider.twoOfThree().decide(PARS, List.of())),
      Map.entry(Ballot.class, Ballot.open(PARS, RenewalDecider.twoOfThree())),
      Map.entry(Pivot.class, new Pivot(Stakeholder.DA, Choice.AGAINST, Outcome.NOT_RENEWED)),
      Map.entry(DatedVote.class,
          new DatedVote(Vote.inFavor(Stakeholder.DA), LocalDate.of(2018, 7, 1), "")),
      Map.entry(DatedDecision.class, new DatedDecision(LocalDate.of(2018, 7, 1),
          RenewalDecider.twoOfThree().decide(PARS, List.of()))),
      Map.entry(int.class, 2));

  /** The public types of the exported package. */
  private static final List<Class<?>> PUBLIC_TYPES = List.of(
      Stakeholder.class, Choice.class, Outcome.class, Reason.class, Vote.class, Contract.class,
      RenewalDecider.class, RenewalDecision.class, Pivot.class, Ballot.class, DatedVote.class,
      DatedDecision.class);

  @Test
  void every_public_executable_rejects_each_null_argument_by_name() throws Exception {
    int checked = 0;
    for (Class<?> type : PUBLIC_TYPES) {
      List<Executable> executables = new ArrayList<>(List.of(type.getConstructors()));
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
            && !isExempt(type, method)) {
          executables.add(method);
        }
      }
      for (Executable executable : executables) {
        Parameter[] parameters = executable.getParameters();
        for (int i = 0; i < parameters.length; i++) {
          if (!parameters[i].getType().isPrimitive()) {
            checkRejectsNull(type, executable, i);
            checked++;
          }
        }
      }
    }
    // Vote 8 (fromJsonMap), Contract 5, RenewalDecider 5, Pivot 3, Ballot 11 (fromJsonMap,
    // toJson in a locale), DatedVote 3, DatedDecision 2, RenewalDecision 4 (explanation,
    // explainPivots and toJson in a locale, choiceOf), Stakeholder 2 (names), Reason 1 (name)
    assertThat(checked).as("null arguments checked").isEqualTo(44);
  }

  @Test
  void the_test_knows_every_public_type_of_the_package() {
    assertThat(PUBLIC_TYPES).allMatch(type -> Modifier.isPublic(type.getModifiers()));
    assertThat(PUBLIC_TYPES).hasSize(12);
  }

  private static boolean isExempt(Class<?> type, Method method) {
    boolean equals = method.getName().equals("equals") && method.getParameterCount() == 1;
    boolean enumValueOf = type.isEnum() && method.getName().equals("valueOf");
    return equals || enumValueOf;
  }

  private static void checkRejectsNull(Class<?> type, Executable executable, int nullIndex)
      throws Exception {
    Parameter[] parameters = executable.getParameters();
    Object[] args = new Object[parameters.length];
    for (int i = 0; i < args.length; i++) {
      if (i != nullIndex) {
        args[i] = sample(parameters[i].getType(), executable);
      }
    }
    String what = executable + " with " + parameters[nullIndex].getName() + " = null";
    try {
      if (executable instanceof Constructor<?> constructor) {
        constructor.newInstance(args);
      } else {
        Method method = (Method) executable;
        Object receiver = Modifier.isStatic(method.getModifiers()) ? null : sample(type, method);
        method.invoke(receiver, args);
      }
      fail(what + " did not throw");
    } catch (InvocationTargetException e) {
      assertThat(e.getCause()).as(what).isInstanceOf(NullPointerException.class)
          .hasMessage(parameters[nullIndex].getName());
    }
  }

  private static Object sample(Class<?> type, Executable where) {
    Object sample = SAMPLES.get(type);
    if (sample == null) {
      throw new AssertionError("no sample " + type.getSimpleName() + " for " + where);
    }
    return sample;
  }
}
