// The settings part of a series record, and nothing else (no tokens, no meeting ids).
import { seriesSettings, type SeriesSettings } from '../../shared/series.js';

const KEYS = Object.keys(seriesSettings.shape) as (keyof SeriesSettings)[];

export function pickSeriesSettings(from: SeriesSettings): SeriesSettings {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) out[key] = from[key];
  return out as SeriesSettings;
}
