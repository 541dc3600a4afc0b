// The report's sections, in reading order. Each takes the shared report model
// (report-model.ts) and draws it with the primitives of pdf-layout.ts.
import { COLOUR, FONT, type Column, type Layout } from './pdf-layout.js';
import { voteLine, type NoteItem, type ReportModel, type StepSection, type ThemeBlock } from './report-model.js';
import { LIMITS } from '../../shared/limits.js';

// Notes are capped at LIMITS.noteText characters when written; an imported or tampered document
// may hold more, and a cell or note block must still fit on one page.
const MAX_NOTE_CHARS = 1500;
const MAX_CELL_CHARS = 800;
const NOTE_INDENT = 14;

export function drawCover(l: Layout, m: ReportModel): void {
  const { doc } = l;
  const { labels } = m;
  doc.rect(0, 0, doc.page.width, 10).fill(COLOUR.accent);
  doc.y = 210;
  l.write(labels.reportTitle.toUpperCase(), { font: FONT.bold, size: 10, colour: COLOUR.accent, spacing: 1.6 });
  l.gap(10);
  l.write(l.text.clip(m.title, 300), { font: FONT.bold, size: 28, lineGap: 2 });
  l.gap(8);
  l.write(labels.reportSubtitle, { size: 13, colour: COLOUR.muted });
  l.gap(34);
  l.rule();
  l.gap(16);

  const facts: [string, string][] = [[labels.date, m.date]];
  if (m.facilitator.trim()) facts.push([labels.facilitator, m.facilitator]);
  if (m.place.trim()) facts.push([labels.place, m.place]);
  facts.push([labels.horizon, labels.horizonValue(m.horizonYear)]);
  const labelWidth = 110;
  for (const [label, value] of facts) {
    const top = doc.y;
    l.write(label, { size: 9.5, colour: COLOUR.muted });
    doc.y = top - 1;
    l.write(l.text.clip(value, 200), { size: 11, x: l.left + labelWidth });
    l.gap(7);
  }
  l.gap(10);
  l.rule();
  l.gap(16);
  l.write(m.summary, { size: 10, colour: COLOUR.muted });
  if (m.neverRevealed) {
    l.gap(6);
    l.write(m.neverRevealed, { size: 10, colour: COLOUR.muted });
  }

  doc.y = doc.page.height - doc.page.margins.bottom - 14;
  l.write(m.exportedOn, { size: 8.5, colour: COLOUR.muted });
}

export function drawParticipants(l: Layout, m: ReportModel): void {
  const { labels } = m;
  l.sectionTitle(labels.participantsHeading);
  l.write(labels.participantsIntro(m.participantCount), { colour: COLOUR.muted, size: 10 });
  if (m.anonymous) l.write(labels.anonymousNote, { colour: COLOUR.muted, size: 10 });
  if (m.combinedNote) l.write(m.combinedNote, { colour: COLOUR.muted, size: 10 });
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
    l.table(columns, rows);
  }
  if (m.missingGroups.length) l.write(labels.missingGroups(m.missingGroups.join(', ')), { size: 10, colour: COLOUR.muted });
}

/** The line under a note: its support first, then who wrote it. */
function metaLine(item: NoteItem, m: ReportModel, l: Layout): { votes: string | null; who: string } {
  const who = [item.groupName, item.authorName ? l.text.clip(item.authorName, 80) : null].filter(Boolean).join(' · ');
  return { votes: voteLine(item.tally, m.lang, m.combinedGroups), who };
}

function drawNote(l: Layout, m: ReportModel, item: NoteItem): void {
  const { doc } = l;
  const x = l.left + NOTE_INDENT;
  const w = l.width - NOTE_INDENT;
  const text = l.text.clip(item.note.text, MAX_NOTE_CHARS) || '—';
  const { votes, who } = metaLine(item, m, l);
  const meta = [votes, who].filter(Boolean).join(' · ');
  const extras: [string, string][] = [];
  if (item.linkedText) extras.push([m.labels.linkedTo, l.text.clip(item.linkedText, 300)]);
  if (item.note.firstAction) extras.push([m.labels.firstAction, l.text.clip(item.note.firstAction, LIMITS.noteText)]);

  let height = l.measure(text, FONT.regular, 10.5, w);
  for (const [label, value] of extras) height += 3 + l.measure(`${label}: ${value}`, FONT.regular, 9.5, w);
  if (meta) height += 3 + l.measure(meta, FONT.bold, 8.5, w);
  l.ensureSpace(height + 10);

  const top = doc.y;
  doc.circle(l.left + 4, top + 7.5, 1.8).fill(COLOUR.accent);
  l.write(text, { x, width: w });
  for (const [label, value] of extras) {
    l.gap(3);
    doc.font(FONT.bold).fontSize(9.5).fillColor(COLOUR.text).text(`${label}: `, x, doc.y, { width: w, continued: true, lineGap: 2 });
    doc.font(FONT.regular).text(value, { lineGap: 2 });
  }
  if (meta) {
    l.gap(3);
    doc.fontSize(8.5);
    if (votes) {
      doc.font(FONT.bold).fillColor(COLOUR.accent).text(votes, x, doc.y, { width: w, continued: Boolean(who), lineGap: 2 });
      if (who) doc.font(FONT.regular).fillColor(COLOUR.muted).text(`  ·  ${l.text.clean(who)}`, { lineGap: 2 });
    } else {
      doc.font(FONT.regular).fillColor(COLOUR.muted).text(l.text.clean(who), x, doc.y, { width: w, lineGap: 2 });
    }
  }
  doc.x = l.left;
  l.gap(9);
}

function drawThemeBlock(l: Layout, m: ReportModel, block: ThemeBlock, heading: boolean): void {
  if (!heading) {
    for (const item of block.notes) drawNote(l, m, item);
    return;
  }
  const name = block.theme ? l.text.clip(block.theme.name, 300) : m.labels.ungrouped;
  const votes = voteLine(block.tally, m.lang, m.combinedGroups);
  // Keep the heading with its first note: a theme name alone at a page foot reads as an error.
  const first = block.notes[0];
  const firstHeight = first ? l.measure(l.text.clip(first.note.text, MAX_NOTE_CHARS), FONT.regular, 10.5, l.width - NOTE_INDENT) + 20 : 0;
  l.ensureSpace(l.measure(name, FONT.bold, 12, l.width) + (votes ? 14 : 0) + firstHeight + 16);
  l.gap(4);
  l.write(name, { font: FONT.bold, size: 12, colour: block.theme ? COLOUR.text : COLOUR.muted });
  if (votes) l.write(votes, { font: FONT.bold, size: 8.5, colour: COLOUR.accent });
  l.gap(4);
  l.rule();
  l.gap(8);
  for (const item of block.notes) drawNote(l, m, item);
  l.gap(6);
}

function drawSharedAmbition(l: Layout, m: ReportModel, item: NoteItem): void {
  const { doc } = l;
  const pad = 14;
  const x = l.left + pad + 3;
  const w = l.width - 2 * pad - 3;
  const label = m.labels.sharedAmbition(m.horizonYear).toUpperCase();
  const text = l.text.clip(item.note.text, MAX_NOTE_CHARS);
  const votes = voteLine(item.tally, m.lang, m.combinedGroups);
  const h = 12 + 6 + l.measure(text, FONT.bold, 14, w, 3) + (votes ? 6 + l.measure(votes, FONT.bold, 9, w) : 0);
  l.ensureSpace(h + 2 * pad + 20);
  const top = doc.y;
  doc.rect(l.left, top, l.width, h + 2 * pad).fill(COLOUR.tint);
  doc.rect(l.left, top, 3, h + 2 * pad).fill(COLOUR.accent);
  doc.y = top + pad;
  l.write(label, { font: FONT.bold, size: 8.5, colour: COLOUR.accent, x, width: w, spacing: 1.1 });
  l.gap(6);
  l.write(text, { font: FONT.bold, size: 14, x, width: w, lineGap: 3 });
  if (votes) {
    l.gap(6);
    l.write(votes, { font: FONT.bold, size: 9, colour: COLOUR.accent, x, width: w });
  }
  doc.y = top + h + 2 * pad + 18;
}

export function drawStep(l: Layout, m: ReportModel, section: StepSection): void {
  // The check-in is a short personal round: it may follow the list of participants.
  l.sectionTitle(section.name, { newPage: section.step !== 'checkin', keepWith: 200 });
  l.question(section.question, section.instruction);
  if (section.step === 'dream') {
    if (section.sharedAmbition) drawSharedAmbition(l, m, section.sharedAmbition);
    else if (section.noteCount) {
      l.write(m.labels.noSharedAmbition, { size: 10, colour: COLOUR.muted });
      l.gap(10);
    }
    if (section.sharedAmbition && section.blocks.length) l.subTitle(m.labels.otherAmbitions);
  }
  if (!section.noteCount) {
    l.write(m.labels.noNotes, { size: 10, colour: COLOUR.muted });
    l.gap(10);
  }
  // A step without themes needs no "not grouped" heading above its only list.
  const onlyLoose = section.blocks.length === 1 && section.blocks[0]?.theme === null;
  for (const block of section.blocks) drawThemeBlock(l, m, block, !onlyLoose);
}

export function drawActions(l: Layout, m: ReportModel, asSection: boolean): void {
  const { labels } = m;
  if (asSection) l.sectionTitle(labels.actionsHeading);
  else l.subTitle(labels.actionsHeading, 80);
  if (!m.actions.length) {
    l.write(labels.noActions, { size: 10, colour: COLOUR.muted });
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
  l.write(labels.overviewIntro, { size: 10, colour: COLOUR.muted });
  l.gap(12);
  l.table(columns, rows);
}
