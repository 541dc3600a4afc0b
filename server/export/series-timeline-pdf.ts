// The action timeline of the series report: one row per action, one cell per meeting with
// a status mark, the status word and the short note. The marks differ in shape, not only in
// colour (open ring, half-filled, filled with a tick, a bar, a cross), so the timeline reads
// in black and white; a line joins an action's marks from meeting to meeting. The marks and
// lines are artifacts; the words are a tagged table a screen reader reads row by row.
import type { ActionStatus } from '../../shared/board-fields.js';
import { ACTION_STATUSES } from '../../shared/board-fields.js';
import { COLOUR, FONT, type Layout } from './pdf-layout.js';
import type { SeriesReportModel, TimelineCell, TimelineRow } from './series-report-model.js';

/** More meetings than this side by side make cells too narrow: the table is split. */
const MEETINGS_PER_TABLE = 4;
const PAD = 6;
const MARK = 5.5;
const WORD_SIZE = 9;
const NOTE_SIZE = 8;
const NOTE_CHARS = 140;
const CELL_CHARS = 300;

function mark(l: Layout, status: ActionStatus, cx: number, cy: number): void {
  const { doc } = l;
  const ink = COLOUR.accent;
  doc.lineWidth(1.2).strokeColor(ink).fillColor(ink);
  switch (status) {
    case 'planned':
      doc.circle(cx, cy, MARK).fillAndStroke('#ffffff', ink);
      break;
    case 'under-way':
      doc.circle(cx, cy, MARK).fillAndStroke('#ffffff', ink);
      // The left half filled: started, not finished.
      doc.path(`M ${cx} ${cy - MARK} A ${MARK} ${MARK} 0 0 0 ${cx} ${cy + MARK} Z`).fill(ink);
      break;
    case 'done':
      doc.circle(cx, cy, MARK).fillAndStroke(ink, ink);
      doc.moveTo(cx - 2.8, cy + 0.2).lineTo(cx - 0.8, cy + 2.3).lineTo(cx + 3, cy - 2.2).lineWidth(1.4).strokeColor('#ffffff').stroke();
      break;
    case 'stuck':
      doc.circle(cx, cy, MARK).fillAndStroke(ink, ink);
      doc.rect(cx - 3.3, cy - 0.9, 6.6, 1.8).fill('#ffffff');
      break;
    case 'dropped':
      doc.circle(cx, cy, MARK).fillAndStroke('#ffffff', ink);
      doc.moveTo(cx - 2.6, cy - 2.6).lineTo(cx + 2.6, cy + 2.6).moveTo(cx + 2.6, cy - 2.6).lineTo(cx - 2.6, cy + 2.6).lineWidth(1.2).strokeColor(ink).stroke();
      break;
  }
}

/** The marks and their words in one line, before the first table. */
export function drawLegend(l: Layout, m: SeriesReportModel): void {
  const { doc } = l;
  l.ensureSpace(30);
  const y = doc.y;
  const title = `${m.labels.legend}:`;
  const words = ACTION_STATUSES.map((s) => m.report.statusNames[s]);
  // Positions first: the marks are artifacts and may not sit inside the paragraph's content.
  doc.font(FONT.bold).fontSize(8.5);
  let x = l.left + doc.widthOfString(title) + 10;
  doc.font(FONT.regular);
  const at = words.map((word) => {
    const markX = x;
    x += 2 * MARK + 4;
    const wordX = x;
    x += doc.widthOfString(word) + 12;
    return { markX, wordX };
  });
  l.artifact(() => ACTION_STATUSES.forEach((status, i) => mark(l, status, (at[i]?.markX ?? 0) + MARK, y + 5.5)));
  l.tag('P', () => {
    doc.font(FONT.bold).fontSize(8.5).fillColor(COLOUR.muted).text(title, l.left, y, { lineBreak: false });
    words.forEach((word, i) => void doc.font(FONT.regular).fontSize(8.5).fillColor(COLOUR.text).text(word, at[i]?.wordX ?? 0, y, { lineBreak: false }));
  }, { actual: `${title} ${words.join(', ')}` });
  doc.x = l.left;
  doc.y = y + 20;
}

interface Geometry {
  firstWidth: number;
  cellWidth: number;
}

function rowHeaderParts(l: Layout, m: SeriesReportModel, row: TimelineRow): { what: string; meta: string } {
  const meta = [row.owner ? `${m.report.owner}: ${l.text.clip(row.owner, 120)}` : '', row.due ? `${m.report.due}: ${row.due}` : ''].filter(Boolean).join(' · ');
  return { what: l.text.clip(row.what, CELL_CHARS) || '—', meta };
}

function cellParts(l: Layout, cell: TimelineCell): { word: string; note: string } {
  return { word: cell.word, note: cell.note ? l.text.clip(cell.note, NOTE_CHARS) : '' };
}

function rowHeight(l: Layout, m: SeriesReportModel, row: TimelineRow, cells: (TimelineCell | null)[], g: Geometry): number {
  const { what, meta } = rowHeaderParts(l, m, row);
  const w = g.firstWidth - 2 * PAD;
  const head = l.measure(what, FONT.bold, 9, w, 1.5) + (meta ? 2 + l.measure(meta, FONT.regular, 8, w, 1) : 0);
  const cw = g.cellWidth - 2 * PAD;
  const cellHeights = cells.map((c) => {
    if (!c) return 2 * MARK;
    const { word, note } = cellParts(l, c);
    return 2 * MARK + 4 + l.measure(word, FONT.bold, WORD_SIZE, cw, 1) + (note ? 2 + l.measure(note, FONT.regular, NOTE_SIZE, cw, 1) : 0);
  });
  return Math.max(head, ...cellHeights) + 2 * PAD;
}

function drawHeader(l: Layout, headers: string[], g: Geometry, repeated: boolean): void {
  const { doc } = l;
  const top = doc.y;
  const heights = headers.map((h, i) => l.measure(h, FONT.bold, 8.5, (i === 0 ? g.firstWidth : g.cellWidth) - 2 * PAD, 1));
  const height = Math.max(...heights) + 2 * PAD;
  if (!repeated) {
    l.begin('THead');
    l.begin('TR');
  }
  let x = l.left;
  headers.forEach((h, i) => {
    const w = i === 0 ? g.firstWidth : g.cellWidth;
    const left = x;
    const draw = (): void => void doc.font(FONT.bold).fontSize(8.5).fillColor(COLOUR.accent).text(h, left + PAD, top + PAD, { width: w - 2 * PAD, lineGap: 1 });
    if (repeated) l.artifact(draw, 'Pagination');
    else l.tag('TH', draw, { scope: 'Column', actual: h.replace('\n', ', ') });
    x += w;
  });
  if (!repeated) {
    l.end();
    l.end();
  }
  doc.x = l.left;
  doc.y = top + height;
  l.rule(COLOUR.accent, 1);
}

function drawRow(l: Layout, m: SeriesReportModel, row: TimelineRow, cells: (TimelineCell | null)[], g: Geometry, height: number): void {
  const { doc } = l;
  const top = doc.y;
  const { what, meta } = rowHeaderParts(l, m, row);
  const markY = top + PAD + MARK;
  const centres = cells.map((_, i) => l.left + g.firstWidth + i * g.cellWidth + PAD + MARK);

  // The line through the meetings that held the action, drawn first so the marks sit on it.
  l.artifact(() => {
    let from: number | null = null;
    cells.forEach((c, i) => {
      const x = centres[i] ?? 0;
      if (c && from !== null) doc.moveTo(from, markY).lineTo(x, markY).lineWidth(1.2).strokeColor(COLOUR.rule).stroke();
      from = c ? x : from;
    });
  });

  l.begin('TR');
  l.tag('TH', () => {
    doc.font(FONT.bold).fontSize(9).fillColor(COLOUR.text).text(what, l.left + PAD, top + PAD, { width: g.firstWidth - 2 * PAD, lineGap: 1.5 });
    if (meta) doc.font(FONT.regular).fontSize(8).fillColor(COLOUR.muted).text(meta, l.left + PAD, doc.y + 2, { width: g.firstWidth - 2 * PAD, lineGap: 1 });
  }, { scope: 'Row', actual: meta ? `${what}. ${meta}` : what });
  cells.forEach((cell, i) => {
    const left = l.left + g.firstWidth + i * g.cellWidth;
    const w = g.cellWidth - 2 * PAD;
    if (!cell) {
      l.tag('TD', () => void doc.font(FONT.regular).fontSize(WORD_SIZE).fillColor(COLOUR.muted).text(m.labels.notInMeeting, left + PAD, markY - 5, { width: w }));
      return;
    }
    l.artifact(() => mark(l, cell.status, centres[i] ?? 0, markY));
    const { word, note } = cellParts(l, cell);
    l.tag('TD', () => {
      doc.font(FONT.bold).fontSize(WORD_SIZE).fillColor(COLOUR.text).text(word, left + PAD, markY + MARK + 4, { width: w, lineGap: 1 });
      if (note) doc.font(FONT.regular).fontSize(NOTE_SIZE).fillColor(COLOUR.muted).text(note, left + PAD, doc.y + 2, { width: w, lineGap: 1 });
    }, note ? { actual: `${word}: ${note}` } : {});
  });
  l.end();
  doc.x = l.left;
  doc.y = top + height;
  l.rule();
}

/** One table per group of at most MEETINGS_PER_TABLE meetings. */
export function drawTimeline(l: Layout, m: SeriesReportModel): void {
  const meetingCount = m.meetings.length;
  for (let from = 0; from < meetingCount; from += MEETINGS_PER_TABLE) {
    const to = Math.min(meetingCount, from + MEETINGS_PER_TABLE);
    const shown = m.meetings.slice(from, to);
    const firstWidth = l.width * 0.3;
    const g: Geometry = { firstWidth, cellWidth: (l.width - firstWidth) / Math.max(shown.length, 1) };
    const headers = [m.labels.action, ...shown.map((b) => `${b.label}\n${b.shortDate}`)];
    if (meetingCount > MEETINGS_PER_TABLE) l.subTitle(`${shown[0]?.label ?? ''} – ${shown[shown.length - 1]?.label ?? ''}`, 80);
    const rows = m.timeline
      .map((row) => ({ row, cells: row.cells.slice(from, to) }))
      // An action that none of these meetings held has nothing to show here.
      .filter(({ cells }) => cells.some((c) => c !== null));
    const heights = rows.map(({ row, cells }) => rowHeight(l, m, row, cells, g));
    l.ensureSpace(60 + (heights[0] ?? 0));
    l.begin('Table');
    drawHeader(l, headers, g, false);
    l.begin('TBody');
    rows.forEach(({ row, cells }, i) => {
      const height = heights[i] ?? 0;
      if (l.doc.y + height > l.bottom) {
        l.newPage();
        drawHeader(l, headers, g, true);
      }
      drawRow(l, m, row, cells, g, height);
    });
    l.end();
    l.end();
    l.gap(16);
  }
}
