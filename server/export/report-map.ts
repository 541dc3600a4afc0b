// The social map and the positive core in the report, worked out once for the PDF and the
// Markdown export. Privacy: an entry is on the map only because its owner put it there,
// the owner's own name never appears, and a contact only where the owner ticked "share
// with the network" (the exports are the facilitator's: GET …/export.* needs their token).
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import type { MapEntry, MapTie } from '../../shared/schema.js';
import { GROUP_NAMES, SUPPORT_NAMES } from '../../shared/i18n/names.js';
import { MAP_REPORT_LABELS, type MapReportLabels } from '../../shared/i18n/report-map.js';
import type { Language } from '../../shared/i18n/language.js';

export interface MapRow {
  entry: MapEntry;
  group: string;
  /** The support types and the owner's own words. */
  offers: string;
  forWhom: string;
  worksWith: string;
  /** Empty unless the owner shared it. */
  contact: string;
}

export interface MapReport {
  labels: MapReportLabels;
  rows: MapRow[];
  ties: MapTie[];
  /** Whether any row carries a contact: the column is left out otherwise. */
  anyContact: boolean;
}

export function offersText(entry: MapEntry, lang: Language): string {
  return [...entry.offers.map((o) => SUPPORT_NAMES[o][lang]), ...(entry.offerText ? [entry.offerText] : [])].join(', ');
}

export function buildMapReport(snapshot: WorkshopSnapshot): MapReport | null {
  const entries = snapshot.mapEntries ?? [];
  if (!entries.length) return null;
  const lang = snapshot.room.language;
  const known = new Set(entries.map((e) => e.id));
  const ties = (snapshot.mapTies ?? []).filter((t) => known.has(t.from) && known.has(t.to) && t.from !== t.to);
  const nameOf = new Map(entries.map((e) => [e.id, e.name]));
  const rows = entries.map((entry) => ({
    entry,
    group: GROUP_NAMES[entry.group][lang],
    offers: offersText(entry, lang),
    forWhom: entry.forWhom ?? '',
    worksWith: [...new Set(ties.filter((t) => t.from === entry.id).map((t) => nameOf.get(t.to) ?? ''))].join(', '),
    contact: entry.shareContact && entry.contact ? entry.contact : '',
  }));
  return { labels: MAP_REPORT_LABELS[lang], rows, ties, anyContact: rows.some((r) => r.contact) };
}

/** Discover's themes marked as the positive core, by name. */
export function positiveCoreNames(snapshot: WorkshopSnapshot): string[] {
  return snapshot.themes.filter((t) => t.step === 'discover' && t.positiveCore).map((t) => t.name);
}
