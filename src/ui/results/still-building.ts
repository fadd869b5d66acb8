/**
 * What the results show while they are still being built, for tests to wait on: a part that says
 * it is busy (ResultsPage, GroupList), or a closed card whose inside is still to come (GroupCard).
 */
export const STILL_BUILDING = '[aria-busy="true"], details.results-card__more:not(:has(.results-card__detail))';
