// Filter by aspect and level, and an overview: "12 notes about Relationship, 2 about Interests".
import { ASPECT_IDS, LEVEL_IDS, type AspectId, type LevelId } from '../../../../shared/lenses';
import { ASPECT_NAMES, LEVEL_NAMES } from '../../../../shared/i18n/names';
import type { Note } from '../../../../shared/schema';
import { useLang, useT } from '../../i18n';

export interface LensFilter {
  aspect: AspectId | '';
  level: LevelId | '';
}

export function applyLens(notes: Note[], f: LensFilter): Note[] {
  return notes.filter((n) => (!f.aspect || n.aspect === f.aspect) && (!f.level || n.level === f.level));
}

export function LensBar({ notes, filter, onChange }: { notes: Note[]; filter: LensFilter; onChange: (f: LensFilter) => void }) {
  const t = useT();
  const { lang } = useLang();
  const aspects = ASPECT_IDS.map((a) => [a, notes.filter((n) => n.aspect === a).length] as const).filter(([, n]) => n > 0);
  const levels = LEVEL_IDS.map((l) => [l, notes.filter((n) => n.level === l).length] as const).filter(([, n]) => n > 0);
  const parts = [
    ...aspects.sort((a, b) => b[1] - a[1]).map(([a, n]) => t('notesAbout', { n, what: ASPECT_NAMES[a][lang] })),
    ...levels.sort((a, b) => b[1] - a[1]).map(([l, n]) => t('notesAt', { n, what: LEVEL_NAMES[l][lang].toLowerCase() })),
  ];
  return (
    <div className="lens-bar" role="group" aria-label={t('lens')}>
      <label>
        <span>{t('aspect')}</span>
        <select value={filter.aspect} onChange={(e) => onChange({ ...filter, aspect: e.target.value as AspectId | '' })}>
          <option value="">{t('all')}</option>
          {ASPECT_IDS.map((a) => (
            <option key={a} value={a}>
              {ASPECT_NAMES[a][lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('level')}</span>
        <select value={filter.level} onChange={(e) => onChange({ ...filter, level: e.target.value as LevelId | '' })}>
          <option value="">{t('all')}</option>
          {LEVEL_IDS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_NAMES[l][lang]}
            </option>
          ))}
        </select>
      </label>
      <p className="lens-bar__overview" data-testid="lens-overview">
        {parts.length ? parts.join(', ') : t('noTagsYet')}
      </p>
    </div>
  );
}
