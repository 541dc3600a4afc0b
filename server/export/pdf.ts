// The results report as an A4 PDF, in the workshop's language. The facilitator sends it
// to everyone afterwards and brings it to the next meeting, so it must read as a
// finished document, never fail on what participants typed, and not stall the server:
// the server renders it in a worker thread through pdf-offthread.ts, never here.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import { buildReport } from './report-model.js';
import { FONT, Layout, PAGE_MARGINS, type Doc } from './pdf-layout.js';
import { TextCleaner, type GlyphSource } from './pdf-text.js';
import { drawActions, drawCover, drawInterviews, drawOverview, drawParticipants, drawStep } from './pdf-sections.js';

const require = createRequire(import.meta.url);
const FONT_FILES = {
  [FONT.regular]: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  [FONT.bold]: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
};

/** Let other work on the event loop run between sections when rendering in-thread. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

// pdfkit's typings do not expose the loaded font; fontkit's coverage check sits on it.
function glyphsOf(doc: Doc, name: string): GlyphSource {
  doc.font(name);
  const loaded: unknown = (doc as unknown as { _font?: { font?: unknown } })._font?.font;
  if (typeof loaded === 'object' && loaded !== null && 'hasGlyphForCodePoint' in loaded && typeof loaded.hasGlyphForCodePoint === 'function') {
    const check = loaded.hasGlyphForCodePoint as (cp: number) => boolean;
    return { hasGlyphForCodePoint: (cp) => check.call(loaded, cp) };
  }
  throw new Error(`font ${name} exposes no glyph coverage`);
}

export async function renderPdf(snapshot: WorkshopSnapshot): Promise<Buffer> {
  const model = buildReport(snapshot);
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margins: PAGE_MARGINS,
    bufferPages: true,
    // Tagged for screen readers (PDF/UA-1 as far as pdfkit goes; docs/accessibility.md
    // says what is missing). pdfkit accepts the 'PDF/UA' subset; its typings list only PDF/A.
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    lang: model.lang === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: { Title: model.title, Author: model.facilitator, Subject: model.labels.reportSubtitle, Creator: 'Kruiwagen' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);
  const text = new TextCleaner([glyphsOf(doc, FONT.regular), glyphsOf(doc, FONT.bold)]);
  const layout = new Layout(doc, text);

  drawCover(layout, model);
  // The overview is short: at the end it often stood alone on a near-empty last page, so it
  // follows the participants as the report's page at a glance, and the first step flows on.
  drawParticipants(layout, model);
  drawOverview(layout, model);
  for (const [i, section] of model.sections.entries()) {
    await breathe();
    drawStep(layout, model, section, i === 0);
    if (section.step === 'discover') drawInterviews(layout, model);
    if (section.step === 'deliver') drawActions(layout, model, false);
  }
  const hasDeliver = model.sections.some((s) => s.step === 'deliver');
  if (!hasDeliver && model.actions.length) drawActions(layout, model, true);
  layout.endAll();
  layout.decoratePages(model.title, model.labels.page);
  layout.finish();

  doc.end();
  await ended;
  if (text.replaced > 0) {
    console.warn(`PDF export: ${text.replaced} character(s) the report font cannot show (emoji and the like) were left out or replaced`);
  }
  return Buffer.concat(chunks);
}
