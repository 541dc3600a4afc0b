// The series report (PDF through pdftotext, and Markdown) of a realistic three-meeting
// series: every action's status per meeting in the right order, the ambition and how it
// changed, who was at the table, what helped, what is open, and the anonymity rules.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSeriesPdf } from '../../server/export/series-pdf.js';
import { toSeriesMarkdown } from '../../server/export/series-markdown.js';
import { REPORT_LABELS } from '../../shared/i18n/report.js';
import { EXPECTED, houtenSeries, NAMES_NOT_OWNERS, SECOND_AMBITION } from './series-fixture.js';
import { readPdf, squash } from './pdf-tools.js';
import { expectStatuses, timelineRows } from './series-report-tools.js';

const S = REPORT_LABELS.nl.statusNames;
const input = houtenSeries();
const whatOf = (id: string): string => input.meetings[0]?.snapshot.actions.find((a) => a.id === id)?.what ?? 'Mantelzorgers uitnodigen voor de klankbordgroep';
const pdf = readPdf(await renderSeriesPdf(input));
afterAll(() => pdf.cleanup());

/** The squashed text between two headings. */
function section(text: string, from: string, to: string): string {
  const all = squash(text);
  const start = all.indexOf(squash(from));
  const end = all.indexOf(squash(to), start + 1);
  expect(start, from).toBeGreaterThanOrEqual(0);
  expect(end, to).toBeGreaterThan(start);
  return all.slice(start, end);
}

describe('series report PDF', () => {
  it('shows every action’s status and note per meeting, in the meetings’ order', () => {
    const timeline = section(pdf.raw, 'Acties door de tijd', 'Wat hielp');
    expect(timeline).toContain(squash('Bijeenkomst 1 20 nov 2025 Bijeenkomst 2 19 mei 2026 Bijeenkomst 3 17 nov 2026'));
    const rows = timelineRows(timeline, Object.keys(EXPECTED), whatOf);
    for (const [id, slots] of Object.entries(EXPECTED)) expectStatuses(rows.get(id) ?? '', slots);
  });

  it('tells the ambition per meeting and how it changed', () => {
    const ambition = section(pdf.raw, 'Gedeelde ambitie', 'De bijeenkomsten');
    const first = input.meetings[0]?.snapshot.notes.find((n) => n.id === 'n-a1')?.text ?? '';
    expect(ambition).toContain(squash(`${'Gedeelde ambitie voor 2030, zoals die nu is'.toUpperCase()} ${SECOND_AMBITION}`));
    expect(ambition).toContain(squash(`Bijeenkomst 1 Gekozen ${first}`));
    expect(ambition).toContain(squash('Bijeenkomst 2 Niet veranderd'));
    expect(ambition).toContain(squash(`Bijeenkomst 3 Veranderd ${SECOND_AMBITION}`));
  });

  it('lists per meeting who was at the table and who was missing, the themes and the decisions', () => {
    const meetings = section(pdf.raw, 'De bijeenkomsten', 'Acties door de tijd');
    const m2 = meetings.slice(meetings.indexOf(squash('Bijeenkomst 2 ·')), meetings.indexOf(squash('Bijeenkomst 3 ·')));
    expect(m2).toContain(squash('19 mei 2026 · Houten, gemeentehuis'));
    expect(m2).toContain(squash('Aan tafel: Mantelzorgers 2, Vrijwilligers 1, Zorgprofessionals 2, Gemeente 1'));
    expect(m2).toContain(squash('Niet aan tafel: Organisaties'));
    expect(m2).toContain(squash('Mantelzorgers zelf aan het woord (Dromen, 5 stippen)'));
    expect(m2).toContain(squash('Acties van vorige keer besproken: 1 gepland, 1 bezig, 2 klaar, 1 loopt vast'));
    expect(m2).toContain(squash('Nieuwe actie: Mantelzorgers uitnodigen voor de klankbordgroep (Kees Verhoef)'));
    // Carried themes were decided in meeting 1: not this meeting's themes.
    expect(m2).not.toContain(squash('Eén vast aanspreekpunt'));
    const m1 = meetings.slice(0, meetings.indexOf(squash('Bijeenkomst 2 ·')));
    expect(m1).toContain(squash('Eén vast aanspreekpunt (Ontdekken, 12 stippen)'));
    expect(m1).toContain(squash('Alle verwachte groepen waren er.'));
  });

  it('quotes what helped under its action, and lists what is still open', () => {
    const helped = section(pdf.raw, 'Wat hielp', 'Wat staat nog open');
    expect(helped).toContain(squash(`${whatOf('act-1')} “De apotheek bood aan de kaart mee te geven bij elk recept.” (Bijeenkomst 2) “Huisartsen vroegen zelf om een nieuwe stapel kaarten.” (Bijeenkomst 3)`));
    expect(helped).toContain(squash('“De wethouder kwam zelf kijken in ’t Hofje.” (Bijeenkomst 3)'));
    const open = squash(pdf.raw).slice(squash(pdf.raw).indexOf(squash('Wat staat nog open')));
    expect(open).toContain(squash('Bezig: Kleinere proef goedgekeurd Bijeenkomst 1'));
    expect(open).toContain(squash('Gepland Bijeenkomst 2'));
    expect(open).not.toContain(squash(whatOf('act-5')));
    expect(open).not.toContain(squash(whatOf('act-2')));
  });

  it('names nobody but action owners, and counts the anonymous meeting’s small groups together', () => {
    const all = squash(pdf.raw);
    for (const name of NAMES_NOT_OWNERS) expect(pdf.raw).not.toContain(name);
    const m3 = all.slice(all.indexOf(squash('Bijeenkomst 3 ·')), all.indexOf(squash('Acties door de tijd')));
    expect(m3).toContain(squash('Aan tafel: Mantelzorgers 3, Kleine groepen samen 3'));
    expect(m3).not.toContain(squash('Gemeente 1'));
    expect(m3).toContain(squash('Niet aan tafel: Vrijwilligers, Organisaties'));
  });
});

describe('series report Markdown', () => {
  const md = toSeriesMarkdown(input);

  it('has the same timeline as the PDF, one table row per action', () => {
    for (const [id, slots] of Object.entries(EXPECTED)) {
      const line = md.split('\n').find((l) => l.startsWith(`| ${whatOf(id)} |`)) ?? '';
      const cells = line.split(' | ').slice(2).map((c) => c.replace(/ \|$/, ''));
      expect(cells, id).toEqual(slots.map((s) => (s ? `${S[s[0]]}${s[1] ? `: ${s[1]}` : ''}` : '—')));
    }
    expect(md).toContain('| Bijeenkomst 3 | Veranderd |');
    expect(md).toContain('- **Aan tafel:** Mantelzorgers 3, Kleine groepen samen 3');
    expect(md).toContain('- “De wethouder kwam zelf kijken in ’t Hofje.” (Bijeenkomst 3)');
    for (const name of NAMES_NOT_OWNERS) expect(md).not.toContain(name);
  });

  it('escapes what people typed: a note cannot become a link or a table cell', () => {
    const tricky = houtenSeries();
    const action = tricky.meetings[2]?.snapshot.actions[0];
    if (!action) throw new Error('fixture has no action');
    action.statusNote = 'zie [hier](https://x.example) | klaar';
    const out = toSeriesMarkdown(tricky);
    expect(out).toContain('zie \\[hier\\](https\\://x.example) \\| klaar');
    expect(out).not.toContain('](https://');
  });
});

describe('series report tagging', () => {
  const pdfFile = join(pdf.dir, 'report.pdf');
  const tree = execFileSync('/usr/bin/pdfinfo', ['-struct-text', pdfFile], { encoding: 'utf8' });
  const info = execFileSync('/usr/bin/pdfinfo', [pdfFile], { encoding: 'utf8' });
  const headings = (type: string): string[] => [...tree.matchAll(new RegExp(`^\\s*${type}(?: \\(block\\))?:?\\n\\s*"(.*)"$`, 'gm'))].map((m) => m[1] ?? '');

  it('is tagged, titled and read in order: the series’ name, then its sections', () => {
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toContain('Title:           Mantelzorgnetwerk Houten');
    expect(headings('H1')).toEqual(['Mantelzorgnetwerk Houten']);
    expect(headings('H2')).toEqual(['Gedeelde ambitie', 'De bijeenkomsten', 'Acties door de tijd', 'Wat hielp', 'Wat staat nog open']);
    expect(headings('H3')).toEqual(expect.arrayContaining(['Hoe de ambitie veranderde', 'Bijeenkomst 2 · Netwerkbijeenkomst voorjaar']));
  });

  it('reads the timeline as a table: a row header per action, a cell per meeting', () => {
    const rows = [...tree.matchAll(/TH:\s+\/Scope \/Row\s+"(.*)"/g)].map((m) => m[1] ?? '');
    for (const id of Object.keys(EXPECTED)) expect(rows.some((r) => r.startsWith(whatOf(id))), id).toBe(true);
    expect(tree).not.toMatch(/Pagina \d+ van \d+/);
  });

  it('renders without marked-content errors', () => {
    // poppler reports a marked-content sequence opened inside another on stderr.
    const run = spawnSync('/usr/bin/pdftotext', [pdfFile, '/dev/null'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});

describe('series report of a long series, in English', () => {
  it('splits the timeline into tables of four meetings, each row keeping its statuses in order', async () => {
    const long = houtenSeries();
    const third = long.meetings[2];
    if (!third) throw new Error('fixture has three meetings');
    for (const n of [4, 5, 6]) long.meetings.push({ id: `m-${n}`, snapshot: { ...structuredClone(third.snapshot), createdAt: third.snapshot.createdAt + n * 86_400_000 } });
    long.settings.language = 'en';
    const read = readPdf(await renderSeriesPdf(long));
    try {
      const text = squash(read.raw);
      const second = text.slice(text.indexOf(squash('Meeting 5 – Meeting 6')), text.indexOf(squash('What helped')));
      expect(text).toContain(squash('Meeting 1 – Meeting 4'));
      expect(second.length).toBeGreaterThan(0);
      // act-1 is done in meeting 3 and stays on the (copied) lists of meetings 4 to 6.
      const rows = timelineRows(second, ['act-1', 'act-3', 'act-5', 'act-6'], whatOf);
      const words = (id: string) => rows.get(id)?.match(/(Planned|Underway|Done|Stuck|Dropped|—)/g);
      expect(words('act-1')).toEqual(['Done', 'Done']);
      expect(words('act-3')).toEqual(['Underway', 'Underway']);
      expect(words('act-6')).toEqual(['Planned', 'Planned']);
      // Done in meeting 2 and on no later list: no row in meetings 5 and 6.
      expect(second).not.toContain(squash(whatOf('act-2')));
      expect(text).toContain(squash('Actions over time'));
      expect(text).toContain(squash('At the table: Carers 3, Smaller groups combined 3'));
    } finally {
      read.cleanup();
    }
  });
});
