package org.civictech.pars.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A persistent list that grows at its end: {@link #plus} returns a new list and leaves this one
 * as it was, sharing all but O(log n) of its structure, in O(log n) time (a 32-way trie of full
 * leaves plus a tail, as in Clojure's vector). {@code Ballot} keeps its history in it, so that
 * casting a vote never copies the votes already cast.
 *
 * <p>Immutable and thread-safe: no array is written after the constructor that receives it.
 *
 * @param <E> the element type
 */
public final class AppendOnlyList<E> {

  private static final int BITS = 5;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;
  private static final AppendOnlyList<Object> EMPTY =
      new AppendOnlyList<>(0, BITS, new Object[0], new Object[0]);

  private final int size;
  /** How far to shift an index for the root's slot: BITS times the height of the tree. */
  private final int shift;
  /** Inner nodes are {@code Object[]} of children; the leaves hold 32 elements each. */
  private final Object[] root;
  /** The last 0 to 32 elements, not yet in the tree. */
  private final Object[] tail;

  private AppendOnlyList(int size, int shift, Object[] root, Object[] tail) {
    this.size = size;
    this.shift = shift;
    this.root = root;
    this.tail = tail;
  }

  /** Returns the empty list. */
  @SuppressWarnings("unchecked")
  public static <E> AppendOnlyList<E> empty() {
    return (AppendOnlyList<E>) EMPTY;
  }

  /** Returns the number of elements. */
  public int size() {
    return size;
  }

  /**
   * Returns the element at {@code index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < size()}
   */
  @SuppressWarnings("unchecked")
  public E get(int index) {
    Objects.checkIndex(index, size);
    Object[] leaf = index >= size - tail.length ? tail : leaf(index);
    return (E) leaf[index & MASK];
  }

  /** Returns an unmodifiable {@link List} view: O(1) to make, O(log n) to index. */
  public List<E> asList() {
    return new View<>(this);
  }

  private static final class View<E> extends AbstractList<E> implements RandomAccess {

    private final AppendOnlyList<E> list;

    View(AppendOnlyList<E> list) {
      this.list = list;
    }

    @Override
    public E get(int index) {
      return list.get(index);
    }

    @Override
    public int size() {
      return list.size();
    }
  }

  private Object[] leaf(int index) {
    Object[] node = root;
    for (int level = shift; level > 0; level -= BITS) {
      node = (Object[]) node[(index >>> level) & MASK];
    }
    return node;
  }

  /** Returns this list with {@code element} added at the end; this list is unchanged. */
  public AppendOnlyList<E> plus(E element) {
    if (tail.length < WIDTH) {
      Object[] longer = Arrays.copyOf(tail, tail.length + 1);
      longer[tail.length] = element;
      return new AppendOnlyList<>(size + 1, shift, root, longer);
    }
    // The tail is full: it becomes a leaf of the tree, and the element starts a new tail.
    Object[] start = {element};
    if ((size >>> BITS) > (1 << shift)) { // the tree is full: grow a level above the root
      Object[] higher = {root, path(shift, tail)};
      return new AppendOnlyList<>(size + 1, shift + BITS, higher, start);
    }
    return new AppendOnlyList<>(size + 1, shift, pushTail(shift, root), start);
  }

  /** Copies the path from {@code node} at {@code level} down to where the full tail goes. */
  private Object[] pushTail(int level, Object[] node) {
    int slot = ((size - 1) >>> level) & MASK;
    Object[] copy = Arrays.copyOf(node, slot + 1);
    if (level == BITS) {
      copy[slot] = tail;
    } else if (slot < node.length) {
      copy[slot] = pushTail(level - BITS, (Object[]) node[slot]);
    } else {
      copy[slot] = path(level - BITS, tail);
    }
    return copy;
  }

  /** A new branch of single-child nodes from {@code level} down to {@code leaf}. */
  private static Object[] path(int level, Object[] leaf) {
    return level == 0 ? leaf : new Object[] {path(level - BITS, leaf)};
  }
}
