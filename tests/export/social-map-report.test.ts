// The report (PDF through pdftotext, and Markdown) shows the living social map as a
// vector drawing plus a table of who offers what, contacts only where the owner shared
// them, the positive core, and what each ambition builds on.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderPdf } from '../../server/export/pdf.js';
import { toMarkdown } from '../../server/export/markdown.js';
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import { houtenSnapshot } from './fixture.js';
import { readPdf, squash } from './pdf-tools.js';

const SHARED = 'info@mantelzorghouten.nl';
const HIDDEN = '06 98 76 54 32';

function withMap(anonymous = false): WorkshopSnapshot {
  const s = houtenSnapshot();
  s.room.anonymous = anonymous;
  s.mapEntries = [
    { id: 'e1', name: 'Mantelzorgcentrum Houten', group: 'organisation', offers: ['advice', 'information'], offerText: 'Respijtkaart', forWhom: 'Alle mantelzorgers', contact: SHARED, shareContact: true, owner: 'p-henk', createdAt: 1 },
    { id: 'e2', name: 'Wijkverpleging Noord', group: 'professional', offers: ['practical'], contact: HIDDEN, shareContact: false, owner: 'p-kees', createdAt: 2 },
    { id: 'e3', name: 'Buurvrouw van Anja', group: 'carer', offers: ['company', 'emotional'], shareContact: false, owner: 'p-fatima', createdAt: 3 },
    { id: 'e4', name: 'Team Wmo gemeente', group: 'municipality', offers: ['information'], shareContact: true, owner: 'p-sander', createdAt: 4 },
  ];
  s.mapTies = [
    { id: 't1', from: 'e1', to: 'e2', owner: 'p-henk', createdAt: 5 },
    { id: 't2', from: 'e4', to: 'e1', owner: 'p-sander', createdAt: 6 },
  ];
  s.themes = s.themes.map((t) => (t.id === 't-one' || t.id === 't-seen' ? { ...t, positiveCore: true } : t));
  s.notes = s.notes.map((n) => (n.id === 'n-a4' ? { ...n, buildsOn: ['t-one', 't-fast'] } : n));
  return s;
}

const quiet = vi.spyOn(console, 'warn').mockImplementation(() => {});
const bytes = await renderPdf(withMap());
const pdf = readPdf(bytes);
const anon = readPdf(await renderPdf(withMap(true)));
const without = readPdf(await renderPdf(houtenSnapshot()));
quiet.mockRestore();
afterAll(() => [pdf, anon, without].forEach((p) => p.cleanup()));

/** The text from the map's heading to the end. */
const mapSection = (layout: string): string => {
  const at = layout.indexOf('Wie doet wat: de sociale kaart');
  expect(at).toBeGreaterThanOrEqual(0);
  return layout.slice(at);
};

describe('the social map in the PDF report', () => {
  it('draws every entry as vector graphics, not a picture, and tables who offers what', () => {
    // drawing order: the drawing first (names over one or two lines), then the table
    const raw = squash(pdf.raw.slice(pdf.raw.indexOf('Wie doet wat: de sociale kaart')));
    for (const name of ['Mantelzorgcentrum Houten', 'Wijkverpleging Noord', 'Buurvrouw van Anja', 'Team Wmo gemeente']) {
      expect(raw.split(squash(name)).length - 1, `${name} in the drawing and the table`).toBeGreaterThanOrEqual(2);
    }
    const section = squash(mapSection(pdf.raw));
    for (const text of ['Advies,Informatie,Respijtkaart', 'Allemantelzorgers', 'Gezelschap,Emotionelesteun', 'Werktsamenmet', 'Zorg-ofwelzijnsorganisatie']) {
      expect(section, text).toContain(text);
    }
    const images = execFileSync('/usr/bin/pdfimages', ['-list', join(pdf.dir, 'report.pdf')], { encoding: 'utf8' });
    expect(images.trim().split('\n').length, 'no raster images (header lines only)').toBe(2);
  });

  it('shows a contact only where its owner shared it, and never the owner’s own name for it', () => {
    const all = squash(pdf.raw);
    expect(all).toContain(squash(SHARED));
    expect(all).not.toContain(squash(HIDDEN));
    const section = squash(mapSection(anon.raw));
    expect(section).toContain(squash(SHARED));
    // the owners own no action, so their names appear nowhere in an anonymous report
    for (const name of ['Henk Bosman', 'Kees Verhoef', 'Fatima El Amrani', 'Sander Kok']) expect(squash(anon.raw)).not.toContain(squash(name));
  });

  it('lists the positive core at the end of Discover and what each ambition builds on', () => {
    const layout = pdf.layout;
    const core = layout.indexOf('Wat we willen houden: de positieve kern');
    expect(core).toBeGreaterThan(layout.indexOf('Ontdekken'));
    expect(core).toBeLessThan(layout.lastIndexOf('Dromen'));
    const after = squash(layout.slice(core, core + 600));
    expect(after).toContain(squash('Eén vast aanspreekpunt'));
    expect(after).toContain(squash('Gezien worden als mantelzorger'));
    expect(after).not.toContain(squash('Respijt dat snel geregeld is'));
    expect(squash(layout)).toContain(squash('Bouwt voort op: Eén vast aanspreekpunt, Respijt dat snel geregeld is'));
  });

  it('leaves the section out when nobody is on the map', () => {
    expect(without.layout).not.toContain('Wie doet wat: de sociale kaart');
    expect(without.layout).not.toContain('positieve kern');
  });
});

describe('the social map in the Markdown export', () => {
  it('has the table, the shared contact only, the positive core and the links', () => {
    const md = toMarkdown(withMap());
    expect(md).toContain('## Wie doet wat: de sociale kaart');
    expect(md).toContain(`| Mantelzorgcentrum Houten | Zorg- of welzijnsorganisatie | Advies, Informatie, Respijtkaart | Alle mantelzorgers | Wijkverpleging Noord | info\\@mantelzorghouten.nl |`);
    expect(md).toContain('| Team Wmo gemeente | Gemeente | Informatie |  | Mantelzorgcentrum Houten |  |');
    expect(md).not.toContain(HIDDEN);
    expect(md).toContain('### Wat we willen houden: de positieve kern');
    expect(md).toContain('  - Bouwt voort op: Eén vast aanspreekpunt, Respijt dat snel geregeld is');
  });
});
