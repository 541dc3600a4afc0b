// The report's sections, in reading order. Each takes the shared report model
// (report-model.ts) and draws it with the primitives of pdf-layout.ts.
import { COLOUR, FONT, type Column, type Layout } from './pdf-layout.js';
import { voteLine, type NoteItem, type ReportModel, type StepSection, type ThemeBlock } from './report-model.js';
import { LIMITS } from '../../shared/limits.js';
import { drawPositiveCore } from './pdf-map.js';

// Notes are capped at LIMITS.noteText characters when written; an imported or tampered document
// may hold more, and a cell or note block must still fit on one page.
const MAX_NOTE_CHARS = 1500;
const MAX_CELL_CHARS = 800;
const NOTE_INDENT = 14;

export interface Cover {
  /** Small capitals above the title: "VERSLAG". */
  kicker: string;
  title: string;
  subtitle: string;
  /** Label and value pairs, each read as one line. */
  facts: [string, string][];
  /** Muted lines under the facts. */
  notes: string[];
  footer: string;
}

/** A report's first page; the meeting report and the series report share it. */
export function drawCoverPage(l: Layout, c: Cover): void {
  const { doc } = l;
  l.artifact(() => doc.rect(0, 0, doc.page.width, 10).fill(COLOUR.accent));
  doc.y = 210;
  l.para(c.kicker.toUpperCase(), { font: FONT.bold, size: 10, colour: COLOUR.accent, spacing: 1.6 });
  l.gap(10);
  l.tag('H1', () => l.write(l.text.clip(c.title, 300), { font: FONT.bold, size: 28, lineGap: 2 }));
  l.gap(8);
  l.para(c.subtitle, { size: 13, colour: COLOUR.muted });
  l.gap(34);
  l.rule();
  l.gap(16);

  const labelWidth = 110;
  for (const [label, value] of c.facts) {
    // Label and value read as one line: "Datum 20 november 2025".
    const shown = l.text.clip(value, 200);
    l.tag(
      'P',
      () => {
        const top = doc.y;
        l.write(label, { size: 9.5, colour: COLOUR.muted });
        doc.y = top - 1;
        l.write(shown, { size: 11, x: l.left + labelWidth });
      },
      { actual: `${label}: ${l.text.clean(shown)}` },
    );
    l.gap(7);
  }
  l.gap(10);
  l.rule();
  l.gap(16);
  c.notes.forEach((note, i) => {
    if (i > 0) l.gap(6);
    l.para(note, { size: 10, colour: COLOUR.muted });
  });

  doc.y = doc.page.height - doc.page.margins.bottom - 14;
  l.para(c.footer, { size: 8.5, colour: COLOUR.muted });
}

export function drawCover(l: Layout, m: ReportModel): void {
  const { labels } = m;
  const facts: [string, string][] = [[labels.date, m.date]];
  if (m.facilitator.trim()) facts.push([labels.facilitator, m.facilitator]);
  if (m.place.trim()) facts.push([labels.place, m.place]);
  facts.push([labels.horizon, labels.horizonValue(m.horizonYear)]);
  drawCoverPage(l, {
    kicker: labels.reportTitle,
    title: m.title,
    subtitle: labels.reportSubtitle,
    facts,
    notes: m.neverRevealed ? [m.summary, m.neverRevealed] : [m.summary],
    footer: m.exportedOn,
  });
}

export function drawParticipants(l: Layout, m: ReportModel): void {
  const { labels } = m;
  l.sectionTitle(labels.participantsHeading);
  l.para(labels.participantsIntro(m.participantCount), { colour: COLOUR.muted, size: 10 });
  if (m.anonymous) l.para(labels.anonymousNote, { colour: COLOUR.muted, size: 10 });
  if (m.combinedNote) l.para(m.combinedNote, { colour: COLOUR.muted, size: 10 });
  l.gap(12);
  if (m.groups.length) {
    const rows = m.groups.map((g) => ({
      cells: m.anonymous ? [g.label, String(g.count)] : [g.label, String(g.count), l.text.clip(g.names.join(', '), 3000)],
    }));
    const columns = m.anonymous
      ? [
          { header: labels.group, share: 0.7 },
          { header: labels.count, share: 0.3, align: 'right' as const },
        ]
      : [
          { header: labels.group, share: 0.28 },
          { header: labels.count, share: 0.12, align: 'right' as const },
          { header: labels.names, share: 0.6 },
        ];
    l.table(columns, rows, true);
  }
  if (m.missingGroups.length) l.para(labels.missingGroups(m.missingGroups.join(', ')), { size: 10, colour: COLOUR.muted });
}

/** The line under a note: its support first, then who wrote it. */
function metaLine(item: NoteItem, m: ReportModel, l: Layout): { votes: string | null; who: string } {
  const who = [item.groupName, item.authorName ? l.text.clip(item.authorName, 80) : null].filter(Boolean).join(' · ');
  return { votes: voteLine(item.tally, m.lang, m.combinedGroups), who };
}

interface NoteParts {
  text: string;
  votes: string | null;
  who: string;
  meta: string;
  extras: [string, string][];
}

function noteParts(l: Layout, m: ReportModel, item: NoteItem): NoteParts {
  const text = l.text.clip(item.note.text, MAX_NOTE_CHARS) || '—';
  const { votes, who } = metaLine(item, m, l);
  const extras: [string, string][] = [];
  if (item.linkedText) extras.push([m.labels.linkedTo, l.text.clip(item.linkedText, 300)]);
  if (item.buildsOn.length) extras.push([m.mapLabels.buildsOn, l.text.clip(item.buildsOn.join(', '), 600)]);
  if (item.note.firstAction) extras.push([m.labels.firstAction, l.text.clip(item.note.firstAction, LIMITS.noteText)]);
  if (item.note.factors) extras.push([m.labels.successFactors, l.text.clip(item.note.factors, LIMITS.noteText)]);
  if (item.interviewerName) extras.push([m.labels.interviewedBy, l.text.clip(item.interviewerName, 80)]);
  return { text, votes, who, meta: [votes, who].filter(Boolean).join(' · '), extras };
}

/** The height a note takes, its gap below included. */
function noteHeight(l: Layout, m: ReportModel, item: NoteItem): number {
  const { text, meta, extras } = noteParts(l, m, item);
  const w = l.width - NOTE_INDENT;
  let height = l.measure(text, FONT.regular, 10.5, w);
  for (const [label, value] of extras) height += 3 + l.measure(`${label}: ${value}`, FONT.regular, 9.5, w);
  if (meta) height += 3 + l.measure(meta, FONT.bold, 8.5, w);
  return height + 10;
}

/** `keepWith`: the height of what must follow this note on the same page. */
function drawNote(l: Layout, m: ReportModel, item: NoteItem, keepWith = 0): void {
  const { doc } = l;
  const x = l.left + NOTE_INDENT;
  const w = l.width - NOTE_INDENT;
  const { text, votes, who, meta, extras } = noteParts(l, m, item);
  l.ensureSpace(noteHeight(l, m, item), keepWith);

  const top = doc.y;
  // A list item: the bullet is decoration, the body is the note, what it serves, its first
  // action, its dots and who wrote it.
  l.begin('LI');
  l.artifact(() => doc.circle(l.left + 4, top + 7.5, 1.8).fill(COLOUR.accent));
  l.begin('LBody');
  l.para(text, { x, width: w });
  for (const [label, value] of extras) {
    l.gap(3);
    l.tag('P', () => {
      doc.font(FONT.bold).fontSize(9.5).fillColor(COLOUR.text).text(`${label}: `, x, doc.y, { width: w, continued: true, lineGap: 2 });
      doc.font(FONT.regular).text(value, { lineGap: 2 });
    });
  }
  if (meta) {
    l.gap(3);
    l.tag('P', () => {
      doc.fontSize(8.5);
      if (votes) {
        doc.font(FONT.bold).fillColor(COLOUR.accent).text(votes, x, doc.y, { width: w, continued: Boolean(who), lineGap: 2 });
        if (who) doc.font(FONT.regular).fillColor(COLOUR.muted).text(`  ·  ${l.text.clean(who)}`, { lineGap: 2 });
      } else {
        doc.font(FONT.regular).fillColor(COLOUR.muted).text(l.text.clean(who), x, doc.y, { width: w, lineGap: 2 });
      }
    });
  }
  l.end();
  l.end();
  doc.x = l.left;
  l.gap(9);
}

function themeName(m: ReportModel, l: Layout, block: ThemeBlock): string {
  return block.theme ? l.text.clip(block.theme.name, 300) : m.labels.ungrouped;
}

/** The height of a theme heading: name, votes, rule and gaps. */
function headingHeight(l: Layout, m: ReportModel, block: ThemeBlock): number {
  return l.measure(themeName(m, l, block), FONT.bold, 12, l.width) + (voteLine(block.tally, m.lang, m.combinedGroups) ? 14 : 0) + 16;
}

function drawThemeHeading(l: Layout, m: ReportModel, block: ThemeBlock, keepWith: number): void {
  const name = themeName(m, l, block);
  const votes = voteLine(block.tally, m.lang, m.combinedGroups);
  // A theme name alone at a page foot reads as an error: it keeps its first note(s) with it.
  l.ensureSpace(headingHeight(l, m, block), keepWith);
  l.gap(4);
  l.tag('H3', () => l.write(name, { font: FONT.bold, size: 12, colour: block.theme ? COLOUR.text : COLOUR.muted }));
  if (votes) l.para(votes, { font: FONT.bold, size: 8.5, colour: COLOUR.accent });
  l.gap(4);
  l.rule();
  l.gap(8);
}

type Piece = { kind: 'heading'; block: ThemeBlock; height: number } | { kind: 'note'; item: NoteItem; height: number } | { kind: 'end'; height: number };

/**
 * The section's theme headings and notes in reading order, drawn so that a heading keeps
 * its first note and the last two notes of the section share a page: a page break never
 * leaves one note, or a heading and one note, alone on the section's last page.
 */
function drawBlocks(l: Layout, m: ReportModel, blocks: ThemeBlock[], headings: boolean): void {
  const pieces: Piece[] = [];
  for (const block of blocks) {
    if (headings) pieces.push({ kind: 'heading', block, height: headingHeight(l, m, block) });
    for (const item of block.notes) pieces.push({ kind: 'note', item, height: noteHeight(l, m, item) });
    if (headings) pieces.push({ kind: 'end', height: 6 });
  }
  const noteAt = pieces.flatMap((p, i) => (p.kind === 'note' ? [i] : []));
  const penultimate = noteAt.length >= 2 ? (noteAt[noteAt.length - 2] ?? -1) : -1;
  const last = noteAt[noteAt.length - 1] ?? -1;
  const heightOf = (from: number, to: number): number => pieces.slice(from, to + 1).reduce((h, p) => h + p.height, 0);
  if (!headings) l.begin('L');
  pieces.forEach((piece, i) => {
    // The last piece this one must share its page with.
    let until = i;
    if (piece.kind === 'heading') until = pieces.findIndex((p, j) => j > i && p.kind === 'note');
    if (penultimate >= 0 && i <= penultimate && until >= penultimate) until = last;
    const keepWith = until > i ? heightOf(i + 1, until) : 0;
    if (piece.kind === 'heading') {
      drawThemeHeading(l, m, piece.block, keepWith);
      l.begin('L');
    } else if (piece.kind === 'note') drawNote(l, m, piece.item, keepWith);
    else {
      l.end();
      l.gap(piece.height);
    }
  });
  if (!headings) l.end();
}

function drawSharedAmbition(l: Layout, m: ReportModel, item: NoteItem): void {
  l.callout(m.labels.sharedAmbition(m.horizonYear), l.text.clip(item.note.text, MAX_NOTE_CHARS), voteLine(item.tally, m.lang, m.combinedGroups));
}

/** `first`: the first step flows on below the participants and the overview instead of opening a page. */
export function drawStep(l: Layout, m: ReportModel, section: StepSection, first = false): void {
  l.sectionTitle(section.name, { newPage: !first, keepWith: 200 });
  l.question(section.question, section.instruction);
  // The review's notes are what helped each action: they stand in the action's row.
  if (section.step === 'review') return drawReview(l, m);
  if (section.step === 'dream') {
    if (section.sharedAmbition) drawSharedAmbition(l, m, section.sharedAmbition);
    else if (section.noteCount) {
      l.para(m.labels.noSharedAmbition, { size: 10, colour: COLOUR.muted });
      l.gap(10);
    }
    if (section.sharedAmbition && section.blocks.length) l.subTitle(m.labels.otherAmbitions);
  }
  if (!section.noteCount) {
    l.para(m.labels.noNotes, { size: 10, colour: COLOUR.muted });
    l.gap(10);
  }
  // A step without themes needs no "not grouped" heading above its only list.
  const onlyLoose = section.blocks.length === 1 && section.blocks[0]?.theme === null;
  drawBlocks(l, m, section.blocks, !onlyLoose);
  if (section.step === 'discover') drawPositiveCore(l, m);
}

/** The review of a follow-up meeting: each carried action, where it stands, and what helped. */
function drawReview(l: Layout, m: ReportModel): void {
  const { labels } = m;
  l.subTitle(labels.reviewHeading, 80);
  if (!m.review.length) {
    l.para(labels.noReview, { size: 10, colour: COLOUR.muted });
    l.gap(10);
    return;
  }
  const clip = (s: string): string => l.text.clip(s, MAX_CELL_CHARS);
  l.table(
    [
      { header: labels.what, share: 0.28 },
      { header: labels.owner, share: 0.14 },
      { header: labels.due, share: 0.13 },
      { header: labels.status, share: 0.2 },
      { header: labels.whatHelped, share: 0.25 },
    ],
    m.review.map((r) => ({
      cells: [clip(r.action.what), clip(r.action.owner), r.due, clip(r.note ? `${r.status}: ${r.note}` : r.status), clip(r.helped.join(' · '))],
    })),
  );
}

/** The success factors the paired interviews brought up, each with whose story it was. */
export function drawInterviews(l: Layout, m: ReportModel): void {
  if (!m.interviewFactors.length) return;
  l.subTitle(m.labels.interviewsHeading, 80);
  l.para(m.labels.interviewsIntro(m.interviewFactors.length), { size: 10, colour: COLOUR.muted });
  l.gap(8);
  drawBlocks(l, m, [{ theme: null, tally: { total: 0, byGroup: {} }, notes: m.interviewFactors }], false);
}

export function drawActions(l: Layout, m: ReportModel, asSection: boolean): void {
  const { labels } = m;
  if (asSection) l.sectionTitle(labels.actionsHeading);
  else l.subTitle(labels.actionsHeading, 80);
  if (!m.actions.length) {
    l.para(labels.noActions, { size: 10, colour: COLOUR.muted });
    l.gap(10);
    return;
  }
  const clip = (s: string): string => l.text.clip(s, MAX_CELL_CHARS);
  l.table(
    [
      { header: labels.what, share: 0.35 },
      { header: labels.owner, share: 0.23 },
      { header: labels.due, share: 0.13 },
      { header: labels.level, share: 0.15 },
      { header: labels.aspect, share: 0.14 },
    ],
    m.actions.map((a) => ({ cells: [clip(a.action.what), clip(a.action.owner), a.due, a.level, a.aspect] })),
  );
}

export function drawOverview(l: Layout, m: ReportModel): void {
  const { labels, overview } = m;
  const [first, ...rest] = overview.columns;
  // Wide enough that "professionals" and "gemeente" never break inside the word.
  const shares = [0.2, 0.19, 0.19, 0.19, 0.12, 0.11];
  const columns: Column[] = [
    { header: first ?? '', share: shares[0] ?? 0.2 },
    ...rest.map((header, i) => ({ header, share: shares[i + 1] ?? 0.1, align: 'right' as const })),
  ];
  const rows = overview.rows.map((row, i) => ({
    cells: [row.label, ...row.cells.map((n) => (n ? String(n) : '–'))],
    bold: i === overview.rows.length - 1,
  }));
  l.sectionTitle(labels.overviewHeading, { newPage: false, keepWith: 30 + l.tableHeight(columns, rows) });
  l.para(labels.overviewIntro, { size: 10, colour: COLOUR.muted });
  l.gap(12);
  l.table(columns, rows, true);
}
