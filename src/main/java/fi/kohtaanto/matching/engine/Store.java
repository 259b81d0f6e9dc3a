package fi.kohtaanto.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The items of an index by ordinal, with their ids. Replacing or removing an item only marks its ordinal dead, so
 * that posting lists stay valid; once many are dead the index rebuilds ({@link #needsCompaction}). Queries hold the
 * read lock and changes the write lock, so a removal is seen by every query that starts after it returns.
 */
final class Store<T> {

	final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final LongIntMap ordinals = new LongIntMap();

	private Object[] items = new Object[16];

	private long[] ids = new long[16];

	private long[] dead = new long[1];

	private int size;

	private int deadCount;

	/** Adds the item as a new ordinal; an item with the same id is marked dead. */
	int add(long id, T item) {
		if (size == items.length) {
			int capacity = size + (size >> 1);
			items = Arrays.copyOf(items, capacity);
			ids = Arrays.copyOf(ids, capacity);
		}
		if ((size >> 6) >= dead.length) {
			dead = Arrays.copyOf(dead, Math.max(dead.length * 2, (size >> 6) + 1));
		}
		int ordinal = size++;
		items[ordinal] = item;
		ids[ordinal] = id;
		int previous = ordinals.put(id, ordinal);
		if (previous >= 0) {
			markDead(previous);
		}
		return ordinal;
	}

	/** Marks the item with the id dead; false if there is none. */
	boolean remove(long id) {
		int ordinal = ordinals.remove(id);
		if (ordinal < 0) {
			return false;
		}
		markDead(ordinal);
		return true;
	}

	boolean alive(int ordinal) {
		return (dead[ordinal >> 6] & (1L << ordinal)) == 0;
	}

	@SuppressWarnings("unchecked")
	T get(int ordinal) {
		return (T) items[ordinal];
	}

	long id(int ordinal) {
		return ids[ordinal];
	}

	boolean contains(long id) {
		return ordinals.get(id) >= 0;
	}

	/** Ordinals in use, dead ones included. */
	int size() {
		return size;
	}

	int live() {
		return size - deadCount;
	}

	/** True once a quarter of the ordinals (and more than a few) are dead. */
	boolean needsCompaction() {
		return deadCount > 1024 && deadCount * 4L > size;
	}

	/** Drops the dead items; the live ones keep their order but get new ordinals. */
	List<T> compact() {
		List<T> live = new ArrayList<>(live());
		for (int ordinal = 0; ordinal < size; ordinal++) {
			if (alive(ordinal)) {
				live.add(get(ordinal));
			}
		}
		return live;
	}

	void clear() {
		ordinals.clear();
		items = new Object[16];
		ids = new long[16];
		dead = new long[1];
		size = 0;
		deadCount = 0;
	}

	private void markDead(int ordinal) {
		dead[ordinal >> 6] |= 1L << ordinal;
		items[ordinal] = null;
		deadCount++;
	}

}
