// Page breaks in the report (issue 12, "Language and polish"): no page holds one lonely
// note, and the overview by aspect and level never sits alone on a near-empty page.
// Checked on real PDFs read back with pdftotext, over workshops of many sizes, because
// where a page breaks depends on how much came before.
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../server/export/pdf.js';
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import type { Note } from '../../shared/schema.js';
import { houtenSnapshot } from './fixture.js';
import { readPdf } from './pdf-tools.js';

const SENTENCES = [
  'De buurvrouw kwam elke dag even kijken.',
  'Er was één nummer dat je altijd kon bellen, ook in het weekend en ’s avonds laat.',
  'De huisarts vroeg hoe het met mij ging, niet alleen met mijn moeder. Dat deed me goed en gaf me de ruimte om te zeggen wat ik nodig had.',
];

/** The Houten workshop with `count` extra Discover notes, each marked "Voorbeeld <n>." so a page's notes can be counted. */
function withDiscoverNotes(count: number, themed: boolean): WorkshopSnapshot {
  const snap = houtenSnapshot();
  const themes = snap.themes.filter((t) => t.step === 'discover').map((t) => t.id);
  const extra: Note[] = Array.from({ length: count }, (_, i) => ({
    id: `x${i}`,
    text: `Voorbeeld ${i + 1}. ${SENTENCES[i % SENTENCES.length]}`,
    step: 'discover',
    author: 'p-anja',
    group: 'carer',
    createdAt: snap.notes[0]!.createdAt + 1000 + i,
    ...(themed && i % 3 !== 0 ? { themeId: themes[i % themes.length] } : {}),
  }));
  // Only extra notes in Discover, so every note there carries a marker.
  return { ...snap, notes: [...snap.notes.filter((n) => n.step !== 'discover'), ...extra], votes: snap.votes.filter((v) => !v.target.startsWith('n-d')) };
}

const HEADINGS = ['Wie deden er mee', 'Check-in', 'Ontdekken', 'Dromen', 'Ontwerpen', 'Doen', 'Acties', 'Overzicht naar aspect en niveau', 'Niet ingedeeld', 'Eén vast aanspreekpunt', 'Gezien worden als mantelzorger', 'Respijt dat snel geregeld is'];

interface PageContent {
  number: number;
  notes: number;
  headings: string[];
  lines: string[];
}

async function pages(snap: WorkshopSnapshot): Promise<PageContent[]> {
  const read = readPdf(await renderPdf(snap));
  try {
    return read.layout.split('\f').slice(1, -1).map((page, i) => {
      // Drop the running header (the title) and the page number.
      const lines = page.split('\n').map((l) => l.trim()).filter((l) => l && l !== snap.room.title && !/^Pagina \d+ van \d+$/.test(l));
      return {
        number: i + 2,
        notes: lines.filter((l) => /^Voorbeeld \d+\./.test(l)).length,
        headings: lines.filter((l) => HEADINGS.includes(l)),
        lines,
      };
    });
  } finally {
    read.cleanup();
  }
}

describe('PDF report page breaks', () => {
  it('never leaves one note alone on a page, whatever the number of notes', { timeout: 120_000 }, async () => {
    const lonely: string[] = [];
    for (const themed of [false, true]) {
      // Sizes where the old layout left one note alone (20 in themes, 34), and others around them.
      for (const count of [20, 27, 34]) {
        for (const p of await pages(withDiscoverNotes(count, themed))) {
          const hasOtherContent = p.lines.some((l) => !/^Voorbeeld \d+\./.test(l) && !/^(Mantelzorger|Anja de Vries)/.test(l) && !HEADINGS.includes(l));
          if (p.notes === 1 && !hasOtherContent && p.headings.filter((h) => !['Niet ingedeeld', 'Eén vast aanspreekpunt', 'Gezien worden als mantelzorger', 'Respijt dat snel geregeld is'].includes(h)).length === 0) {
            lonely.push(`${count} notes${themed ? ' in themes' : ''}: page ${p.number} holds only ${p.lines.slice(0, 4).join(' / ')}`);
          }
        }
      }
    }
    expect(lonely).toEqual([]);
  });

  it('puts the overview by aspect and level on a page that holds more than the overview', { timeout: 60_000 }, async () => {
    const alone: string[] = [];
    for (const snap of [houtenSnapshot(), withDiscoverNotes(12, true), withDiscoverNotes(30, false)]) {
      const all = await pages(snap);
      const page = all.find((p) => p.headings.includes('Overzicht naar aspect en niveau'));
      expect(page).toBeDefined();
      if (page && page.headings.length < 2) alone.push(`page ${page.number} of ${all.length + 1}: ${page.lines.length} lines, only the overview`);
    }
    expect(alone).toEqual([]);
  });
});
