import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderPdf } from '../../server/export/pdf.js';
import { defaultPdfWorkerOptions, PdfWorkerPool } from '../../server/export/pdf-offthread.js';
import { buildReport, voteLine } from '../../server/export/report-model.js';
import { bigSnapshot, houtenSnapshot, LONG_NOTE } from './fixture.js';
import { readPdf, squash, type ReadPdf } from './pdf-tools.js';

const snapshot = houtenSnapshot();
const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
const read: ReadPdf = readPdf(await renderPdf(snapshot));
const warnings = warn.mock.calls.map((c) => String(c[0]));
warn.mockRestore();
// One worker for the tests that just need a rendering, as the server keeps one.
const worker = new PdfWorkerPool();
afterAll(async () => {
  read.cleanup();
  await worker.close();
});

// The overview follows the participants: at the end it stood alone on a near-empty page.
const HEADINGS = ['Wie deden er mee', 'Overzicht naar aspect en niveau', 'Check-in', 'Ontdekken', 'Dromen', 'Ontwerpen', 'Doen'];

/** The squashed text between a heading line and the next heading line. */
function section(text: string, heading: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  const start = lines.indexOf(heading);
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && HEADINGS.includes(l) && l !== heading);
  return squash(lines.slice(start + 1, end === -1 ? undefined : end).join('\n'));
}

// What the PDF shows of a note: the emoji is left out.
const shown = (text: string): string => text.replace(/ ?🎉/u, '');

describe('PDF report', () => {
  it('puts every note of each step in that step’s section, with diacritics intact', () => {
    const steps = { review: 'Terugblik', checkin: 'Check-in', discover: 'Ontdekken', dream: 'Dromen', design: 'Ontwerpen', deliver: 'Doen' } as const;
    for (const note of snapshot.notes) {
      expect(section(read.layout, steps[note.step]), note.id).toContain(squash(shown(note.text)));
    }
    for (const s of ['één', 'wél', 'Naïeve', '€ 150', 'cliënt', '‘Hoe gaat het met ú?’', '“Zal ik vrijdag', '” — dat gaf lucht', '’t Hofje', '„we doen dit samen”']) {
      expect(read.layout.replace(/\s+/g, ' ')).toContain(s);
    }
    expect(squash(read.layout)).toContain(squash(LONG_NOTE));
  });

  it('orders sections Discover < Dream < Design < Deliver', () => {
    const lines = read.layout.split('\n').map((l) => l.trim());
    const at = HEADINGS.map((h) => lines.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('shows themes with their votes in total and per group', () => {
    const discover = section(read.layout, 'Ontdekken');
    for (const name of ['Eén vast aanspreekpunt', 'Gezien worden als mantelzorger', 'Respijt dat snel geregeld is']) expect(discover).toContain(squash(name));
    expect(discover).toContain(squash('Eén vast aanspreekpunt 12 stippen — Mantelzorgers 9, Zorgprofessionals 3'));
    expect(discover.indexOf(squash('Niet ingedeeld'))).toBeGreaterThan(discover.indexOf(squash('Respijt dat snel geregeld is')));
    expect(section(read.layout, 'Dromen')).toContain(squash('Snel en dichtbij'));
  });

  it('prints every vote line the tally gives', () => {
    const model = buildReport(snapshot);
    const lines = model.sections.flatMap((s) => [
      ...(s.sharedAmbition ? [s.sharedAmbition.tally] : []),
      ...s.blocks.flatMap((b) => [b.tally, ...b.notes.map((n) => n.tally)]),
    ]);
    const expected = lines.map((t) => voteLine(t, 'nl')).filter((l): l is string => l !== null);
    expect(expected.length).toBeGreaterThanOrEqual(8);
    for (const line of expected) expect(squash(read.layout)).toContain(squash(line));
  });

  it('highlights the shared ambition first in Dream, then the other ambitions', () => {
    const dream = section(read.layout, 'Dromen');
    const label = dream.indexOf(squash('GEDEELDE AMBITIE VOOR 2030'));
    const shared = dream.indexOf(squash('In 2030 weet elke mantelzorger in Houten binnen één week'));
    const others = dream.indexOf(squash('Overige ambities'));
    expect(label).toBeGreaterThanOrEqual(0);
    expect(shared).toBeGreaterThan(label);
    expect(others).toBeGreaterThan(shared);
    expect(dream.indexOf(squash('Eén respijtloket voor heel Houten'))).toBeGreaterThan(others);
    expect(dream).toContain(squash('15 stippen — Mantelzorgers 8, Zorgprofessionals 5, Gemeente 2'));
  });

  it('lists small steps with what they serve and their first action', () => {
    const design = section(read.layout, 'Ontwerpen');
    expect(design).toContain(squash('Draagt bij aan: In 2030 weet elke mantelzorger'));
    expect(design).toContain(squash('Draagt bij aan: Gezien worden als mantelzorger'));
    expect(design).toContain(squash('Eerste actie: Gesprek met ’t Hofje en de gemeente over € 12.000 proefbudget.'));
  });

  it('has every action, owner and date in the Deliver table', () => {
    const deliver = section(read.raw, 'Doen');
    for (const a of snapshot.actions) {
      expect(deliver).toContain(squash(a.what));
      expect(deliver).toContain(squash(a.owner));
    }
    for (const cell of ['Wat', 'Wie', 'Wanneer', 'Niveau', 'Aspect', '1 mrt 2026', '15 feb 2026', 'Wijk en gemeente', 'Tussen professionals', 'Organisatie']) {
      expect(deliver).toContain(squash(cell));
    }
  });

  it('numbers pages and repeats the title on every page but the cover', () => {
    expect(read.layout).toContain(`Pagina 2 van ${read.pages}`);
    expect(read.layout).toContain(`Pagina ${read.pages} van ${read.pages}`);
    expect(read.layout).not.toContain('Pagina 1 van');
    const headers = read.layout.split('\n').filter((l) => l.trim() === snapshot.room.title).length;
    expect(headers).toBe(read.pages - 1);
    const cover = read.layout.split('\f')[0] ?? '';
    expect(cover).toContain('Marieke Jansen');
    expect(cover).toContain('20 november 2025');
    expect(cover).toContain('Houten, Huis van de Wijk ’t Hofje');
    expect(cover).toContain('2030');
  });

  it('names participants per group when the workshop is not anonymous', () => {
    const who = section(read.layout, 'Wie deden er mee');
    expect(who).toContain(squash('Mantelzorgers 4'));
    expect(who).toContain(squash('Fatima El Amrani'));
  });

  it('drops the emoji silently and warns once with the count', () => {
    expect(read.layout).not.toContain('🎉');
    expect(squash(read.layout)).toContain(squash('binnen twee weken geregeld geweldig'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/\b1 character/);
  });

  it('renders a cover page that is not blank', () => {
    expect(read.darkShareOfPage1).toBeGreaterThan(0.005);
    expect(read.darkShareOfPage1).toBeLessThan(0.5);
  });

  it('leaves names out of an anonymous workshop and speaks English when asked', async () => {
    const s = houtenSnapshot();
    s.room.anonymous = true;
    s.room.language = 'en';
    const en = readPdf(await renderPdf(s));
    try {
      expect(en.layout).not.toContain('Fatima El Amrani');
      expect(en.layout).not.toContain('Henk Bosman');
      expect(en.layout).not.toContain('Kees Verhoef');
      expect(en.layout).toContain('Who took part');
      expect(en.layout).toContain('Discover');
      expect(en.layout).toContain('Shared ambition for 2030'.toUpperCase());
      expect(squash(en.layout)).toContain(squash('12 votes — Carers 9, Care professionals 3'));
      expect(en.layout).toContain(`Page 2 of ${en.pages}`);
    } finally {
      en.cleanup();
    }
  });

  it('renders a 1000-note workshop in a worker thread, nothing off the page', async () => {
    const big = bigSnapshot(1000);
    const pdf = await worker.render(big);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const r = readPdf(pdf);
    try {
      expect(r.pages).toBeGreaterThan(30);
      expect(r.layout).toContain(`Pagina ${r.pages} van ${r.pages}`);
      // Every note made it in, whole: nothing was cut off at a page foot.
      const text = squash(r.layout);
      for (const note of big.notes) expect(text.includes(squash(note.text.replace(/ ?👍🏽 ❤️/u, '')))).toBe(true);
    } finally {
      r.cleanup();
    }
  });

  it('reports a failure of the worker as a rejected promise', async () => {
    const broken = { ...houtenSnapshot(), room: undefined } as unknown as Parameters<PdfWorkerPool['render']>[0];
    await expect(worker.render(broken)).rejects.toThrow(/PDF export failed/);
  });

  it('renders two concurrent exports through one long-lived worker', async () => {
    const pool = new PdfWorkerPool(defaultPdfWorkerOptions);
    try {
      const en = houtenSnapshot();
      en.room.language = 'en';
      const [nl, english] = await Promise.all([pool.render(houtenSnapshot()), pool.render(en)]);
      const a = readPdf(nl);
      const b = readPdf(english);
      try {
        expect(a.layout).toContain('Wie deden er mee');
        expect(b.layout).toContain('Who took part');
      } finally {
        a.cleanup();
        b.cleanup();
      }
      // A third export reuses the same worker: no new thread, no second tsx compile.
      expect((await pool.render(houtenSnapshot())).subarray(0, 5).toString()).toBe('%PDF-');
      expect(pool.starts).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('fails an export that takes too long, then serves the next one from a fresh worker', async () => {
    const pool = new PdfWorkerPool(defaultPdfWorkerOptions);
    try {
      await expect(pool.render(houtenSnapshot(), { timeoutMs: 1 })).rejects.toThrow(/PDF export failed: no result within 0.001 s/);
      expect((await pool.render(houtenSnapshot())).subarray(0, 5).toString()).toBe('%PDF-');
      expect(pool.starts).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('refuses an export beyond the queue limit instead of holding it in memory', async () => {
    const pool = new PdfWorkerPool({ ...defaultPdfWorkerOptions, maxQueued: 1 });
    try {
      const first = pool.render(houtenSnapshot()); // running
      const second = pool.render(houtenSnapshot()); // queued
      await expect(pool.render(houtenSnapshot())).rejects.toMatchObject({ status: 429 });
      expect((await first).subarray(0, 5).toString()).toBe('%PDF-');
      expect((await second).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await pool.close();
    }
  });
});
