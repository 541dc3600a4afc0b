// The report's paired interviews: each interview note carries what made it possible and
// who interviewed (not in an anonymous workshop), and Discover is followed by a list of
// the success factors, in the PDF (read back with pdftotext) and in Markdown.
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../server/export/pdf.js';
import { toMarkdown } from '../../server/export/markdown.js';
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import { houtenSnapshot } from './fixture.js';
import { readPdf, squash, type ReadPdf } from './pdf-tools.js';

function withInterviews(change: (s: WorkshopSnapshot) => void = () => {}): WorkshopSnapshot {
  const s = houtenSnapshot();
  const at = s.createdAt + 20 * 60_000;
  s.notes.push(
    {
      id: 'n-i1',
      step: 'discover',
      author: 'p-anja',
      interviewer: 'p-ingrid',
      group: 'carer',
      createdAt: at,
      text: 'Anja vertelde hoe de thuiszorg en de buren samen een rooster maakten toen haar man ziek werd.',
      factors: 'Eén vast nummer, ook ’s avonds; de buren werden gezien als deel van het team',
    },
    {
      id: 'n-i2',
      step: 'discover',
      author: 'p-ingrid',
      interviewer: 'p-anja',
      group: 'professional',
      createdAt: at + 1,
      text: 'Ingrid vertelde over een keukentafelgesprek waarin de mantelzorger de agenda bepaalde.',
      factors: 'Tijd nemen, de mantelzorger laten beginnen',
    },
    // No factors: in the Discover list, not in the list of success factors.
    { id: 'n-i3', step: 'discover', author: 'p-henk', interviewer: 'p-kees', group: 'carer', createdAt: at + 2, text: 'Henk vertelde over de dagbesteding.' },
  );
  change(s);
  return s;
}

const reads: ReadPdf[] = [];
afterAll(() => reads.forEach((r) => r.cleanup()));
async function pdfText(s: WorkshopSnapshot): Promise<string> {
  const read = readPdf(await renderPdf(s));
  reads.push(read);
  return read.raw;
}

describe('interviews in the report', () => {
  it('lists the success factors after Discover, with whose story it was', async () => {
    const text = squash(await pdfText(withInterviews()));
    const discover = text.indexOf(squash('Ontdekken'));
    const heading = text.indexOf(squash('Interviews: wat het mogelijk maakte'));
    const dream = text.indexOf(squash('Dromen'), heading);
    expect(heading).toBeGreaterThan(discover);
    expect(dream).toBeGreaterThan(heading);
    const list = text.slice(heading, dream);
    expect(list).toContain(squash('Uit 2 verhalen van de interviews in tweetallen.'));
    expect(list).toContain(squash('Eén vast nummer, ook ’s avonds; de buren werden gezien als deel van het team'));
    expect(list).toContain(squash('Mantelzorger · Anja de Vries'));
    expect(list).toContain(squash('Tijd nemen, de mantelzorger laten beginnen'));
    expect(list).not.toContain(squash('dagbesteding'));
    // In Discover itself: the story, what made it possible, and who interviewed.
    const inDiscover = text.slice(discover, heading);
    expect(inDiscover).toContain(squash('Anja vertelde hoe de thuiszorg en de buren samen een rooster maakten'));
    expect(inDiscover).toContain(squash('Wat het mogelijk maakte: Eén vast nummer'));
    expect(inDiscover).toContain(squash('Geïnterviewd door: Ingrid Smit'));
  });

  it('names nobody in an anonymous workshop, and speaks English in an English one', async () => {
    const text = squash(
      await pdfText(
        withInterviews((s) => {
          s.room.anonymous = true;
          s.room.language = 'en';
        }),
      ),
    );
    expect(text).toContain(squash('Interviews: what made it possible'));
    expect(text).toContain(squash('What made it possible: Tijd nemen'));
    expect(text).not.toContain(squash('Interviewed by'));
    // (Names may still be an action's owner, which the facilitator typed.)
    expect(text).not.toContain(squash('Carer · Anja de Vries'));
    expect(text).not.toContain(squash('Care professional · Ingrid Smit'));
    expect(text).toContain(squash('Tijd nemen, de mantelzorger laten beginnen Care professional'));
  });

  it('gives the same in Markdown', () => {
    const md = toMarkdown(withInterviews());
    expect(md).toContain('### Interviews: wat het mogelijk maakte');
    expect(md).toContain('  - Wat het mogelijk maakte: Tijd nemen, de mantelzorger laten beginnen');
    expect(md).toContain('  - Geïnterviewd door: Anja de Vries');
  });

  it('has no interview section without interview notes', async () => {
    expect(squash(await pdfText(houtenSnapshot()))).not.toContain(squash('Interviews: wat het mogelijk maakte'));
  });
});
