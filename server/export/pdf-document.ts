// One A4 report document, set up the same way for the meeting report (pdf.ts) and the
// series report (series-pdf.ts): tagged for screen readers, Noto Sans embedded, user text
// cleaned of what the font cannot show, running header and page numbers added at the end.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Language } from '../../shared/i18n/language.js';
import { FONT, Layout, PAGE_MARGINS, type Doc } from './pdf-layout.js';
import { TextCleaner, type GlyphSource } from './pdf-text.js';

const requireFont = createRequire(import.meta.url);
const FONT_FILES = {
  [FONT.regular]: requireFont.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  [FONT.bold]: requireFont.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
};

// Fonts parsed by fontkit, kept for the next document of this process (the export worker
// renders many): pdfkit takes a parsed font where it takes a file, and parsing the two Noto
// Sans files again (their tables, glyph caches) was a good part of each export's time.
const parsedFonts = new Map<string, object>();

// pdfkit's typings do not expose the loaded font; fontkit's coverage check sits on it.
function loadedFont(doc: Doc, name: string): unknown {
  doc.font(name);
  return (doc as unknown as { _font?: { font?: unknown } })._font?.font;
}

function registerFonts(doc: Doc): void {
  for (const [name, file] of Object.entries(FONT_FILES)) {
    // pdfkit's typings name only files and bytes; a fontkit font is accepted as well.
    doc.registerFont(name, (parsedFonts.get(name) ?? file) as string);
    const loaded = loadedFont(doc, name);
    if (typeof loaded === 'object' && loaded !== null) parsedFonts.set(name, loaded);
  }
}

function glyphsOf(doc: Doc, name: string): GlyphSource {
  const loaded = loadedFont(doc, name);
  if (typeof loaded === 'object' && loaded !== null && 'hasGlyphForCodePoint' in loaded && typeof loaded.hasGlyphForCodePoint === 'function') {
    const check = loaded.hasGlyphForCodePoint as (cp: number) => boolean;
    return { hasGlyphForCodePoint: (cp) => check.call(loaded, cp) };
  }
  throw new Error(`font ${name} exposes no glyph coverage`);
}

export interface ReportDocument {
  layout: Layout;
  /** Adds the running header and page numbers, ends the document and returns its bytes. */
  finish(pageLabel: (n: number, of: number) => string): Promise<Buffer>;
}

export function openReportDocument(meta: { lang: Language; title: string; author: string; subject: string }): ReportDocument {
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margins: PAGE_MARGINS,
    bufferPages: true,
    // Tagged for screen readers (PDF/UA-1 as far as pdfkit goes; docs/accessibility.md
    // says what is missing). pdfkit accepts the 'PDF/UA' subset; its typings list only PDF/A.
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    lang: meta.lang === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Creator: 'Kruiwagen' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  registerFonts(doc);
  const text = new TextCleaner([glyphsOf(doc, FONT.regular), glyphsOf(doc, FONT.bold)]);
  const layout = new Layout(doc, text);

  return {
    layout,
    async finish(pageLabel) {
      layout.endAll();
      layout.decoratePages(meta.title, pageLabel);
      layout.finish();
      doc.end();
      await ended;
      if (text.replaced > 0) {
        console.warn(`PDF export: ${text.replaced} character(s) the report font cannot show (emoji and the like) were left out or replaced`);
      }
      return Buffer.concat(chunks);
    },
  };
}
