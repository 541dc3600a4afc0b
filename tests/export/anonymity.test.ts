// The report, Markdown and CSV follow the workshop's anonymity setting: in an anonymous
// workshop no participant's name appears, and a role with one or two people is not
// counted on its own ("Gemeente 1" would name the one person from the municipality).
import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderPdf } from '../../server/export/pdf.js';
import { toMarkdown } from '../../server/export/markdown.js';
import { notesCsv } from '../../server/export/csv.js';
import { houtenSnapshot, participants } from './fixture.js';
import { readPdf, squash } from './pdf-tools.js';
import { REPORT_LABELS } from '../../shared/i18n/report.js';

const L = REPORT_LABELS.nl;

// Action owners are assignments the room agreed on aloud; these people own no action.
const NOT_OWNERS = ['Henk Bosman', 'Fatima El Amrani', 'Joke van Dijk', 'Kees Verhoef', 'Sander Kok', 'Priya Ramdin'];

function anonymous() {
  const s = houtenSnapshot();
  s.room.anonymous = true;
  return s;
}

const quiet = vi.spyOn(console, 'warn').mockImplementation(() => {});
const openPdf = readPdf(await renderPdf(houtenSnapshot()));
const anonPdf = readPdf(await renderPdf(anonymous()));
quiet.mockRestore();
afterAll(() => {
  openPdf.cleanup();
  anonPdf.cleanup();
});

/** The squashed "Wie deden er mee" section of the PDF. */
function whoTookPart(layout: string): string {
  const lines = layout.split('\n').map((l) => l.trim());
  const start = lines.indexOf('Wie deden er mee');
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l === 'Check-in');
  return squash(lines.slice(start + 1, end).join('\n'));
}

describe('PDF report and anonymity', () => {
  it('names people and every role apart when the workshop is not anonymous', () => {
    const who = whoTookPart(openPdf.layout);
    for (const p of participants) expect(who).toContain(squash(p.name));
    expect(who).toContain(squash('Gemeente 1'));
    expect(squash(openPdf.layout)).toContain(squash(`${L.votes(15)} — Mantelzorgers 8, Zorgprofessionals 5, Gemeente 2`));
  });

  it('leaves every name out and counts roles under three people together when anonymous', () => {
    const who = whoTookPart(anonPdf.layout);
    for (const p of participants) expect(who).not.toContain(squash(p.name));
    for (const name of NOT_OWNERS) expect(anonPdf.layout).not.toContain(name);
    // volunteer 1 + organisation 1 + municipality 1
    expect(who).toContain(squash('Kleine groepen samen 3'));
    for (const alone of ['Gemeente 1', 'Vrijwilligers 1', 'Organisaties 1']) expect(who).not.toContain(squash(alone));
    expect(who).toContain(squash('Mantelzorgers 4'));
    expect(who).toContain(squash('Zorgprofessionals 3'));
    const all = squash(anonPdf.layout);
    expect(all).toContain(squash(`${L.votes(15)} — Mantelzorgers 8, Zorgprofessionals 5, Kleine groepen samen 2`));
    expect(all).not.toContain(squash('Gemeente 2'));
    expect(all).toContain(squash('Rollen met minder dan 3 mensen tellen samen mee'));
  });
});

describe('Markdown and CSV and anonymity', () => {
  it('Markdown: no names and no role of one or two people on its own', () => {
    const md = toMarkdown(anonymous());
    for (const name of NOT_OWNERS) expect(md).not.toContain(name);
    expect(md).toContain('| Kleine groepen samen | 3 |');
    expect(md).not.toMatch(/\| Gemeente \| 1 \|/);
    expect(md).toContain('Kleine groepen samen 2');
    expect(md).not.toContain('Gemeente 2');
    expect(toMarkdown(houtenSnapshot())).toContain('| Gemeente | 1 | Ruud Hendriks |');
  });

  it('CSV: no author column, small roles in one column and under one group name', () => {
    const open = notesCsv(houtenSnapshot()).slice(1).split('\r\n');
    expect(open[0]).toContain(L.csv.author);
    expect(open[0]).toContain(L.csv.votesOf('Gemeente'));
    expect(open.join('\n')).toContain('Ruud Hendriks');

    const rows = notesCsv(anonymous()).slice(1).split('\r\n');
    const header = rows[0]?.split(';') ?? [];
    expect(header).not.toContain(L.csv.author);
    for (const g of ['Gemeente', 'Vrijwilligers', 'Organisaties']) expect(header).not.toContain(L.csv.votesOf(g));
    expect(header).toContain(L.csv.votesOf('Kleine groepen samen'));
    const text = rows.join('\n');
    for (const p of participants) expect(text).not.toContain(p.name);
    // Ruud's check-in note: his role is not named on its own.
    const ruud = rows.find((r) => r.includes('dankzij de buren')) ?? '';
    expect(ruud).toContain('Kleine groepen samen');
    expect(ruud).not.toContain('Gemeente');
    // every row has as many cells as the header
    for (const r of rows.filter(Boolean)) expect(r.split(';').length).toBeGreaterThanOrEqual(header.length);
  });
});
