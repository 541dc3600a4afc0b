// A tiny report the export worker renders when a facilitator opens a console: the worker
// starts, loads pdfkit and the fonts and runs its layout code once, so the facilitator's
// first real export waits for none of that (B6: about a second on a cold process).
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../../shared/snapshot.js';
import { newSettings } from '../workshops/create.js';

export function warmUpSnapshot(now: number): WorkshopSnapshot {
  const room = newSettings({ title: 'Kruiwagen' }, now);
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt: now,
    createdAt: now,
    room,
    participants: [],
    notes: room.enabledSteps.map((step, i) => ({ id: `w${i}`, text: 'Wat werkt er al goed? Één vast aanspreekpunt.', step, author: 'p', createdAt: now, group: 'carer' })),
    themes: [],
    votes: [],
    actions: [{ id: 'a', what: 'Een eerste stap', owner: 'Steunpunt', due: '2027-03-01', createdAt: now }],
    sharedAmbitionId: null,
  };
}
