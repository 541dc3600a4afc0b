// While a note is dragged, a strip at the bottom of the window offers every aspect and
// level as a drop target: drop the note on one to tag it. (By keyboard: the note's menu.)
import { useState } from 'react';
import { ASPECT_IDS, LEVEL_IDS, type AspectId, type LevelId } from '../../../../shared/lenses';
import { ASPECT_NAMES, LEVEL_NAMES } from '../../../../shared/i18n/names';
import { useLang, useT } from '../../i18n';
import { acceptNote, droppedNote } from './noteDrag';

type Patch = { aspect: AspectId } | { level: LevelId };

export function TagTargets({ onTag }: { onTag: (noteId: string, patch: Patch, label: string) => void }) {
  const t = useT();
  const { lang } = useLang();
  const targets: { key: string; label: string; patch: Patch }[] = [
    ...ASPECT_IDS.map((a) => ({ key: a, label: ASPECT_NAMES[a][lang], patch: { aspect: a } })),
    ...LEVEL_IDS.map((l) => ({ key: l, label: LEVEL_NAMES[l][lang], patch: { level: l } })),
  ];
  return (
    <div className="tag-targets" data-testid="tag-targets">
      <p className="tag-targets__hint">{t('dragToTag')}</p>
      <ul>
        {targets.map((x, i) => (
          <TagTarget key={x.key} label={x.label} first={i === ASPECT_IDS.length} onDropNote={(id) => onTag(id, x.patch, x.label)} />
        ))}
      </ul>
    </div>
  );
}

function TagTarget({ label, first, onDropNote }: { label: string; first: boolean; onDropNote: (id: string) => void }) {
  const [over, setOver] = useState(false);
  return (
    <li
      className={`tag-target${over ? ' is-over' : ''}${first ? ' tag-target--levels' : ''}`}
      data-testid="tag-target"
      onDragOver={(e) => acceptNote(e, setOver)}
      onDragEnter={(e) => acceptNote(e, setOver)}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const id = droppedNote(e);
        if (id) onDropNote(id);
      }}
    >
      {label}
    </li>
  );
}
