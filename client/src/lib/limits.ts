// The name limit without importing shared/schema (which pulls yjs into the join page).
// The type annotation makes tsc fail if the shared value ever changes.
export const MAX_NAME_LENGTH: typeof import('../../../shared/schema').MAX_NAME_LENGTH = 60;
