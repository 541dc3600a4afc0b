// Reading a rendered PDF back with poppler (pdftotext, pdftoppm) for assertions.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ReadPdf {
  /** `pdftotext -layout`: reading order as on the page. */
  layout: string;
  /** `pdftotext -raw`: drawing order, so a wrapped table cell stays in one piece. */
  raw: string;
  pages: number;
  /** Share of dark pixels on page 1 at 30 dpi, grey scale. */
  darkShareOfPage1: number;
  dir: string;
  cleanup(): void;
}

/** Whitespace differs with wrapping; compare texts with all of it removed. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

export function readPdf(pdf: Buffer): ReadPdf {
  const dir = mkdtempSync(join(tmpdir(), 'kruiwagen-pdf-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  const layout = execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const raw = execFileSync('/usr/bin/pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  execFileSync('/usr/bin/pdftoppm', ['-gray', '-r', '30', '-f', '1', '-l', '1', file, join(dir, 'page')]);
  // pdftoppm pads the page number to the width of the page count (page-01.pgm, …).
  const pgm = readdirSync(dir).find((f) => f.endsWith('.pgm')) ?? 'page-1.pgm';
  return { layout, raw, pages, darkShareOfPage1: darkShare(readPgm(join(dir, pgm))), dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Binary PGM (P5): header "P5 w h max" then one byte per pixel. */
function readPgm(path: string): Uint8Array {
  const data = readFileSync(path);
  let fields = 0;
  let i = 0;
  while (fields < 4 && i < data.length) {
    while (i < data.length && /\s/.test(String.fromCharCode(data[i] ?? 32))) i++;
    while (i < data.length && !/\s/.test(String.fromCharCode(data[i] ?? 32))) i++;
    fields++;
  }
  return data.subarray(i + 1);
}

function darkShare(pixels: Uint8Array): number {
  let dark = 0;
  for (const p of pixels) if (p < 160) dark++;
  return pixels.length ? dark / pixels.length : 0;
}
