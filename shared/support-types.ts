// The kinds of support a network map (ecogram) shows: who gives practical help, company,
// advice, emotional support or information. Imports nothing, so any page can use it.
export const SUPPORT_TYPES = ['practical', 'company', 'advice', 'emotional', 'information'] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];
