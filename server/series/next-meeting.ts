// "Start the next meeting": a new workshop in the same series (made on the spot when the
// meeting had none), with the steps the facilitator chose and the last meeting's
// ambition, positive core, small steps and open actions carried over (carry-over.ts).
import { STEP_IDS, TEMPLATES } from '../../shared/steps.js';
import { BoardDoc } from '../../shared/schema.js';
import { DEFAULT_FOLLOW_UP_STEPS, type NextMeetingBody, type NextMeetingResponse } from '../../shared/series.js';
import type { WorkshopRecord } from '../store/workshop-record.js';
import type { SeriesRecord } from '../store/series-record.js';
import type { Workshops } from '../workshops/workshops.js';
import type { LoadedDocs } from '../yjs/loaded-docs.js';
import { UserError } from '../workshops/errors.js';
import { carryOverUpdate } from './carry-over.js';
import type { SeriesService } from './series.js';

export interface NextMeetingDeps {
  workshops: Workshops;
  series: SeriesService;
  loadedDocs: LoadedDocs;
}

/** The series of a meeting; a meeting outside any series starts one named after it. */
async function seriesOf(deps: NextMeetingDeps, meeting: WorkshopRecord): Promise<{ series: SeriesRecord; seriesUrl?: string }> {
  if (meeting.seriesId) return { series: await deps.series.require(meeting.seriesId) };
  const created = await deps.series.create({
    name: meeting.title,
    language: meeting.language,
    horizonYear: meeting.horizonYear,
    expectedGroups: meeting.expectedGroups,
  });
  const series = await deps.series.addMeeting(created.id, meeting.id);
  return { series, seriesUrl: created.seriesUrl };
}

/** Starts the meeting after `fromId` (a meeting of the series, or a workshop that becomes its first). */
export async function startNextMeeting(deps: NextMeetingDeps, fromId: string, body: NextMeetingBody, now = Date.now()): Promise<NextMeetingResponse> {
  const { records, creation } = deps.workshops;
  const from = await records.require(fromId);
  const { series, seriesUrl } = await seriesOf(deps, from);
  const steps = body.steps ?? DEFAULT_FOLLOW_UP_STEPS;
  const enabledSteps = STEP_IDS.filter((s) => steps.includes(s));
  const number = series.meetingIds.length + 1;
  const created = await creation.create(
    {
      title: body.title ?? `${series.name} (${number})`,
      language: series.language,
      horizonYear: series.horizonYear,
      template: from.template,
      place: body.place ?? from.place,
      facilitatorName: from.facilitatorName,
    },
    now,
  );
  await records.update(created.id, (record) => {
    record.enabledSteps = enabledSteps;
    record.step = enabledSteps[0]!;
    record.expectedGroups = [...series.expectedGroups];
    // The last meeting's own questions; the template's for steps it had none for (the review, in older records).
    record.stepContent = structuredClone({ ...TEMPLATES[from.template].steps, ...from.stepContent });
  }, now);

  const carried = await deps.loadedDocs.read(from.id, (doc) => ({
    update: carryOverUpdate(doc, { fromMeetingId: from.id }),
    ambition: ambitionText(new BoardDoc(doc)),
  }));
  await deps.loadedDocs.with(created.id, (loaded) => {
    loaded.applyUpdate(carried.update, null);
    return loaded.settled();
  });
  await deps.series.addMeeting(series.id, created.id, now);
  // The series' ambition as it stands: the one the last meeting chose, when it chose one.
  if (carried.ambition) await deps.series.update(series.id, (s) => void (s.ambition = carried.ambition!), now);
  return { ...created, seriesId: series.id, ...(seriesUrl ? { seriesUrl } : {}) };
}

function ambitionText(board: BoardDoc): string | null {
  const id = board.sharedAmbitionId();
  return board.notes().find((n) => n.id === id)?.text ?? null;
}

/** The meeting to carry from when the series page does not say: the latest that still exists. */
export async function latestMeeting(deps: NextMeetingDeps, series: SeriesRecord): Promise<string> {
  for (const id of [...series.meetingIds].reverse()) if (await deps.workshops.records.get(id)) return id;
  throw new UserError(409, 'This series has no meeting yet to carry from: create or import one first.');
}
