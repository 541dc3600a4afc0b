// A realistic series for the series-report tests: the Houten meeting of the export tests,
// then a spring and an autumn network meeting that review its actions. Statuses change
// from meeting to meeting, the ambition is sharpened in the third, and the third meeting
// is anonymous, so its small groups must be counted together.
import type { SeriesReportInput } from '../../server/export/series-report-model.js';
import type { WorkshopSnapshot, SnapshotParticipant } from '../../shared/snapshot.js';
import type { Action, Note } from '../../shared/schema.js';
import type { ActionStatus } from '../../shared/board-fields.js';
import { houtenSnapshot, participants } from './fixture.js';

const SPRING = Date.UTC(2026, 4, 19, 17, 30);
const AUTUMN = Date.UTC(2026, 10, 17, 18, 0);

export const SECOND_AMBITION =
  'In 2030 weet elke mantelzorger in Houten binnen één week waar hij of zij terecht kan voor respijtzorg, en praten mantelzorgers mee over elk nieuw plan.';

/** Each action's status and note per meeting, as the timeline must show them (null: not on that list). */
export const EXPECTED: Record<string, ([ActionStatus, string] | null)[]> = {
  'act-1': [['planned', ''], ['under-way', 'Eerste versie bij de drukker'], ['done', 'Ligt bij alle huisartsen']],
  'act-2': [['planned', ''], ['done', 'Staat sinds maart in het formulier'], null],
  'act-3': [['planned', ''], ['stuck', 'Wethouder wacht op de begroting'], ['under-way', 'Kleinere proef goedgekeurd']],
  'act-4': [['planned', ''], ['done', ''], null],
  'act-5': [['planned', ''], ['planned', ''], ['dropped', 'Proef liep nog niet']],
  'act-6': [null, ['planned', ''], ['planned', '']],
};

function person(id: string, name: string, group: SnapshotParticipant['group'], at: number): SnapshotParticipant {
  return { id, name, group, joinedAt: at };
}

function carried(from: WorkshopSnapshot, at: number, title: string): WorkshopSnapshot {
  const s = houtenSnapshot();
  s.createdAt = at;
  s.exportedAt = at + 3 * 3600_000;
  s.room.title = title;
  s.room.enabledSteps = ['review', 'dream', 'design', 'deliver'];
  s.room.place = 'Houten, gemeentehuis';
  const keep = (n: Note): boolean => n.id === from.sharedAmbitionId || n.step === 'design';
  s.notes = from.notes.filter(keep).map(({ themeId: _t, ...n }) => ({ ...n, author: 'facilitator', origin: n.origin ?? 'm-1' }));
  s.themes = from.themes.filter((t) => t.step === 'discover').map((t) => ({ ...t, origin: t.origin ?? 'm-1' }));
  s.votes = [];
  return s;
}

function statusOf(id: string, meeting: number): Pick<Action, 'status' | 'statusNote'> {
  const slot = EXPECTED[id]?.[meeting];
  if (!slot) throw new Error(`${id} is not in meeting ${meeting + 1}`);
  return { status: slot[0], ...(slot[1] ? { statusNote: slot[1] } : {}) };
}

function actionsOf(first: WorkshopSnapshot, extra: Action[], meeting: number): Action[] {
  return [...first.actions, ...extra]
    .filter((a) => EXPECTED[a.id]?.[meeting])
    .map((a) => ({ ...a, ...statusOf(a.id, meeting), ...(EXPECTED[a.id]?.[0] && meeting > 0 ? { origin: 'm-1' } : meeting > 1 ? { origin: 'm-2' } : {}) }));
}

const helped = (id: string, text: string, linkedTo: string, author: string, at: number): Note => ({ id, text, step: 'review', author, linkedTo, createdAt: at });

export function houtenSeries(): SeriesReportInput {
  const first = houtenSnapshot();
  const act6: Action = { id: 'act-6', what: 'Mantelzorgers uitnodigen voor de klankbordgroep', owner: 'Kees Verhoef', due: '2026-09-01', createdAt: SPRING + 3600_000 };

  const second = carried(first, SPRING, 'Netwerkbijeenkomst voorjaar');
  second.participants = [
    person('q-anja', 'Anja de Vries', 'carer', SPRING),
    person('q-henk', 'Henk Bosman', 'carer', SPRING),
    person('q-ingrid', 'Ingrid Smit', 'professional', SPRING),
    person('q-priya', 'Priya Ramdin', 'professional', SPRING),
    person('q-kees', 'Kees Verhoef', 'volunteer', SPRING),
    person('q-ruud', 'Ruud Hendriks', 'municipality', SPRING),
  ];
  second.notes.push(
    helped('h-1', 'De apotheek bood aan de kaart mee te geven bij elk recept.', 'act-1', 'q-anja', SPRING + 60_000),
    helped('h-2', 'Eén formulier voor het hele team: iedereen wist waar het stond.', 'act-2', 'q-ingrid', SPRING + 120_000),
    { id: 's2-1', text: 'Een klankbordgroep van mantelzorgers die elk kwartaal meedenkt.', step: 'design', author: 'q-kees', group: 'volunteer', createdAt: SPRING + 1800_000 },
  );
  second.themes.push({ id: 't2-voice', name: 'Mantelzorgers zelf aan het woord', step: 'dream', createdAt: SPRING + 900_000 });
  second.votes = [{ voter: 'q-anja', target: 't2-voice', dots: 3 }, { voter: 'q-henk', target: 't2-voice', dots: 2 }];
  second.actions = actionsOf(first, [act6], 1);

  const third = carried(second, AUTUMN, 'Netwerkbijeenkomst najaar');
  third.room.anonymous = true;
  third.participants = [
    person('r-1', 'Anja de Vries', 'carer', AUTUMN),
    person('r-2', 'Joke van Dijk', 'carer', AUTUMN),
    person('r-3', 'Fatima El Amrani', 'carer', AUTUMN),
    person('r-4', 'Ingrid Smit', 'professional', AUTUMN),
    person('r-5', 'Sander Kok', 'professional', AUTUMN),
    person('r-6', 'Ruud Hendriks', 'municipality', AUTUMN),
  ];
  third.notes.push(
    { id: 'a3', text: SECOND_AMBITION, step: 'dream', author: 'r-1', group: 'carer', createdAt: AUTUMN + 600_000 },
    helped('h-3', 'Huisartsen vroegen zelf om een nieuwe stapel kaarten.', 'act-1', 'r-4', AUTUMN + 60_000),
    helped('h-4', 'De wethouder kwam zelf kijken in ’t Hofje.', 'act-3', 'r-6', AUTUMN + 120_000),
  );
  third.sharedAmbitionId = 'a3';
  third.actions = actionsOf(first, [act6], 2);

  return {
    settings: {
      name: 'Mantelzorgnetwerk Houten',
      organiser: 'Gemeente Houten',
      expectedGroups: ['carer', 'volunteer', 'professional', 'organisation', 'municipality'],
      horizonYear: 2030,
      ambition: SECOND_AMBITION,
      language: 'nl',
    },
    meetings: [
      { id: 'm-1', snapshot: first },
      { id: 'm-2', snapshot: second },
      { id: 'm-3', snapshot: third },
    ],
    exportedAt: AUTUMN + 7 * 86_400_000,
  };
}

/** Names of people in the anonymous third meeting who own no action: they must not appear. */
export const NAMES_NOT_OWNERS = participants.map((p) => p.name).filter((n) => !['Loes Vermeulen', 'Ingrid Smit', 'Ruud Hendriks', 'Anja de Vries', 'Kees Verhoef'].includes(n));
