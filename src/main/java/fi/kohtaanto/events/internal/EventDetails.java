package fi.kohtaanto.events.internal;

import java.util.List;

import fi.kohtaanto.events.EventView;

/**
 * An event with the registrations the user may see.
 *
 * @param organiser the user belongs to the organising organisation: sees every registration and marks attendance
 */
record EventDetails(EventView event, List<RegistrationView> registrations, boolean organiser) {
}
