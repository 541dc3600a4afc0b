// Where the living social map puts its entries: one column (cluster) per stakeholder
// group, each entry a box with its name, ties as curves beneath the boxes. A pure
// function of the entries, the area and a text measurer, so the projector (SVG, measured
// with the browser's font) and the report (pdfkit, measured with the report's font) draw
// the same map. It picks the largest type at which every name fits whole in its box, in
// at most two lines, and no box overlaps another: names are never covered or cut.
import { GROUP_IDS, type GroupId } from './groups.js';

export interface LayoutEntry {
  id: string;
  name: string;
  group: GroupId;
  /** A second, smaller line under the name (what they offer); shortened when it does not fit. */
  detail: string;
}

export interface LayoutTie {
  from: string;
  to: string;
}

/** Width of `text` at `size` (bold for names). */
export type Measure = (text: string, size: number, bold: boolean) => number;

export interface MapBox {
  id: string;
  group: GroupId;
  x: number;
  y: number;
  w: number;
  h: number;
  nameLines: string[];
  detail: string;
}

export interface MapCluster {
  group: GroupId;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MapCurve {
  from: string;
  to: string;
  /** SVG path data (M … Q …), also drawn by the report. */
  start: [number, number];
  control: [number, number];
  end: [number, number];
}

export interface MapLayout {
  width: number;
  height: number;
  /** Names, in the size every box uses. */
  fontSize: number;
  detailSize: number;
  lineHeight: number;
  padding: number;
  clusters: MapCluster[];
  boxes: MapBox[];
  curves: MapCurve[];
  /** False when even the smallest type could not fit every name whole (names then end in "…"). */
  fits: boolean;
}

export interface LayoutOptions {
  width: number;
  height: number;
  measure: Measure;
  groupLabel: (group: GroupId) => string;
  maxFont: number;
  minFont: number;
}

const MAX_NAME_LINES = 2;

/** Words of `text` in lines no wider than `width`; null when a word alone is too wide or more lines are needed. */
export function wrapLines(text: string, width: number, size: number, measure: Measure, maxLines: number, bold = true): string[] | null {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next, size, bold) <= width) line = next;
    else {
      if (!line || measure(word, size, bold) > width) return null;
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length <= maxLines ? lines : null;
}

/** `text` cut to `width` with "…" when it does not fit on one line. */
export function fitLine(text: string, width: number, size: number, measure: Measure, bold = false): string {
  if (measure(text, size, bold) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`, size, bold) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export function layoutSocialMap(entries: readonly LayoutEntry[], ties: readonly LayoutTie[], o: LayoutOptions): MapLayout {
  const groups = GROUP_IDS.filter((g) => entries.some((e) => e.group === g)).length;
  // the largest type first; at one size, one band of clusters before two or three (a
  // portrait page or many groups fit bigger type in bands)
  for (let size = o.maxFont; size >= o.minFont; size -= 1) {
    for (let bands = 1; bands <= Math.min(3, Math.max(1, groups)); bands++) {
      const layout = attempt(entries, ties, o, size, bands, false);
      if (layout) return layout;
    }
  }
  return attempt(entries, ties, o, o.minFont, 1, true)!;
}

function attempt(entries: readonly LayoutEntry[], ties: readonly LayoutTie[], o: LayoutOptions, size: number, bands: number, force: boolean): MapLayout | null {
  const groups = GROUP_IDS.filter((g) => entries.some((e) => e.group === g));
  const detailSize = Math.max(o.minFont, Math.round(size * 0.72));
  const lineHeight = Math.round(size * 1.2);
  const padding = Math.round(size * 0.45);
  const gap = Math.round(size * 0.6);
  const header = Math.round(size * 1.5);
  const boxH = padding * 2 + lineHeight * MAX_NAME_LINES + Math.round(detailSize * 1.3);
  const bandGap = gap * 3;
  const bandH = (o.height - bandGap * (bands - 1)) / bands;
  // room above the clusters for the ties that arc over them
  const rowsFit = Math.floor((bandH - header - gap * 2) / (boxH + gap));
  const base = { width: o.width, height: o.height, fontSize: size, detailSize, lineHeight, padding, clusters: [], boxes: [], curves: [], fits: true };
  if (!groups.length) return base;
  if (rowsFit < 1) return force ? { ...base, fits: false } : null;

  // Columns per group: as many as its entries need at this size; a band's width is shared by its columns.
  const perGroup = groups.map((g) => entries.filter((e) => e.group === g));
  const columns = perGroup.map((list) => Math.max(1, Math.ceil(list.length / rowsFit)));
  const target = columns.reduce((a, b) => a + b, 0) / bands;
  const bandOf: number[] = [];
  let band = 0;
  let inBand = 0;
  columns.forEach((cols, gi) => {
    if (inBand > 0 && inBand + cols / 2 > target && band < bands - 1) {
      band++;
      inBand = 0;
    }
    bandOf[gi] = band;
    inBand += cols;
  });
  if (band < bands - 1) return null; // fewer bands filled than asked: the one-band try covers it
  const clusterGap = gap * 2;

  const clusters: MapCluster[] = [];
  const boxes: MapBox[] = [];
  let fits = true;
  for (let b = 0; b < bands; b++) {
    const members = groups.map((_, gi) => gi).filter((gi) => bandOf[gi] === b);
    const bandColumns = members.reduce((sum, gi) => sum + columns[gi]!, 0);
    const unit = (o.width - clusterGap * (members.length - 1)) / bandColumns;
    const boxW = unit - gap;
    if (boxW < size * 4) return force ? { ...base, fits: false } : null;
    const bandTop = b * (bandH + bandGap);
    let x = 0;
    for (const gi of members) {
      const group = groups[gi]!;
      const list = perGroup[gi]!;
      const cols = columns[gi]!;
      const w = cols * unit;
      const rows = Math.ceil(list.length / cols);
      const h = header + rows * (boxH + gap);
      const y = bandTop + Math.max(gap * 2, (bandH - h) / 2);
      clusters.push({ group, label: fitLine(o.groupLabel(group), w - gap, Math.round(size * 0.85), o.measure, true), x, y, w, h });
      list.forEach((entry, i) => {
        const col = Math.floor(i / rows);
        const row = i % rows;
        const inner = boxW - padding * 2;
        let lines = wrapLines(entry.name, inner, size, o.measure, MAX_NAME_LINES);
        if (!lines) {
          fits = false;
          lines = forceLines(entry.name, inner, size, o.measure);
        }
        boxes.push({
          id: entry.id,
          group,
          x: x + col * unit + gap / 2,
          y: y + header + row * (boxH + gap),
          w: boxW,
          h: boxH,
          nameLines: lines,
          detail: entry.detail ? fitLine(entry.detail, inner, detailSize, o.measure) : '',
        });
      });
      x += w + clusterGap;
    }
  }
  if (!fits && !force) return null;
  const byId = new Map(boxes.map((bx) => [bx.id, bx]));
  const bandIndex = (bx: MapBox) => Math.floor(bx.y / (bandH + bandGap));
  const curves: MapCurve[] = [];
  for (const tie of ties) {
    const a = byId.get(tie.from);
    const c = byId.get(tie.to);
    if (!a || !c || a === c) continue;
    const ba = bandIndex(a);
    if (ba !== bandIndex(c)) {
      curves.push(acrossBands(a, c, gap));
      continue;
    }
    const columnsX = [...new Set(boxes.filter((bx) => bandIndex(bx) === ba).map((bx) => bx.x))];
    const top = Math.min(...clusters.filter((cl) => Math.floor(cl.y / (bandH + bandGap)) === ba).map((cl) => cl.y));
    const between = columnsX.some((cx) => cx > Math.min(a.x, c.x) && cx < Math.max(a.x, c.x));
    curves.push(between ? arcOver(a, c, Math.max(2, top - gap)) : curve(a, c, gap));
  }
  return { ...base, clusters, boxes, curves, fits };
}

/**
 * From one band of clusters to another: between side edges, through the gaps between
 * columns, so the line visibly ends at its own box and not at a neighbour's top or bottom.
 */
function acrossBands(a: MapBox, b: MapBox, gap: number): MapCurve {
  const ac = a.x + a.w / 2;
  const bc = b.x + b.w / 2;
  if (Math.abs(ac - bc) < a.w / 2) {
    const start: [number, number] = [a.x + a.w, a.y + a.h / 2];
    const end: [number, number] = [b.x + b.w, b.y + b.h / 2];
    return { from: a.id, to: b.id, start, end, control: [Math.max(start[0], end[0]) + gap * 3, (start[1] + end[1]) / 2] };
  }
  const right = bc > ac;
  const start: [number, number] = [right ? a.x + a.w : a.x, a.y + a.h / 2];
  const end: [number, number] = [right ? b.x : b.x + b.w, b.y + b.h / 2];
  return { from: a.id, to: b.id, start, end, control: [end[0] + (right ? -gap : gap), start[1]] };
}

/** Two lines at most, the second ending in "…": only when even the smallest type cannot fit a name. */
function forceLines(text: string, width: number, size: number, measure: Measure): string[] {
  const words = text.trim().split(/\s+/);
  const first: string[] = [];
  while (words.length && measure([...first, words[0]].join(' '), size, true) <= width) first.push(words.shift()!);
  if (!first.length) return [fitLine(text, width, size, measure, true)];
  return words.length ? [first.join(' '), fitLine(words.join(' '), width, size, measure, true)] : [first.join(' ')];
}

/**
 * Side by side: from the facing edges, gently bowed. In one column: out of the right
 * edges, bowed to the right, so the line does not run behind the boxes between them.
 */
function curve(a: MapBox, b: MapBox, gap: number): MapCurve {
  const ac: [number, number] = [a.x + a.w / 2, a.y + a.h / 2];
  const bc: [number, number] = [b.x + b.w / 2, b.y + b.h / 2];
  if (Math.abs(ac[0] - bc[0]) < 1) {
    const start: [number, number] = [a.x + a.w, ac[1]];
    const end: [number, number] = [b.x + b.w, bc[1]];
    const bow = Math.min(gap * 2.5, Math.abs(end[1] - start[1]) / 2 + gap);
    return { from: a.id, to: b.id, start, end, control: [start[0] + bow, (start[1] + end[1]) / 2] };
  }
  const leftToRight = ac[0] < bc[0];
  const start: [number, number] = [leftToRight ? a.x + a.w : a.x, ac[1]];
  const end: [number, number] = [leftToRight ? b.x : b.x + b.w, bc[1]];
  const mid: [number, number] = [(start[0] + end[0]) / 2, (start[1] + end[1]) / 2];
  return { from: a.id, to: b.id, start, end, control: [mid[0], mid[1] - gap] };
}

/**
 * Across other columns: out of the top edges and over the clusters, so the line stays in
 * sight instead of running behind the boxes on its way. Its highest point is `peak`.
 */
function arcOver(a: MapBox, b: MapBox, peak: number): MapCurve {
  const start: [number, number] = [a.x + a.w / 2, a.y];
  const end: [number, number] = [b.x + b.w / 2, b.y];
  // a quadratic curve is highest halfway: y = (start + 2·control + end) / 4
  const control: [number, number] = [(start[0] + end[0]) / 2, (4 * peak - start[1] - end[1]) / 2];
  return { from: a.id, to: b.id, start, end, control };
}

export function curvePath(c: MapCurve): string {
  const f = (n: number) => n.toFixed(1);
  return `M ${f(c.start[0])} ${f(c.start[1])} Q ${f(c.control[0])} ${f(c.control[1])} ${f(c.end[0])} ${f(c.end[1])}`;
}
