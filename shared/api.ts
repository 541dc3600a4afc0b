// HTTP API bodies, validated on the server and typed for the client.
import { z } from 'zod';
import { GROUP_IDS, type GroupId } from './groups.js';
import { TEMPLATE_IDS } from './steps.js';
import { LIMITS } from './limits.js';

export const createWorkshopBody = z
  .object({
    title: z.string().trim().min(1, 'title is required').max(LIMITS.title),
    language: z.enum(['nl', 'en']).optional(),
    horizonYear: z.number().int().min(2000).max(2100).optional(),
    template: z.enum(TEMPLATE_IDS).optional(),
    place: z.string().trim().max(LIMITS.title).optional(),
    facilitatorName: z.string().trim().max(LIMITS.title).optional(),
  })
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
    name: z.string().trim().max(LIMITS.name).optional(),
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
}

export interface ApiError {
  error: string;
}

export type { GroupId };
