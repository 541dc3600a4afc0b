// A new workshop record from the facilitator's choices and a template.
import { STEP_IDS, TEMPLATES, type StepContents } from '../../shared/steps.js';
import type { CreateWorkshopBody } from '../../shared/api.js';
import type { WorkshopSettings } from '../../shared/settings.js';
import { DEFAULT_INTERVIEW_GUIDE, DEFAULT_INTERVIEW_MINUTES } from '../../shared/interviews.js';
import type { WorkshopRecord } from '../store/workshop-record.js';

/** The settings of a new workshop: the facilitator's choices, the rest from the template. */
export function newSettings(body: CreateWorkshopBody, now: number): WorkshopSettings {
  const template = TEMPLATES[body.template ?? 'care'];
  const enabledSteps = [...template.enabled];
  return {
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
    privateWriting: false,
    anonymous: false,
    locked: false,
    participantsCanGroup: false,
    expectedGroups: ['carer', 'volunteer', 'professional', 'organisation', 'municipality'],
    interviewGuide: structuredClone(DEFAULT_INTERVIEW_GUIDE),
    interviewMinutes: DEFAULT_INTERVIEW_MINUTES,
  };
}

export function newWorkshopRecord(
  body: CreateWorkshopBody,
  ids: { id: string; joinCode: string; tokenHashes: string[] },
  now: number,
): WorkshopRecord {
  return {
    ...newSettings(body, now),
    id: ids.id,
    createdAt: now,
    lastActivityAt: now,
    joinCode: ids.joinCode,
    tokenHashes: ids.tokenHashes,
    timer: { endsAt: null, durationMs: 0 },
    resultsShown: false,
    joinPanelHidden: false,
    mapShown: false,
    finished: false,
    done: [],
  };
}
