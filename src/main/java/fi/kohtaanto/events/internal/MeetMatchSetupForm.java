package fi.kohtaanto.events.internal;

import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The slots of a Meet&Match event.
 */
public class MeetMatchSetupForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
	private @Nullable LocalTime firstSlot;

	@NotNull
	@Min(5)
	@Max(120)
	private @Nullable Integer slotMinutes = 10;

	@NotNull
	@Min(0)
	@Max(60)
	private @Nullable Integer breakMinutes = 2;

	@NotNull
	@Min(1)
	@Max(40)
	private @Nullable Integer slotCount = 8;

	@Min(1)
	@Max(500)
	private @Nullable Integer tables;

	@NotNull
	@Min(1)
	@Max(40)
	private @Nullable Integer maxMeetings = 4;

	static MeetMatchSetupForm from(MeetMatchStore.Setup setup) {
		MeetMatchSetupForm form = new MeetMatchSetupForm();
		form.firstSlot = setup.firstSlot();
		form.slotMinutes = setup.slotMinutes();
		form.breakMinutes = setup.breakMinutes();
		form.slotCount = setup.slotCount();
		form.tables = setup.tables();
		form.maxMeetings = setup.maxMeetings();
		return form;
	}

	MeetMatchStore.Setup toSetup() {
		return new MeetMatchStore.Setup(firstSlot, slotMinutes, breakMinutes, slotCount, tables, maxMeetings);
	}

	public @Nullable LocalTime getFirstSlot() {
		return firstSlot;
	}

	public void setFirstSlot(@Nullable LocalTime firstSlot) {
		this.firstSlot = firstSlot;
	}

	public @Nullable Integer getSlotMinutes() {
		return slotMinutes;
	}

	public void setSlotMinutes(@Nullable Integer slotMinutes) {
		this.slotMinutes = slotMinutes;
	}

	public @Nullable Integer getBreakMinutes() {
		return breakMinutes;
	}

	public void setBreakMinutes(@Nullable Integer breakMinutes) {
		this.breakMinutes = breakMinutes;
	}

	public @Nullable Integer getSlotCount() {
		return slotCount;
	}

	public void setSlotCount(@Nullable Integer slotCount) {
		this.slotCount = slotCount;
	}

	public @Nullable Integer getTables() {
		return tables;
	}

	public void setTables(@Nullable Integer tables) {
		this.tables = tables;
	}

	public @Nullable Integer getMaxMeetings() {
		return maxMeetings;
	}

	public void setMaxMeetings(@Nullable Integer maxMeetings) {
		this.maxMeetings = maxMeetings;
	}

}
