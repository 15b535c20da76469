package org.civictech.pars;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The standing votes of one decision packed into an {@code int}: two bits a stakeholder, in
 * {@link Stakeholder} order, holding 0 for "not voted" or 1 + the {@link Choice} ordinal.
 *
 * <p>Packing keeps {@code decide} free of per-call collections: a decision stores one {@code int}
 * and hands out shared immutable sets.
 */
final class StandingVotes {

  /** The code of a ballot on which nobody has voted. */
  static final int NOBODY = 0;

  /** Slot value of a stakeholder that has not voted (R2). */
  static final int NOT_VOTED = 0;

  private static final int STAKEHOLDERS = Stakeholder.values().length;
  private static final Stakeholder[] STAKEHOLDER = Stakeholder.values();
  private static final Choice[] CHOICE = Choice.values();

  /** Every subset of the stakeholders, indexed by its bit mask (bit i is ordinal i). */
  private static final Set<Stakeholder>[] SUBSETS = subsets();

  private StandingVotes() {}

  /** Returns the slot value that records {@code choice}. */
  static int slot(Choice choice) {
    return choice.ordinal() + 1;
  }

  /** Returns the slot value of {@code stakeholder} in {@code code}. */
  static int slotOf(int code, Stakeholder stakeholder) {
    return (code >>> (2 * stakeholder.ordinal())) & 3;
  }

  /** Returns the choice recorded in a non-empty slot value. */
  static Choice choiceOfSlot(int slot) {
    return CHOICE[slot - 1];
  }

  /** Returns {@code code} with {@code stakeholder}'s slot set to {@code slot}. */
  static int withSlot(int code, Stakeholder stakeholder, int slot) {
    int shift = 2 * stakeholder.ordinal();
    return (code & ~(3 << shift)) | (slot << shift);
  }

  /** Returns the bit mask of the stakeholders whose slot holds {@code slot}. */
  static int maskOf(int code, int slot) {
    int mask = 0;
    for (int i = 0; i < STAKEHOLDERS; i++) {
      if (((code >>> (2 * i)) & 3) == slot) {
        mask |= 1 << i;
      }
    }
    return mask;
  }

  /** Returns how many stakeholders' slots hold {@code slot}. */
  static int count(int code, int slot) {
    return Integer.bitCount(maskOf(code, slot));
  }

  /** Returns the shared unmodifiable set of the stakeholders whose slot holds {@code slot}. */
  static Set<Stakeholder> setOf(int code, int slot) {
    return SUBSETS[maskOf(code, slot)];
  }

  /** Returns the stakeholder of the given ordinal. */
  static Stakeholder stakeholder(int ordinal) {
    return STAKEHOLDER[ordinal];
  }

  @SuppressWarnings("unchecked")
  private static Set<Stakeholder>[] subsets() {
    Set<Stakeholder>[] subsets = new Set[1 << STAKEHOLDERS];
    for (int mask = 0; mask < subsets.length; mask++) {
      EnumSet<Stakeholder> set = EnumSet.noneOf(Stakeholder.class);
      for (int i = 0; i < STAKEHOLDERS; i++) {
        if ((mask & (1 << i)) != 0) {
          set.add(STAKEHOLDER[i]);
        }
      }
      subsets[mask] = Collections.unmodifiableSet(set);
    }
    return subsets;
  }
}
