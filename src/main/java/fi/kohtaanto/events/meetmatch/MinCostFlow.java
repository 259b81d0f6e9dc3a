package fi.kohtaanto.events.meetmatch;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Minimum-cost flow by successive shortest paths with node potentials (Johnson), in the primal-dual form: after each
 * Dijkstra run every shortest augmenting path is saturated before the next run. Used with negative costs on the
 * candidate-employer arcs, it stops as soon as the next augmenting path would not lower the cost, which gives a
 * flow of minimum cost over all flow values, that is a maximum-weight b-matching rather than a maximum-cardinality
 * one.
 * <p>
 * Correctness rests on two facts: (1) with potentials from the previous run all residual arcs among reachable nodes
 * have non-negative reduced cost, so Dijkstra is exact; (2) successive shortest paths give a minimum-cost flow for
 * every flow value, and the shortest path cost never decreases, so the cost as a function of the flow value is convex
 * and its minimum is where the shortest path cost turns non-negative.
 */
final class MinCostFlow {

	private static final long INF = Long.MAX_VALUE / 4;

	private final int nodes;

	private final int[] head;

	private int[] next = new int[64];

	private int[] to = new int[64];

	private int[] cap = new int[64];

	private long[] cost = new long[64];

	private int arcs;

	private long[] potential;

	private int[] seen;

	private int stamp;

	MinCostFlow(int nodes) {
		this.nodes = nodes;
		head = new int[nodes];
		Arrays.fill(head, -1);
		potential = new long[nodes];
		seen = new int[nodes];
	}

	/** Adds an arc and its residual twin; returns the arc's id for {@link #flow(int)}. */
	int addArc(int from, int target, int capacity, long arcCost) {
		if (arcs + 2 > to.length) {
			int size = to.length * 2;
			next = Arrays.copyOf(next, size);
			to = Arrays.copyOf(to, size);
			cap = Arrays.copyOf(cap, size);
			cost = Arrays.copyOf(cost, size);
		}
		int id = arcs;
		set(id, from, target, capacity, arcCost);
		set(id + 1, target, from, 0, -arcCost);
		arcs += 2;
		return id;
	}

	private void set(int id, int from, int target, int capacity, long arcCost) {
		to[id] = target;
		cap[id] = capacity;
		cost[id] = arcCost;
		next[id] = head[from];
		head[from] = id;
	}

	/** The flow on an arc returned by {@link #addArc}. */
	int flow(int arc) {
		return cap[arc ^ 1];
	}

	/**
	 * Sends flow from source to sink as long as it lowers the total cost, and returns the minimum total cost (zero or
	 * negative). The network must have no negative-cost cycle.
	 */
	long minimiseCost(int source, int sink) {
		initialPotentials(source);
		long total = 0;
		long[] dist = new long[nodes];
		boolean[] done = new boolean[nodes];
		while (true) {
			dijkstra(source, dist, done);
			if (dist[sink] >= INF) {
				break;
			}
			for (int v = 0; v < nodes; v++) {
				if (dist[v] < INF) {
					potential[v] += dist[v];
				}
			}
			long pathCost = potential[sink] - potential[source];
			if (pathCost >= 0) {
				break;
			}
			while (true) {
				stamp++;
				int pushed = augment(source, sink, Integer.MAX_VALUE);
				if (pushed == 0) {
					break;
				}
				total += pushed * pathCost;
			}
		}
		return total;
	}

	/** Bellman-Ford (queue-based) from the source, for the negative arc costs of the first run. */
	private void initialPotentials(int source) {
		long[] dist = new long[nodes];
		Arrays.fill(dist, INF);
		boolean[] queued = new boolean[nodes];
		var queue = new ArrayDeque<Integer>();
		dist[source] = 0;
		queue.add(source);
		queued[source] = true;
		while (!queue.isEmpty()) {
			int u = queue.poll();
			queued[u] = false;
			for (int a = head[u]; a != -1; a = next[a]) {
				if (cap[a] > 0 && dist[u] + cost[a] < dist[to[a]]) {
					dist[to[a]] = dist[u] + cost[a];
					if (!queued[to[a]]) {
						queued[to[a]] = true;
						queue.add(to[a]);
					}
				}
			}
		}
		for (int v = 0; v < nodes; v++) {
			potential[v] = dist[v] < INF ? dist[v] : 0;
		}
	}

	/** Dijkstra on reduced costs, O(V² + A): the networks here are dense. */
	private void dijkstra(int source, long[] dist, boolean[] done) {
		Arrays.fill(dist, INF);
		Arrays.fill(done, false);
		dist[source] = 0;
		while (true) {
			int u = -1;
			for (int v = 0; v < nodes; v++) {
				if (!done[v] && dist[v] < INF && (u == -1 || dist[v] < dist[u])) {
					u = v;
				}
			}
			if (u == -1) {
				return;
			}
			done[u] = true;
			for (int a = head[u]; a != -1; a = next[a]) {
				if (cap[a] > 0) {
					int v = to[a];
					long candidate = dist[u] + cost[a] + potential[u] - potential[v];
					if (candidate < dist[v]) {
						dist[v] = candidate;
					}
				}
			}
		}
	}

	/** One augmenting path on arcs of zero reduced cost (all of them shortest paths), depth first. */
	private int augment(int u, int sink, int limit) {
		if (u == sink) {
			return limit;
		}
		seen[u] = stamp;
		for (int a = head[u]; a != -1; a = next[a]) {
			int v = to[a];
			if (cap[a] > 0 && seen[v] != stamp && cost[a] + potential[u] - potential[v] == 0) {
				int pushed = augment(v, sink, Math.min(limit, cap[a]));
				if (pushed > 0) {
					cap[a] -= pushed;
					cap[a ^ 1] += pushed;
					return pushed;
				}
			}
		}
		return 0;
	}

}
