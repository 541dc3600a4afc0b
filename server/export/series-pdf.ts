// The series report as an A4 PDF, in the series' language: what a municipality puts in
// its council letter. Set up like the meeting report (pdf-document.ts, pdf-layout.ts) and
// rendered in the same worker thread (pdf-offthread.ts), never on the server's event loop.
import { COLOUR, FONT, type Layout } from './pdf-layout.js';
import { openReportDocument } from './pdf-document.js';
import { buildSeriesReport, type MeetingBlock, type SeriesReportInput, type SeriesReportModel } from './series-report-model.js';
import { drawLegend, drawTimeline } from './series-timeline-pdf.js';
import { drawCoverPage } from './pdf-sections.js';

const MAX_TEXT = 1500;
const MAX_CELL = 800;

export async function renderSeriesPdf(input: SeriesReportInput): Promise<Buffer> {
  const m = buildSeriesReport(input);
  const { layout: l, finish } = openReportDocument({ lang: m.lang, title: m.title, author: m.organiser, subject: m.labels.reportSubtitle });
  drawCover(l, m);
  drawAmbition(l, m);
  l.sectionTitle(m.labels.meetingsHeading, { newPage: false, keepWith: 160 });
  for (const block of m.meetings) drawMeeting(l, m, block);
  l.sectionTitle(m.labels.timelineHeading);
  l.para(m.labels.timelineIntro, { size: 10, colour: COLOUR.muted });
  l.gap(8);
  if (m.timeline.length) {
    drawLegend(l, m);
    drawTimeline(l, m);
  } else l.para(m.labels.noActions, { size: 10, colour: COLOUR.muted });
  drawHelped(l, m);
  drawOpen(l, m);
  return finish(m.report.page);
}

function drawCover(l: Layout, m: SeriesReportModel): void {
  const facts: [string, string][] = [];
  if (m.organiser.trim()) facts.push([m.labels.organiser, m.organiser]);
  if (m.period) facts.push([m.labels.period, m.period]);
  facts.push([m.labels.meetingCount, String(m.meetings.length)], [m.report.horizon, m.report.horizonValue(m.horizonYear)]);
  drawCoverPage(l, { kicker: m.labels.reportTitle, title: m.title, subtitle: m.labels.reportSubtitle, facts, notes: [m.summary], footer: m.exportedOn });
}

function drawAmbition(l: Layout, m: SeriesReportModel): void {
  const { labels } = m;
  l.sectionTitle(labels.ambitionHeading);
  if (m.ambitionNow) {
    l.callout(labels.ambitionNow(m.horizonYear), l.text.clip(m.ambitionNow, MAX_TEXT));
  } else {
    l.para(labels.noAmbition, { size: 10, colour: COLOUR.muted });
    l.gap(10);
  }
  if (!m.ambitions.length) return;
  const word = { first: labels.ambitionFirst, same: labels.ambitionSame, changed: labels.ambitionChanged, none: labels.noAmbition };
  l.subTitle(labels.ambitionHistory, 40);
  l.table(
    [
      { header: m.labels.meeting, share: 0.2 },
      { header: m.report.status, share: 0.18 },
      { header: labels.ambitionHeading, share: 0.62 },
    ],
    m.ambitions.map((s) => ({
      // The text is repeated only where it was chosen or changed: "unchanged" says the rest.
      cells: [s.meeting, s.change === 'none' ? '—' : word[s.change], s.text && s.change !== 'same' ? l.text.clip(s.text, MAX_CELL) : s.change === 'none' ? labels.noAmbition : ''],
    })),
    true,
  );
}

/** A short list under a bold label: the meeting's themes or its decisions. */
function labelledList(l: Layout, label: string, items: string[], empty: string): void {
  const { doc } = l;
  const indent = 14;
  l.ensureSpace(40);
  l.para(label, { font: FONT.bold, size: 9.5 });
  l.gap(2);
  if (!items.length) {
    l.para(empty, { size: 9.5, colour: COLOUR.muted, x: l.left + indent });
    l.gap(6);
    return;
  }
  l.begin('L');
  for (const item of items) {
    const text = l.text.clip(item, MAX_CELL);
    l.ensureSpace(l.measure(text, FONT.regular, 9.5, l.width - indent));
    const top = doc.y;
    l.begin('LI');
    l.artifact(() => doc.circle(l.left + 5, top + 6.5, 1.6).fill(COLOUR.accent));
    l.begin('LBody');
    l.para(text, { size: 9.5, x: l.left + indent, width: l.width - indent });
    l.end();
    l.end();
    l.gap(2);
  }
  l.end();
  l.gap(6);
}

function drawMeeting(l: Layout, m: SeriesReportModel, b: MeetingBlock): void {
  const { labels } = m;
  l.subTitle(`${b.label} · ${l.text.clip(b.title, 200)}`, 90);
  l.para([b.date, b.place ? l.text.clip(b.place, 200) : ''].filter(Boolean).join(' · '), { size: 9.5, colour: COLOUR.muted });
  l.gap(6);
  const present = b.present.length ? b.present.join(', ') : labels.noParticipants;
  l.para(`${labels.atTheTable}: ${present}`, { size: 9.5 });
  l.para(b.missing.length ? `${labels.missing}: ${b.missing.join(', ')}` : labels.nobodyMissing, { size: 9.5 });
  if (b.anonymous) l.para(labels.anonymousMeeting, { size: 8.5, colour: COLOUR.muted });
  l.gap(6);
  labelledList(l, labels.mainThemes, b.themes, labels.noThemes);
  labelledList(l, labels.decisions, b.decisions, labels.noDecisions);
  l.gap(4);
  l.rule();
  l.gap(4);
}

function drawHelped(l: Layout, m: SeriesReportModel): void {
  const { labels } = m;
  l.sectionTitle(labels.helpedHeading, { newPage: false, keepWith: 80 });
  l.para(labels.helpedIntro, { size: 10, colour: COLOUR.muted });
  l.gap(6);
  if (!m.helped.length) {
    l.para(labels.noHelped, { size: 10, colour: COLOUR.muted });
    return;
  }
  for (const block of m.helped) {
    labelledList(l, l.text.clip(block.what, 300), block.notes.map((n) => `“${n.text}” (${n.meeting})`), '');
  }
}

function drawOpen(l: Layout, m: SeriesReportModel): void {
  const { labels, report } = m;
  const clip = (s: string): string => l.text.clip(s, MAX_CELL);
  const columns = [
    { header: report.what, share: 0.3 },
    { header: report.owner, share: 0.16 },
    { header: report.due, share: 0.14 },
    { header: report.status, share: 0.24 },
    { header: labels.since, share: 0.16 },
  ];
  const rows = m.open.map((o) => ({ cells: [clip(o.what), clip(o.owner), o.due, clip(o.note ? `${o.status}: ${o.note}` : o.status), o.since] }));
  l.sectionTitle(labels.openHeading, { newPage: false, keepWith: rows.length ? Math.min(l.tableHeight(columns, rows), 200) : 40 });
  l.para(labels.openIntro, { size: 10, colour: COLOUR.muted });
  l.gap(8);
  if (rows.length) l.table(columns, rows);
  else l.para(labels.nothingOpen, { size: 10, colour: COLOUR.muted });
}
