// A new workshop record from the facilitator's choices and a template.
import { STEP_IDS, TEMPLATES, type StepContents } from '../../shared/steps.js';
import type { CreateWorkshopBody } from '../../shared/api.js';
import type { WorkshopRecord } from '../store/workshop-record.js';

export function newWorkshopRecord(
  body: CreateWorkshopBody,
  ids: { id: string; joinCode: string; tokenHashes: string[] },
  now: number,
): WorkshopRecord {
  const template = TEMPLATES[body.template ?? 'care'];
  const enabledSteps = [...template.enabled];
  return {
    id: ids.id,
    createdAt: now,
    lastActivityAt: now,
    joinCode: ids.joinCode,
    tokenHashes: ids.tokenHashes,
    title: body.title,
    language: body.language ?? 'nl',
    horizonYear: body.horizonYear ?? new Date(now).getFullYear() + 5,
    template: body.template ?? 'care',
    place: body.place ?? '',
    facilitatorName: body.facilitatorName ?? '',
    step: enabledSteps[0] ?? STEP_IDS[0],
    enabledSteps,
    stepContent: structuredClone(template.steps) as StepContents,
    voting: { open: false, dotsPerParticipant: 3 },
    timer: { endsAt: null, durationMs: 0 },
    privateWriting: false,
    anonymous: false,
    locked: false,
    participantsCanGroup: false,
    expectedGroups: ['carer', 'volunteer', 'professional', 'organisation', 'municipality'],
    done: [],
  };
}
