package fi.kohtaanto.paths.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fi.kohtaanto.paths.PathStepData;
import fi.kohtaanto.paths.PathStepStatus;
import fi.kohtaanto.paths.PathStepType;
import fi.kohtaanto.paths.PathStepView;
import fi.kohtaanto.shared.ClientId;
import fi.kohtaanto.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class PathTimelineTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static PathStepView step(long id, LocalDate start) {
		return new PathStepView(id, ClientId.of(1), new PathStepData(PathStepType.GUIDANCE, null, OrganisationId.of(1),
				start, null, PathStepStatus.PLANNED, null), "advisor", Instant.EPOCH, Instant.EPOCH, 0);
	}

	static List<String> render(List<PathController.TimelineEntry> entries) {
		return entries.stream().map(entry -> entry.today() ? "today" : String.valueOf(entry.step().id())).toList();
	}

	@Test
	void marksTodayBeforeTheFirstStepThatStartsLater() {
		List<PathStepView> steps = List.of(step(1, TODAY.minusDays(30)), step(2, TODAY), step(3, TODAY.plusDays(1)),
				step(4, TODAY.plusDays(40)));
		assertThat(render(PathController.timeline(steps, TODAY))).containsExactly("1", "2", "today", "3", "4");
	}

	@Test
	void marksTodayFirstWhenEverythingIsAheadAndLastWhenEverythingIsBehind() {
		assertThat(render(PathController.timeline(List.of(step(1, TODAY.plusDays(2))), TODAY)))
			.containsExactly("today", "1");
		assertThat(render(PathController.timeline(List.of(step(1, TODAY.minusDays(2))), TODAY)))
			.containsExactly("1", "today");
	}

	@Test
	void anEmptyPlanHasNoMarker() {
		assertThat(PathController.timeline(List.of(), TODAY)).isEmpty();
	}

}
