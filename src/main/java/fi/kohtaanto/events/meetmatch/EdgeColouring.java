package fi.kohtaanto.events.meetmatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Proper edge colouring of bipartite multigraphs. Edge i joins left vertex {@code left[i]} to right vertex
 * {@code right[i]}; a colouring gives adjacent edges different colours.
 * <p>
 * König's theorem: a bipartite multigraph of maximum degree Δ has a proper colouring with Δ colours. The proof is the
 * algorithm: colour the edges one by one; for edge uv take a colour a missing at u and b missing at v; if a is also
 * missing at v use it, otherwise swap a and b on the a/b-alternating path that starts at v. That path cannot reach u
 * (it enters left vertices only through a-edges and u has none), so afterwards a is missing at both ends.
 */
final class EdgeColouring {

	private EdgeColouring() {
	}

	/**
	 * Colours the edges with colours 0..colours-1.
	 * @throws IllegalArgumentException if a vertex has more than {@code colours} edges
	 */
	static int[] colour(int leftCount, int rightCount, int[] left, int[] right, int colours) {
		var graph = new Graph(leftCount, rightCount, left, right, colours);
		for (int i = 0; i < left.length; i++) {
			int u = left[i];
			int v = leftCount + right[i];
			int a = graph.missing(u);
			int b = graph.missing(v);
			if (a < 0 || b < 0) {
				throw new IllegalArgumentException("degree exceeds " + colours);
			}
			if (graph.at[v][a] != -1) {
				graph.swap(graph.path(v, a, b), a, b);
			}
			graph.paint(i, a);
		}
		return graph.colour;
	}

	/**
	 * Evens out the colour classes of a proper colouring until none has more than {@code maxPerColour} edges, keeping
	 * it proper. Possible whenever edges ≤ colours·maxPerColour: while a class a is too big, some class b has at least
	 * two edges fewer; the edges coloured a or b form paths and even cycles, so some path has one a-edge more than
	 * b-edges, and swapping its colours moves one edge from a to b.
	 */
	static void balance(int leftCount, int rightCount, int[] left, int[] right, int colours, int[] colour,
			int maxPerColour) {
		if ((long) colours * maxPerColour < left.length) {
			throw new IllegalArgumentException("too many edges for " + colours + " classes of " + maxPerColour);
		}
		var graph = new Graph(leftCount, rightCount, left, right, colours);
		int[] size = new int[colours];
		for (int i = 0; i < colour.length; i++) {
			graph.paint(i, colour[i]);
			size[colour[i]]++;
		}
		while (true) {
			int a = 0;
			int b = 0;
			for (int k = 1; k < colours; k++) {
				a = size[k] > size[a] ? k : a;
				b = size[k] < size[b] ? k : b;
			}
			if (colours == 0 || size[a] <= maxPerColour) {
				break;
			}
			List<Integer> path = null;
			for (int x = 0; x < graph.at.length && path == null; x++) {
				if (graph.at[x][a] != -1 && graph.at[x][b] == -1) {
					var candidate = graph.path(x, a, b);
					if (candidate.size() % 2 == 1) {
						path = candidate;
					}
				}
			}
			if (path == null) {
				throw new IllegalStateException("no a-heavy alternating path");
			}
			graph.swap(path, a, b);
			size[a]--;
			size[b]++;
		}
		System.arraycopy(graph.colour, 0, colour, 0, colour.length);
	}

	private static final class Graph {

		final int leftCount;

		final int[] left;

		final int[] right;

		final int[] colour;

		/** [vertex][colour]: the edge of that colour at the vertex, or -1. */
		final int[][] at;

		Graph(int leftCount, int rightCount, int[] left, int[] right, int colours) {
			this.leftCount = leftCount;
			this.left = left;
			this.right = right;
			colour = new int[left.length];
			Arrays.fill(colour, -1);
			at = new int[leftCount + rightCount][colours];
			for (int[] row : at) {
				Arrays.fill(row, -1);
			}
		}

		int missing(int vertex) {
			for (int k = 0; k < at[vertex].length; k++) {
				if (at[vertex][k] == -1) {
					return k;
				}
			}
			return -1;
		}

		int other(int edge, int vertex) {
			return vertex == left[edge] ? leftCount + right[edge] : left[edge];
		}

		void paint(int edge, int k) {
			colour[edge] = k;
			at[left[edge]][k] = edge;
			at[leftCount + right[edge]][k] = edge;
		}

		/** The edges of the path from {@code start} that alternates colours a, b, a, … */
		List<Integer> path(int start, int a, int b) {
			var edges = new ArrayList<Integer>();
			int x = start;
			int k = a;
			while (at[x][k] != -1) {
				int edge = at[x][k];
				edges.add(edge);
				x = other(edge, x);
				k = k == a ? b : a;
			}
			return edges;
		}

		void swap(List<Integer> path, int a, int b) {
			for (int edge : path) {
				at[left[edge]][colour[edge]] = -1;
				at[leftCount + right[edge]][colour[edge]] = -1;
			}
			for (int edge : path) {
				paint(edge, colour[edge] == a ? b : a);
			}
		}

	}

}
