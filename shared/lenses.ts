// The Movisie lenses for reading results: five aspects of collaboration and three levels.
export const ASPECT_IDS = ['ambitions', 'interests', 'relationship', 'organisation', 'process'] as const;
export type AspectId = (typeof ASPECT_IDS)[number];

export const LEVEL_IDS = ['home', 'professionals', 'community'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

export function isAspectId(value: unknown): value is AspectId {
  return typeof value === 'string' && (ASPECT_IDS as readonly string[]).includes(value);
}
export function isLevelId(value: unknown): value is LevelId {
  return typeof value === 'string' && (LEVEL_IDS as readonly string[]).includes(value);
}
