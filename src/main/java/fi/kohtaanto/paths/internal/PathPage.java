package fi.kohtaanto.paths.internal;

import java.util.List;

import fi.kohtaanto.clients.ClientRef;
import fi.kohtaanto.paths.GuidanceSessionView;
import fi.kohtaanto.paths.PathStepView;

/**
 * Everything the path plan page shows.
 */
record PathPage(ClientRef client, List<PathStepView> steps, List<GuidanceSessionView> sessions) {
}
