// The living social map in the report: a vector drawing (boxes, curves and text, drawn with
// pdfkit; the same layout as the projector's, shared/social-map-layout.ts), then a table
// of who offers what. The drawing is marked as decoration for screen readers: the table
// says everything it shows, ties included ("works with").
import { GROUP_NAMES_PLURAL } from '../../shared/i18n/names.js';
import type { GroupId } from '../../shared/groups.js';
import { layoutSocialMap } from '../../shared/social-map-layout.js';
import { COLOUR, FONT, type Column, type Layout } from './pdf-layout.js';
import { offersText } from './report-map.js';
import type { ReportModel } from './report-model.js';

const MAP_HEIGHT = 340;
const MAX_CELL_CHARS = 400;

// Soft fills and strong borders per group, as on the projector (client/src/styles/base.css).
const GROUP_COLOURS: Record<GroupId, [string, string]> = {
  carer: ['#fff0b3', '#c99a00'],
  volunteer: ['#d8f0cf', '#4c9a3a'],
  professional: ['#d3e6fa', '#3b7dc4'],
  organisation: ['#e6dcf7', '#7a5cc0'],
  municipality: ['#ffdcc7', '#d9733b'],
  other: ['#e9e9e6', '#8a8a84'],
};

export function drawSocialMap(l: Layout, m: ReportModel): void {
  const map = m.socialMap;
  if (!map) return;
  const { labels } = map;
  const { doc } = l;
  l.sectionTitle(labels.mapHeading);
  l.para(labels.mapIntro, { size: 10, colour: COLOUR.muted });
  if (map.anyContact) l.para(labels.mapPrivacy, { size: 10, colour: COLOUR.muted });
  l.gap(12);

  const layout = layoutSocialMap(
    map.rows.map((r) => ({ id: r.entry.id, name: l.text.clean(r.entry.name), group: r.entry.group, detail: l.text.clean(offersText(r.entry, m.lang)) })),
    map.ties,
    {
      width: l.width,
      height: MAP_HEIGHT,
      measure: (text, size, bold) => doc.font(bold ? FONT.bold : FONT.regular).fontSize(size).widthOfString(text),
      groupLabel: (g) => GROUP_NAMES_PLURAL[g][m.lang],
      maxFont: 13,
      minFont: 6,
    },
  );
  l.ensureSpace(MAP_HEIGHT + 20);
  const ox = l.left;
  const oy = doc.y;
  l.artifact(() => {
    for (const c of layout.clusters) {
      const [fill, stroke] = GROUP_COLOURS[c.group];
      doc.roundedRect(ox + c.x, oy + c.y, c.w, c.h, 4).lineWidth(0.6).fillOpacity(0.35).fillAndStroke(fill, stroke);
      doc.fillOpacity(1).font(FONT.bold).fontSize(Math.round(layout.fontSize * 0.85)).fillColor(COLOUR.text);
      doc.text(c.label, ox + c.x + layout.padding, oy + c.y + layout.fontSize * 0.3, { lineBreak: false });
    }
    doc.lineWidth(1).strokeColor(COLOUR.accent);
    for (const c of layout.curves) {
      doc.moveTo(ox + c.start[0], oy + c.start[1]).quadraticCurveTo(ox + c.control[0], oy + c.control[1], ox + c.end[0], oy + c.end[1]).stroke();
    }
    for (const b of layout.boxes) {
      const [fill, stroke] = GROUP_COLOURS[b.group];
      doc.roundedRect(ox + b.x, oy + b.y, b.w, b.h, 3).lineWidth(1).fillAndStroke(fill, stroke);
      doc.font(FONT.bold).fontSize(layout.fontSize).fillColor(COLOUR.text);
      b.nameLines.forEach((line, i) => doc.text(line, ox + b.x + layout.padding, oy + b.y + layout.padding + layout.lineHeight * i, { lineBreak: false }));
      if (b.detail) {
        doc.font(FONT.regular).fontSize(layout.detailSize).fillColor(COLOUR.muted);
        doc.text(b.detail, ox + b.x + layout.padding, oy + b.y + b.h - layout.padding - layout.detailSize * 1.2, { lineBreak: false });
      }
    }
  });
  doc.x = l.left;
  doc.y = oy + MAP_HEIGHT + 16;

  const clip = (s: string): string => l.text.clip(s, MAX_CELL_CHARS);
  // the group under the name: the table stays readable in the width of a page
  const columns: Column[] = [
    { header: labels.entry, share: map.anyContact ? 0.26 : 0.3 },
    { header: labels.offers, share: map.anyContact ? 0.22 : 0.26 },
    { header: labels.forWhom, share: map.anyContact ? 0.15 : 0.2 },
    { header: labels.worksWith, share: map.anyContact ? 0.17 : 0.24 },
    ...(map.anyContact ? [{ header: labels.contact, share: 0.2 }] : []),
  ];
  l.table(
    columns,
    map.rows.map((r) => ({
      cells: [`${clip(r.entry.name)}\n${r.group}`, clip(r.offers), clip(r.forWhom), clip(r.worksWith), ...(map.anyContact ? [clip(r.contact)] : [])],
    })),
    true,
  );
}

/** Discover's close: what the room wants to keep. */
export function drawPositiveCore(l: Layout, m: ReportModel): void {
  if (!m.positiveCore.length) return;
  l.subTitle(m.mapLabels.positiveCore, 40 + m.positiveCore.length * 16);
  l.para(m.mapLabels.positiveCoreIntro, { size: 10, colour: COLOUR.muted });
  l.gap(4);
  l.begin('L');
  for (const name of m.positiveCore) {
    l.begin('LI');
    l.tag('LBody', () => l.write(`•  ${l.text.clip(name, 300)}`, { font: FONT.bold, size: 10.5 }));
    l.end();
    l.gap(3);
  }
  l.end();
  l.gap(10);
}
