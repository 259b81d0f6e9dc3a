package fi.kohtaanto.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ParticipationRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static ExitData exit(LocalDate date, boolean employed, boolean selfEmployed) {
		return new ExitData(date, false, false, false, employed, selfEmployed, LeavingReason.COMPLETED, null);
	}

	@Test
	void anExitLiesBetweenTheEntryAndToday() {
		LocalDate entry = LocalDate.of(2026, 9, 1);
		assertThat(exit(entry, false, false).problems(entry, TODAY)).isEmpty();
		assertThat(exit(entry.minusDays(1), false, false).problems(entry, TODAY))
			.containsExactly(new Problem("exitDate", "exit.date.beforeEntry"));
		assertThat(exit(TODAY.plusDays(1), false, false).problems(entry, TODAY))
			.containsExactly(new Problem("exitDate", "validation.future"));
	}

	@Test
	void selfEmploymentIsEmployment() {
		assertThat(exit(TODAY, false, true).problems(TODAY, TODAY))
			.containsExactly(new Problem("selfEmployed", "exit.selfEmployed.notEmployed"));
		assertThat(exit(TODAY, true, true).problems(TODAY, TODAY)).isEmpty();
	}

	@Test
	void theFollowUpFallsDueSixMonthsAfterLeavingAndMayBeAMonthEarly() {
		LocalDate left = LocalDate.of(2026, 3, 31);
		assertThat(Participation.dueDate(left)).isEqualTo(LocalDate.of(2026, 9, 30));
		FollowUpData early = new FollowUpData(LocalDate.of(2026, 8, 29), true, true, false, false, false, null);
		assertThat(early.problems(left, TODAY)).containsExactly(new Problem("followedUpOn", "followUp.date.tooEarly"));
		FollowUpData inTime = new FollowUpData(LocalDate.of(2026, 8, 30), true, true, false, false, false, null);
		assertThat(inTime.problems(left, TODAY)).isEmpty();
	}

	@Test
	void aReachedParticipantAnswersWhetherTheyAreEmployedAndAnUnreachedOneHasNoAnswers() {
		LocalDate left = LocalDate.of(2026, 3, 1);
		FollowUpData unanswered = new FollowUpData(LocalDate.of(2026, 9, 1), true, null, null, null, null, null);
		assertThat(unanswered.problems(left, TODAY))
			.containsExactly(new Problem("employed", "followUp.employed.required"));
		FollowUpData notReached = new FollowUpData(LocalDate.of(2026, 9, 1), false, true, true, true, true, "x");
		assertThat(notReached.problems(left, TODAY)).isEmpty();
		assertThat(notReached.normalised())
			.isEqualTo(new FollowUpData(LocalDate.of(2026, 9, 1), false, null, null, null, null, "x"));
	}

}
