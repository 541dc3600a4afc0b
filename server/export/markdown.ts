// The results report as Markdown, to paste into an e-mail, wiki or intranet page.
// Same sections as the PDF (report-model.ts). Everything a participant wrote is escaped,
// so a note can never turn into a link, an image, a heading or HTML.
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import { buildReport, voteLine, type NoteItem, type ReportModel, type StepSection } from './report-model.js';

// Inline constructs (code, emphasis, links, HTML, entities, tables, strikethrough, math,
// e-mail autolinks) can start anywhere; block constructs only at the start of the text,
// which always follows our own list marker or label. Escaping only what can act keeps
// pasted text readable.
const INLINE = /[\\`*_[\]<>|~&$@]/g;

/** User text as literal Markdown inline content, on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE, '\\$&')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^([#+\-=>])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function noteLines(item: NoteItem, m: ReportModel): string[] {
  const meta = [voteLine(item.tally, m.lang, m.combinedGroups), item.groupName, item.authorName ? escapeMarkdown(item.authorName) : null].filter(Boolean);
  const lines = [`- ${escapeMarkdown(item.note.text)}${meta.length ? `  \n  _${meta.join(' · ')}_` : ''}`];
  if (item.linkedText) lines.push(`  - ${m.labels.linkedTo}: ${escapeMarkdown(item.linkedText)}`);
  if (item.note.firstAction) lines.push(`  - ${m.labels.firstAction}: ${escapeMarkdown(item.note.firstAction)}`);
  if (item.note.factors) lines.push(`  - ${m.labels.successFactors}: ${escapeMarkdown(item.note.factors)}`);
  if (item.interviewerName) lines.push(`  - ${m.labels.interviewedBy}: ${escapeMarkdown(item.interviewerName)}`);
  if (item.buildsOn.length) lines.push(`  - ${m.mapLabels.buildsOn}: ${item.buildsOn.map(escapeMarkdown).join(', ')}`);
  return lines;
}

function table(header: string[], rows: string[][], numericFrom = Infinity): string[] {
  const align = header.map((_, i) => (i >= numericFrom ? '---:' : '---'));
  return [`| ${header.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function reviewLines(m: ReportModel): string[] {
  const { labels } = m;
  const out = [`### ${labels.reviewHeading}`, ''];
  if (!m.review.length) return [...out, `_${labels.noReview}_`, ''];
  const rows = m.review.map((r) => [
    escapeMarkdown(r.action.what),
    escapeMarkdown(r.action.owner),
    r.due,
    r.note ? `${r.status}: ${escapeMarkdown(r.note)}` : r.status,
    r.helped.map(escapeMarkdown).join(' · '),
  ]);
  return [...out, ...table([labels.what, labels.owner, labels.due, labels.status, labels.whatHelped], rows), ''];
}

function stepLines(section: StepSection, m: ReportModel): string[] {
  const out = [`## ${section.name}`, '', `> ${escapeMarkdown(section.question)}`, ''];
  // The review's notes are what helped each action: they stand in the action's row.
  if (section.step === 'review') return [...out, ...reviewLines(m)];
  if (section.step === 'dream') {
    if (section.sharedAmbition) {
      const votes = voteLine(section.sharedAmbition.tally, m.lang, m.combinedGroups);
      out.push(`**${m.labels.sharedAmbition(m.horizonYear)}:** ${escapeMarkdown(section.sharedAmbition.note.text)}`);
      if (votes) out.push(`_${votes}_`);
      out.push('');
      if (section.blocks.length) out.push(`**${m.labels.otherAmbitions}**`, '');
    } else if (section.noteCount) {
      out.push(`_${m.labels.noSharedAmbition}_`, '');
    }
  }
  if (!section.noteCount) out.push(`_${m.labels.noNotes}_`, '');
  const onlyLoose = section.blocks.length === 1 && section.blocks[0]?.theme === null;
  for (const block of section.blocks) {
    if (onlyLoose) {
      for (const item of block.notes) out.push(...noteLines(item, m));
      out.push('');
      continue;
    }
    const votes = voteLine(block.tally, m.lang, m.combinedGroups);
    const name = block.theme ? escapeMarkdown(block.theme.name) : m.labels.ungrouped;
    out.push(`### ${name}`, '');
    if (votes) out.push(`_${votes}_`, '');
    for (const item of block.notes) out.push(...noteLines(item, m));
    out.push('');
  }
  if (section.step === 'discover' && m.positiveCore.length) {
    out.push(`### ${m.mapLabels.positiveCore}`, '', m.mapLabels.positiveCoreIntro, '', ...m.positiveCore.map((name) => `- ${escapeMarkdown(name)}`), '');
  }
  return out;
}

function mapLines(m: ReportModel): string[] {
  const map = m.socialMap;
  if (!map) return [];
  const { labels } = map;
  const out = [`## ${labels.mapHeading}`, '', labels.mapIntro, ''];
  if (map.anyContact) out.push(labels.mapPrivacy, '');
  const header = [labels.entry, labels.group, labels.offers, labels.forWhom, labels.worksWith, ...(map.anyContact ? [labels.contact] : [])];
  const rows = map.rows.map((r) => [r.entry.name, r.group, r.offers, r.forWhom, r.worksWith, ...(map.anyContact ? [r.contact] : [])].map(escapeMarkdown));
  return [...out, ...table(header, rows), ''];
}

function actionLines(m: ReportModel, level: '##' | '###'): string[] {
  const { labels } = m;
  const out = [`${level} ${labels.actionsHeading}`, ''];
  if (!m.actions.length) return [...out, `_${labels.noActions}_`, ''];
  const rows = m.actions.map((a) => [escapeMarkdown(a.action.what), escapeMarkdown(a.action.owner), a.due, a.level, a.aspect]);
  return [...out, ...table([labels.what, labels.owner, labels.due, labels.level, labels.aspect], rows), ''];
}

export function toMarkdown(snapshot: WorkshopSnapshot): string {
  const m = buildReport(snapshot);
  const { labels } = m;
  const out: string[] = [`# ${escapeMarkdown(m.title)}`, '', `_${labels.reportSubtitle}_`, ''];
  out.push(`- **${labels.date}:** ${m.date}`);
  if (m.facilitator.trim()) out.push(`- **${labels.facilitator}:** ${escapeMarkdown(m.facilitator)}`);
  if (m.place.trim()) out.push(`- **${labels.place}:** ${escapeMarkdown(m.place)}`);
  out.push(`- **${labels.horizon}:** ${m.horizonYear}`, '', m.summary, '');
  if (m.neverRevealed) out.push(`_${m.neverRevealed}_`, '');

  out.push(`## ${labels.participantsHeading}`, '', labels.participantsIntro(m.participantCount), '');
  if (m.anonymous) out.push(labels.anonymousNote, '');
  if (m.combinedNote) out.push(m.combinedNote, '');
  if (m.groups.length) {
    const rows = m.groups.map((g) => (m.anonymous ? [g.label, String(g.count)] : [g.label, String(g.count), g.names.map(escapeMarkdown).join(', ')]));
    const header = m.anonymous ? [labels.group, labels.count] : [labels.group, labels.count, labels.names];
    out.push(...table(header, rows), '');
  }
  if (m.missingGroups.length) out.push(labels.missingGroups(m.missingGroups.join(', ')), '');

  for (const section of m.sections) {
    out.push(...stepLines(section, m));
    if (section.step === 'discover' && m.interviewFactors.length) {
      out.push(`### ${labels.interviewsHeading}`, '', labels.interviewsIntro(m.interviewFactors.length), '');
      for (const item of m.interviewFactors) out.push(...noteLines(item, m));
      out.push('');
    }
    if (section.step === 'deliver') out.push(...actionLines(m, '###'));
  }
  if (!m.sections.some((s) => s.step === 'deliver') && m.actions.length) out.push(...actionLines(m, '##'));
  out.push(...mapLines(m));

  out.push(`## ${labels.overviewHeading}`, '', labels.overviewIntro, '');
  out.push(...table(m.overview.columns, m.overview.rows.map((r) => [r.label, ...r.cells.map(String)]), 1), '');
  out.push(`_${m.exportedOn}_`, '');
  return out.join('\n');
}
