package org.civictech.pars.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The persistent list under a ballot's history: every element where it was put, every version. */
class AppendOnlyListTest {

  /** Past one leaf (32), one full level (32 + 32^2) and two (32 + 32^3), with room to spare. */
  private static final int MANY = 32 + 32 * 32 * 32 + 3 * 32 * 32 + 7;

  @Test
  void every_element_stays_at_its_index_through_three_levels() {
    AppendOnlyList<Integer> list = AppendOnlyList.empty();
    for (int i = 0; i < MANY; i++) {
      list = list.plus(i);
      assertThat(list.size()).isEqualTo(i + 1);
      assertThat(list.get(i)).isEqualTo(i);
    }
    for (int i = 0; i < MANY; i++) {
      assertThat(list.get(i)).isEqualTo(i);
    }
  }

  @Test
  void plus_leaves_every_earlier_version_as_it_was() {
    List<AppendOnlyList<Integer>> versions = new ArrayList<>();
    AppendOnlyList<Integer> list = AppendOnlyList.empty();
    for (int i = 0; i < 2_200; i++) {
      versions.add(list);
      list = list.plus(i);
    }
    for (int size = 0; size < versions.size(); size += 7) {
      AppendOnlyList<Integer> version = versions.get(size);
      assertThat(version.size()).isEqualTo(size);
      for (int i = 0; i < size; i++) {
        assertThat(version.get(i)).isEqualTo(i);
      }
    }
  }

  @Test
  void two_lists_grown_from_one_version_do_not_share_their_new_elements() {
    AppendOnlyList<Integer> base = AppendOnlyList.empty();
    for (int i = 0; i < 1_056; i++) {
      base = base.plus(i);
    }
    AppendOnlyList<Integer> left = base.plus(-1);
    AppendOnlyList<Integer> right = base.plus(-2).plus(-3);

    assertThat(left.get(1_056)).isEqualTo(-1);
    assertThat(right.get(1_056)).isEqualTo(-2);
    assertThat(right.get(1_057)).isEqualTo(-3);
    assertThat(base.size()).isEqualTo(1_056);
    assertThat(left.get(1_055)).isEqualTo(right.get(1_055)).isEqualTo(1_055);
  }

  @Test
  void an_index_outside_the_list_is_rejected() {
    AppendOnlyList<Integer> list = AppendOnlyList.<Integer>empty().plus(7);

    assertThatThrownBy(() -> list.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> AppendOnlyList.empty().get(0))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
