package fi.kohtaanto.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of ESCO the engine scores with, on dense ids: for each occupation its essential and optional skills
 * (ESCO {@code occupationSkillRelations}) and its ISCO-08 unit group (4 digits, from {@code iscoGroup}). The caller
 * maps ESCO URIs to ids {@code 0 … skillCount-1} and {@code 0 … occupationCount-1}; {@link EscoTaxonomy} does so for
 * the CSV download. Immutable and safe to share between threads.
 */
public final class EscoGraph {

	/** ISCO-08 group of an occupation that has none. */
	public static final int NO_ISCO_GROUP = -1;

	private static final int[] NONE = new int[0];

	private final int skillCount;

	private final int[][] essentialSkills;

	private final int[][] optionalSkills;

	private final int[] iscoGroups;

	private final int[][] essentialOccupations;

	private final int[][] optionalOccupations;

	private final int[][] sameUnitGroup;

	private final int[][] sameMinorGroup;

	/**
	 * @param skillCount number of skills; skill ids are {@code 0 … skillCount-1}
	 * @param essentialSkills per occupation id, its essential skill ids
	 * @param optionalSkills per occupation id, its optional skill ids (a skill also essential counts as essential)
	 * @param iscoGroups per occupation id, its ISCO-08 unit group such as {@code 2654}, or {@link #NO_ISCO_GROUP}
	 */
	public EscoGraph(int skillCount, int[][] essentialSkills, int[][] optionalSkills, int[] iscoGroups) {
		int occupations = essentialSkills.length;
		if (optionalSkills.length != occupations || iscoGroups.length != occupations) {
			throw new IllegalArgumentException("one entry per occupation in each array");
		}
		this.skillCount = skillCount;
		this.essentialSkills = new int[occupations][];
		this.optionalSkills = new int[occupations][];
		this.iscoGroups = new int[occupations];
		int[] essentialCounts = new int[skillCount];
		int[] optionalCounts = new int[skillCount];
		for (int occupation = 0; occupation < occupations; occupation++) {
			int[] essential = Ids.distinctSorted(essentialSkills[occupation], skillCount, "skill");
			int[] optional = Ids.distinctSorted(optionalSkills[occupation], skillCount, "skill");
			optional = Arrays.stream(optional).filter(skill -> Arrays.binarySearch(essential, skill) < 0).toArray();
			this.essentialSkills[occupation] = essential;
			this.optionalSkills[occupation] = optional;
			this.iscoGroups[occupation] = iscoGroups[occupation] >= 1000 && iscoGroups[occupation] <= 9999
					? iscoGroups[occupation] : NO_ISCO_GROUP;
			for (int skill : essential) {
				essentialCounts[skill]++;
			}
			for (int skill : optional) {
				optionalCounts[skill]++;
			}
		}
		this.essentialOccupations = invert(this.essentialSkills, essentialCounts);
		this.optionalOccupations = invert(this.optionalSkills, optionalCounts);
		this.sameUnitGroup = groups(this.iscoGroups, 1);
		this.sameMinorGroup = groups(this.iscoGroups, 10);
	}

	public int skillCount() {
		return skillCount;
	}

	public int occupationCount() {
		return essentialSkills.length;
	}

	/** The ISCO-08 unit group (4 digits) of the occupation, or {@link #NO_ISCO_GROUP}. */
	public int iscoGroup(int occupation) {
		return iscoGroups[occupation];
	}

	/** Essential skills of the occupation, sorted; do not modify. */
	public int[] essentialSkills(int occupation) {
		return essentialSkills[occupation];
	}

	/** Optional skills of the occupation (not also essential), sorted; do not modify. */
	public int[] optionalSkills(int occupation) {
		return optionalSkills[occupation];
	}

	public boolean isEssential(int occupation, int skill) {
		return Arrays.binarySearch(essentialSkills[occupation], skill) >= 0;
	}

	public boolean isOptional(int occupation, int skill) {
		return Arrays.binarySearch(optionalSkills[occupation], skill) >= 0;
	}

	/** Occupations for which the skill is essential, sorted. */
	int[] essentialOccupations(int skill) {
		return essentialOccupations[skill];
	}

	/** Occupations for which the skill is optional, sorted. */
	int[] optionalOccupations(int skill) {
		return optionalOccupations[skill];
	}

	/** Occupations in the same ISCO-08 unit group, the occupation itself included; empty without a group. */
	int[] sameUnitGroup(int occupation) {
		return sameUnitGroup[occupation];
	}

	/** Occupations in the same ISCO-08 minor group (3 digits), the occupation itself included. */
	int[] sameMinorGroup(int occupation) {
		return sameMinorGroup[occupation];
	}

	void checkSkill(int skill) {
		if (skill < 0 || skill >= skillCount) {
			throw new IllegalArgumentException("no such skill id: " + skill);
		}
	}

	void checkOccupation(int occupation) {
		if (occupation < 0 || occupation >= essentialSkills.length) {
			throw new IllegalArgumentException("no such occupation id: " + occupation);
		}
	}

	private int[][] invert(int[][] skillsByOccupation, int[] counts) {
		int[][] occupationsBySkill = new int[skillCount][];
		for (int skill = 0; skill < skillCount; skill++) {
			occupationsBySkill[skill] = counts[skill] == 0 ? NONE : new int[counts[skill]];
		}
		int[] filled = new int[skillCount];
		for (int occupation = 0; occupation < skillsByOccupation.length; occupation++) {
			for (int skill : skillsByOccupation[occupation]) {
				occupationsBySkill[skill][filled[skill]++] = occupation;
			}
		}
		return occupationsBySkill;
	}

	private static int[][] groups(int[] iscoGroups, int divisor) {
		Map<Integer, List<Integer>> members = new HashMap<>();
		for (int occupation = 0; occupation < iscoGroups.length; occupation++) {
			if (iscoGroups[occupation] != NO_ISCO_GROUP) {
				members.computeIfAbsent(iscoGroups[occupation] / divisor, group -> new ArrayList<>()).add(occupation);
			}
		}
		Map<Integer, int[]> arrays = new HashMap<>();
		members.forEach((group, list) -> arrays.put(group, list.stream().mapToInt(Integer::intValue).toArray()));
		int[][] result = new int[iscoGroups.length][];
		for (int occupation = 0; occupation < iscoGroups.length; occupation++) {
			result[occupation] = iscoGroups[occupation] == NO_ISCO_GROUP ? NONE
					: arrays.get(iscoGroups[occupation] / divisor);
		}
		return result;
	}

}
