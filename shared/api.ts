// HTTP API bodies, validated on the server and typed for the client.
import { z } from 'zod';
import { GROUP_IDS, type GroupId } from './groups.js';
import { LIMITS } from './limits.js';
import { textRule } from './fields.js';
import { workshopSettings } from './settings.js';

/** The settings a new workshop starts from; the rest come from its template. */
export const createWorkshopBody = workshopSettings
  .pick({ title: true, language: true, horizonYear: true, template: true, place: true, facilitatorName: true })
  .partial()
  .required({ title: true })
  .strict();
export type CreateWorkshopBody = z.infer<typeof createWorkshopBody>;

export interface CreateWorkshopResponse {
  id: string;
  joinCode: string;
  facilitatorToken: string;
  projectorToken: string;
  facilitatorUrl: string;
  projectorUrl: string;
  joinUrl: string;
}

export const joinBody = z
  .object({
    code: z.string().trim().min(1, 'code is required').max(20),
    name: z.string().trim().pipe(textRule(LIMITS.name)).optional(),
    group: z.enum(GROUP_IDS),
  })
  .strict();
export type JoinBody = z.infer<typeof joinBody>;

export interface JoinResponse {
  workshopId: string;
  participantId: string;
  participantToken: string;
}

export interface WorkshopLookup {
  workshopId: string;
  title: string;
  language: 'nl' | 'en';
  locked: boolean;
  /** Names stay with the facilitator and out of the report; told before joining. */
  anonymous: boolean;
}

export interface ApiError {
  error: string;
}

export type { GroupId };
