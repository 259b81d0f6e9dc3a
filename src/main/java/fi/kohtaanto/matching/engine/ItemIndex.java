package fi.kohtaanto.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongPredicate;
import java.util.function.Supplier;

/**
 * What {@link CandidateIndex} and {@link VacancyIndex} share: the items by ordinal, the codes, the lock and the
 * rebuild that drops removed items.
 *
 * @param <T> the item as the index keeps it
 */
abstract class ItemIndex<T> {

	final EscoGraph graph;

	final Store<T> store = new Store<>();

	final Codes codes = new Codes();

	ItemIndex(EscoGraph graph) {
		this.graph = graph;
	}

	/** Removes the item, effective for every query that starts after this returns; false if not there. */
	public boolean remove(long id) {
		return write(() -> {
			boolean removed = store.remove(id);
			compactIfNeeded();
			return removed;
		});
	}

	public boolean contains(long id) {
		return read(() -> store.contains(id));
	}

	/** Number of items. */
	public int size() {
		return read(store::live);
	}

	/**
	 * Adds the item under a new ordinal (replacing one with the same id) and indexes it.
	 * @param item makes the item under the write lock (it interns codes)
	 */
	final void add(Supplier<T> item) {
		write(() -> {
			T added = item.get();
			index(store.add(id(added), added), added);
			compactIfNeeded();
			return null;
		});
	}

	/**
	 * Stores the items afresh (the last of each id wins), with posting lists of exactly the right size.
	 * @param items makes the items under the write lock (it interns codes)
	 */
	final void addAll(Supplier<List<T>> items) {
		write(() -> {
			rebuild(items.get());
			return null;
		});
	}

	/** Per-thread buffers of a search, prepared for a query and cleared after it, whatever happens. */
	interface Scratch<Q> {

		void prepare(Q query, int ordinals);

		void reset();

	}

	/**
	 * The top {@code k} of a search under the read lock, each explained, best first.
	 * @param query makes the query (under the lock: it looks codes up)
	 * @param scratch this thread's buffers
	 * @param search fills the top k with ordinals
	 * @param explain scores one found item against the query with its explanation
	 */
	final <Q, S extends Scratch<Q>> List<Match> ranked(Supplier<Q> query, int k, ThreadLocal<S> scratch,
			SearchRun<Q, S> search, BiFunction<Q, T, Evaluation> explain) {
		return read(() -> {
			Q made = query.get();
			int capacity = Math.min(k, store.live());
			if (capacity <= 0) {
				return List.of();
			}
			TopK top = new TopK(capacity);
			S work = scratch.get();
			work.prepare(made, store.size());
			try {
				search.run(made, work, top);
			}
			finally {
				work.reset();
			}
			List<Match> matches = new ArrayList<>(capacity);
			for (int ordinal : top.drainBestFirst()) {
				matches.add((Match) explain.apply(made, store.get(ordinal)));
			}
			return matches;
		});
	}

	/**
	 * Offers a live item's exact score to the top k if it shares something with the query (score 0 or more), could
	 * enter and is allowed; the caller's policy is asked only then.
	 */
	final void offerScored(TopK top, LongPredicate allowed, int ordinal, double score) {
		if (score < 0 || (top.full() && score < top.worstScore())) {
			return;
		}
		long id = store.id(ordinal);
		if (allowed.test(id)) {
			top.offer(score, id, ordinal);
		}
	}

	/** One search: fills the top k for the query with the thread's buffers. */
	interface SearchRun<Q, S> {

		void run(Q query, S scratch, TopK top);

	}

	/** The items in the order to number them in when the index is rebuilt; as they are by default. */
	List<T> inOrder(List<T> items) {
		return items;
	}

	/** Allocates empty posting lists sized for the items. */
	abstract void allocate(List<T> items);

	/** Adds the item's postings. */
	abstract void index(int ordinal, T item);

	abstract long id(T item);

	final <R> R read(Supplier<R> action) {
		store.lock.readLock().lock();
		try {
			return action.get();
		}
		finally {
			store.lock.readLock().unlock();
		}
	}

	final <R> R write(Supplier<R> action) {
		store.lock.writeLock().lock();
		try {
			return action.get();
		}
		finally {
			store.lock.writeLock().unlock();
		}
	}

	private void compactIfNeeded() {
		if (store.needsCompaction()) {
			rebuild(store.compact());
		}
	}

	private void rebuild(List<T> items) {
		store.clear();
		for (T item : items) {
			store.add(id(item), item);
		}
		List<T> live = inOrder(store.compact());
		store.clear();
		allocate(live);
		for (T item : live) {
			index(store.add(id(item), item), item);
		}
	}

}
