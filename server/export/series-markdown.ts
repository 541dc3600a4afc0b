// The series report as Markdown, to paste into a council letter, e-mail or intranet page.
// Same content as the PDF (series-report-model.ts); every text a person typed is escaped.
import { escapeMarkdown as esc } from './markdown.js';
import { buildSeriesReport, type SeriesReportInput } from './series-report-model.js';

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const table = (header: string[], rows: string[][]): string[] => [row(header), row(header.map(() => '---')), ...rows.map(row)];

export function toSeriesMarkdown(input: SeriesReportInput): string {
  const m = buildSeriesReport(input);
  const { labels, report } = m;
  const out: string[] = [`# ${esc(m.title)}`, '', `_${labels.reportTitle} · ${labels.reportSubtitle}_`, ''];
  if (m.organiser.trim()) out.push(`- **${labels.organiser}:** ${esc(m.organiser)}`);
  if (m.period) out.push(`- **${labels.period}:** ${m.period}`);
  out.push(`- **${labels.meetingCount}:** ${m.meetings.length}`, `- **${report.horizon}:** ${m.horizonYear}`, '', m.summary, '');

  out.push(`## ${labels.ambitionHeading}`, '');
  out.push(m.ambitionNow ? `**${labels.ambitionNow(m.horizonYear)}:** ${esc(m.ambitionNow)}` : `_${labels.noAmbition}_`, '');
  if (m.ambitions.length) {
    const word = { first: labels.ambitionFirst, same: labels.ambitionSame, changed: labels.ambitionChanged, none: '—' };
    const rows = m.ambitions.map((s) => [s.meeting, word[s.change], s.text && s.change !== 'same' ? esc(s.text) : s.change === 'none' ? labels.noAmbition : '']);
    out.push(`### ${labels.ambitionHistory}`, '', ...table([labels.meeting, report.status, labels.ambitionHeading], rows), '');
  }

  out.push(`## ${labels.meetingsHeading}`, '');
  for (const b of m.meetings) {
    out.push(`### ${b.label} · ${esc(b.title)}`, '', `_${[b.date, b.place ? esc(b.place) : ''].filter(Boolean).join(' · ')}_`, '');
    out.push(`- **${labels.atTheTable}:** ${b.present.length ? b.present.join(', ') : labels.noParticipants}`);
    out.push(b.missing.length ? `- **${labels.missing}:** ${b.missing.join(', ')}` : `- ${labels.nobodyMissing}`);
    if (b.anonymous) out.push(`- _${labels.anonymousMeeting}_`);
    out.push('', `**${labels.mainThemes}**`, '', ...(b.themes.length ? b.themes.map((t) => `- ${esc(t)}`) : [`_${labels.noThemes}_`]), '');
    out.push(`**${labels.decisions}**`, '', ...(b.decisions.length ? b.decisions.map((d) => `- ${esc(d)}`) : [`_${labels.noDecisions}_`]), '');
  }

  out.push(`## ${labels.timelineHeading}`, '', labels.timelineIntro, '');
  if (m.timeline.length) {
    const header = [labels.action, report.owner, ...m.meetings.map((b) => `${b.label} (${b.shortDate})`)];
    const rows = m.timeline.map((r) => [
      esc(r.what),
      esc(r.owner),
      ...r.cells.map((c) => (c ? `${c.word}${c.note ? `: ${esc(c.note)}` : ''}` : labels.notInMeeting)),
    ]);
    out.push(...table(header, rows), '');
  } else out.push(`_${labels.noActions}_`, '');

  out.push(`## ${labels.helpedHeading}`, '', labels.helpedIntro, '');
  if (!m.helped.length) out.push(`_${labels.noHelped}_`, '');
  for (const block of m.helped) {
    out.push(`**${esc(block.what)}**`, '', ...block.notes.map((n) => `- “${esc(n.text)}” (${n.meeting})`), '');
  }

  out.push(`## ${labels.openHeading}`, '', labels.openIntro, '');
  if (m.open.length) {
    const rows = m.open.map((o) => [esc(o.what), esc(o.owner), o.due, o.note ? `${o.status}: ${esc(o.note)}` : o.status, o.since]);
    out.push(...table([report.what, report.owner, report.due, report.status, labels.since], rows), '');
  } else out.push(`_${labels.nothingOpen}_`, '');

  out.push(`_${m.exportedOn}_`, '');
  return out.join('\n');
}
