// "The whole system in the room": the stakeholder groups a participant can belong to.
export const GROUP_IDS = ['carer', 'volunteer', 'professional', 'organisation', 'municipality', 'other'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

export function isGroupId(value: unknown): value is GroupId {
  return typeof value === 'string' && (GROUP_IDS as readonly string[]).includes(value);
}
