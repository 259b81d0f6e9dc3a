package fi.kohtaanto.events.meetmatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A schedule under construction with every count the constraints need, and an undo log: {@link #mark()} and
 * {@link #rollback(int)} let the search try a move and take it back exactly.
 */
final class Board {

	final Instance in;

	/** [c][t]: the employer the candidate meets in the slot, or -1. */
	final int[][] candidateAt;

	/** [e][t]: the candidates the employer meets in the slot, the first {@code employerLoad[e][t]} entries. */
	final int[][][] employerAt;

	final int[][] employerLoad;

	final int[] slotLoad;

	final int[] candidateCount;

	final int[] employerCount;

	/** [c][e]: the slot of the pair's meeting, or -1. */
	final int[][] pairSlot;

	/** [c][e]: the pair's meeting is pinned. */
	final boolean[][] pinned;

	long value;

	/** The number of meetings, pins included. */
	int size;

	private int[] log = new int[256];

	private int logSize;

	Board(Instance in) {
		this.in = in;
		candidateAt = new int[in.candidates][in.slots];
		for (int[] row : candidateAt) {
			Arrays.fill(row, -1);
		}
		employerAt = new int[in.employers][in.slots][];
		for (int e = 0; e < in.employers; e++) {
			for (int t = 0; t < in.slots; t++) {
				employerAt[e][t] = new int[in.parallel[e]];
			}
		}
		employerLoad = new int[in.employers][in.slots];
		slotLoad = new int[in.slots];
		candidateCount = new int[in.candidates];
		employerCount = new int[in.employers];
		pairSlot = new int[in.candidates][in.employers];
		for (int[] row : pairSlot) {
			Arrays.fill(row, -1);
		}
		pinned = new boolean[in.candidates][in.employers];
		for (int[] pin : in.pins) {
			set(pin[0], pin[1], pin[2]);
			pinned[pin[0]][pin[1]] = true;
		}
		logSize = 0;
	}

	/** True if the pair can meet in the slot without breaking a constraint (pins aside, they are placed already). */
	boolean fits(int c, int e, int t) {
		return in.available[e][t] && in.weight[c][e] > 0 && pairSlot[c][e] == -1 && candidateAt[c][t] == -1
				&& employerLoad[e][t] < in.parallel[e] && slotLoad[t] < in.tables
				&& candidateCount[c] < in.candidateCap[c] && employerCount[e] < in.employerCap[e];
	}

	/** True if every table of every slot is taken: no meeting can be added without taking one out. */
	boolean full() {
		return size >= (long) in.tables * in.slots;
	}

	void place(int c, int e, int t) {
		set(c, e, t);
		record(1, c, e, t);
	}

	void remove(int c, int e, int t) {
		unset(c, e, t);
		record(-1, c, e, t);
	}

	int mark() {
		return logSize;
	}

	void rollback(int mark) {
		while (logSize > mark) {
			logSize -= 4;
			int c = log[logSize + 1];
			int e = log[logSize + 2];
			int t = log[logSize + 3];
			if (log[logSize] > 0) {
				unset(c, e, t);
			}
			else {
				set(c, e, t);
			}
		}
	}

	/** Forgets the undo log: the current state becomes the base. */
	void commit() {
		logSize = 0;
	}

	/** The meetings as {c, e, t}, by slot, candidate. */
	List<int[]> meetings() {
		var result = new ArrayList<int[]>();
		for (int t = 0; t < in.slots; t++) {
			for (int c = 0; c < in.candidates; c++) {
				if (candidateAt[c][t] >= 0) {
					result.add(new int[] { c, candidateAt[c][t], t });
				}
			}
		}
		return result;
	}

	private void record(int op, int c, int e, int t) {
		if (logSize + 4 > log.length) {
			log = Arrays.copyOf(log, log.length * 2);
		}
		log[logSize++] = op;
		log[logSize++] = c;
		log[logSize++] = e;
		log[logSize++] = t;
	}

	private void set(int c, int e, int t) {
		candidateAt[c][t] = e;
		employerAt[e][t][employerLoad[e][t]++] = c;
		slotLoad[t]++;
		candidateCount[c]++;
		employerCount[e]++;
		pairSlot[c][e] = t;
		value += in.weight[c][e];
		size++;
	}

	private void unset(int c, int e, int t) {
		candidateAt[c][t] = -1;
		int[] at = employerAt[e][t];
		int load = --employerLoad[e][t];
		for (int i = 0; i <= load; i++) {
			if (at[i] == c) {
				at[i] = at[load];
				break;
			}
		}
		slotLoad[t]--;
		candidateCount[c]--;
		employerCount[e]--;
		pairSlot[c][e] = -1;
		value -= in.weight[c][e];
		size--;
	}

}
