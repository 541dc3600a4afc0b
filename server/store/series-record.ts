// The stored form of a series of meetings (shared/series.ts): its settings and what only
// the server keeps.
import type { SeriesSettings } from '../../shared/series.js';

export interface SeriesRecord extends SeriesSettings {
  id: string;
  createdAt: number;
  /** Any change to the series or activity in one of its meetings; the meetings' retention clock. */
  lastActivityAt: number;
  /** Its meetings (workshop ids), oldest first: the order of the series. */
  meetingIds: string[];
  /** sha256 of the series token(s); deleted with the series. */
  tokenHashes: string[];
}
