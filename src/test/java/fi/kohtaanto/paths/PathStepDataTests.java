package fi.kohtaanto.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fi.kohtaanto.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class PathStepDataTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static PathStepData step(LocalDate start, LocalDate end, PathStepStatus status) {
		return new PathStepData(PathStepType.WORK_TRIAL, null, OrganisationId.of(1), start, end, status, null);
	}

	@Test
	void acceptsAPlannedStepWithoutEndDate() {
		assertThat(step(TODAY.plusDays(10), null, PathStepStatus.PLANNED).problems(TODAY)).isEmpty();
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		assertThat(step(TODAY, TODAY.minusDays(1), PathStepStatus.PLANNED).problems(TODAY))
			.containsExactly(new PathStepData.Problem("endDate", "validation.dateOrder"));
	}

	@Test
	void aDoneStepNeedsAnEndDateThatIsNotInTheFuture() {
		assertThat(step(TODAY.minusDays(5), null, PathStepStatus.DONE).problems(TODAY))
			.containsExactly(new PathStepData.Problem("endDate", "path.done.endRequired"));
		assertThat(step(TODAY.minusDays(5), TODAY.plusDays(1), PathStepStatus.DONE).problems(TODAY))
			.containsExactly(new PathStepData.Problem("endDate", "path.done.endInFuture"));
		assertThat(step(TODAY.minusDays(5), TODAY, PathStepStatus.DONE).problems(TODAY)).isEmpty();
	}

	@Test
	void aStepInProgressHasStarted() {
		assertThat(step(TODAY.plusDays(1), null, PathStepStatus.IN_PROGRESS).problems(TODAY))
			.containsExactly(new PathStepData.Problem("startDate", "path.inProgress.startInFuture"));
		assertThat(step(TODAY, null, PathStepStatus.IN_PROGRESS).problems(TODAY)).isEmpty();
	}

	@Test
	void yearsOutsideTwoThousandToTwentyOneHundredAreTypingMistakes() {
		assertThat(step(LocalDate.of(202, 1, 1), null, PathStepStatus.PLANNED).problems(TODAY))
			.containsExactly(new PathStepData.Problem("startDate", "path.date.range"));
		assertThat(step(TODAY, LocalDate.of(20260, 1, 1), PathStepStatus.PLANNED).problems(TODAY))
			.containsExactly(new PathStepData.Problem("endDate", "path.date.range"));
	}

}
