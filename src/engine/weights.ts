/**
 * How much each answer counts. The one place ranking weights live; docs/ranking.md
 * explains them in plain words, so change both together.
 *
 * A group's score is the weighted average of how well it fits each answered
 * question (each fit is between 0 and 1). Unanswered questions do not count,
 * so skipping a question never punishes a group.
 */
export const WEIGHTS = {
  concerns: 3,
  goal: 2,
  familyGoal: 2.5,
  spirituality: 2,
  formats: 2,
  medication: 1.5,
  mentalHealth: 1.5,
  style: 1.5,
  faith: 1.5,
  region: 1.5,
  gender: 1,
  lgbtq: 1,
  age: 1,
  privacy: 1,
  relationship: 2,
  language: 0.75,
} as const;

export type Criterion = keyof typeof WEIGHTS;

/** A group we could not confirm is still meeting keeps this share of its score. */
export const UNCERTAIN_STATUS_FACTOR = 0.8;

/** The contract's default list length. */
export const DEFAULT_LIMIT = 5;
