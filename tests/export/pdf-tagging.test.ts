// The PDF report is tagged for screen readers (issue 18; PDF/UA-1 as far as pdfkit goes):
// document language and title, a structure tree in reading order with headings, lists
// and tables with header cells, and the decoration (running headers, page numbers,
// lines) left out of it as artifacts. Read back with poppler's `pdfinfo -struct-text`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { renderPdf } from '../../server/export/pdf.js';
import { houtenSnapshot } from './fixture.js';
import { squash } from './pdf-tools.js';

const snapshot = houtenSnapshot();
const dir = mkdtempSync(join(tmpdir(), 'kruiwagen-tags-'));
const file = join(dir, 'report.pdf');
const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
writeFileSync(file, await renderPdf(snapshot));
warn.mockRestore();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const info = execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });
const tree = execFileSync('/usr/bin/pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
const layout = execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
const bytes = readFileSync(file).toString('latin1');

/** The elements of the structure tree, in reading order: type, depth and text. */
const elements = tree.split('\n').flatMap((line, i, lines) => {
  const m = /^(\s*)([A-Za-z0-9]+)(?: \(block\)|:)?$/.exec(line);
  if (!m) return [];
  const text = /^\s*"(.*)"$/.exec(lines[i + 1] ?? '')?.[1] ?? /^\s*"(.*)"$/.exec(lines[i + 2] ?? '')?.[1] ?? '';
  return [{ type: m[2]!, depth: (m[1] ?? '').length / 2, text }];
});
const ofType = (type: string) => elements.filter((e) => e.type === type);

describe('PDF report tagging', () => {
  it('is a tagged PDF 1.7 in the workshop’s language, with its title shown as the window title, claiming PDF/UA-1', () => {
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    expect(info).toContain(`Title:           ${snapshot.room.title}`);
    expect(bytes).toContain('/Lang (nl-NL)');
    expect(bytes).toContain('/DisplayDocTitle true');
    expect(bytes).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });

  it('has one level-1 heading, the title, and a level-2 heading per section in reading order', () => {
    expect(ofType('H1').map((e) => e.text)).toEqual([snapshot.room.title]);
    expect(ofType('H2').map((e) => e.text)).toEqual(['Wie deden er mee', 'Overzicht naar aspect en niveau', 'Check-in', 'Ontdekken', 'Dromen', 'Ontwerpen', 'Doen']);
    expect(ofType('H3').map((e) => e.text)).toEqual(expect.arrayContaining(['Eén vast aanspreekpunt', 'Gezien worden als mantelzorger', 'Niet ingedeeld', 'Acties']));
    // Headings never skip a level: every H3 comes after an H2.
    const levels = elements.filter((e) => /^H\d$/.test(e.type)).map((e) => Number(e.type[1]));
    expect(levels.every((level, i) => i === 0 || level <= (levels[i - 1] ?? 1) + 1)).toBe(true);
  });

  it('tags every note as a list item in its own section', () => {
    const sectionOf = new Map<string, string>();
    let section = '';
    for (const e of elements) {
      if (e.type === 'H2') section = e.text;
      if (e.type === 'P' && e.text) sectionOf.set(squash(e.text), section);
    }
    const steps = { review: 'Terugblik', checkin: 'Check-in', discover: 'Ontdekken', dream: 'Dromen', design: 'Ontwerpen', deliver: 'Doen' } as const;
    expect(ofType('LI').length).toBeGreaterThanOrEqual(snapshot.notes.length - 1); // the shared ambition stands apart
    for (const note of snapshot.notes) {
      const text = squash(note.text.replace(/ ?🎉/u, ''));
      expect(sectionOf.get(text), note.id).toBe(steps[note.step]);
    }
  });

  it('gives every table a header row of column headers, and the overview row headers', () => {
    const tables = ofType('Table').length;
    expect(tables).toBe(3); // participants, overview, actions
    expect(ofType('THead').length).toBe(tables);
    expect(tree.match(/\/Scope \/Column/g)?.length).toBe(3 + 6 + 5);
    expect(tree).toMatch(/TH:\s+\/Scope \/Row\s+"Mantelzorgers"/);
    expect(tree).toMatch(/TH:\s+\/Scope \/Row\s+"Relatie"/);
    const cells = ofType('TD').map((e) => e.text);
    for (const action of snapshot.actions) expect(cells.map(squash)).toContain(squash(action.what));
  });

  it('leaves running headers, page numbers and decoration out of the structure, and everything else in', () => {
    expect(tree).not.toMatch(/Pagina \d+ van \d+/);
    expect(tree.split(`"${snapshot.room.title}"`).length - 1).toBe(1);
    const tagged = squash(tree.split('\n').filter((l) => /^\s*"/.test(l)).join(''));
    const shown = layout
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && l !== snapshot.room.title && !/^Pagina \d+ van \d+$/.test(l));
    // Table cells wrap over several lines in the layout text; compare word by word.
    const missing = shown.flatMap((l) => l.split(/\s{2,}/)).filter((part) => !tagged.includes(squash(part)));
    expect(missing).toEqual([]);
  });
});
