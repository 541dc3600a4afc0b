// Per-note controls for the facilitator, all operable by keyboard: move to a theme,
// tag with aspect and level, choose as shared ambition, delete.
import { useEffect, useRef, useState } from 'react';
import type { Note, Theme } from '../../../../shared/schema';
import { ASPECT_IDS, LEVEL_IDS, type AspectId, type LevelId } from '../../../../shared/lenses';
import { ASPECT_NAMES, LEVEL_NAMES } from '../../../../shared/i18n/names';
import type { BoardDoc } from '../../../../shared/schema';
import { useLang, useT } from '../../i18n';
import { ThemeOptions } from '../../components/ThemeOptions';

interface Props {
  note: Note;
  themes: Theme[];
  board: BoardDoc;
  isAmbition: boolean;
}

/**
 * Moving a note to another theme re-renders its card in another column, which would
 * drop keyboard focus (arrow keys on the select change the theme at once). The card's
 * new instance takes the focus back, so the next arrow key keeps choosing.
 */
let refocus: { noteId: string; until: number } | null = null;

export function NoteTools({ note, themes, board, isAmbition }: Props) {
  const t = useT();
  const { lang } = useLang();
  const [confirm, setConfirm] = useState(false);
  const themeSelect = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const select = themeSelect.current;
    if (!select || refocus?.noteId !== note.id || Date.now() > refocus.until || document.activeElement === select) return;
    refocus = null;
    select.focus();
  });
  const short = note.text.length > 30 ? `${note.text.slice(0, 30)}…` : note.text;
  return (
    <div className="note-tools">
      {themes.length ? (
        <label className="note-tools__field">
          <span className="visually-hidden">{t('moveToThemeFor', { text: short })}</span>
          <span aria-hidden="true">{t('theme')}</span>
          <select
            ref={themeSelect}
            value={note.themeId ?? ''}
            onChange={(e) => {
              if (document.activeElement === e.currentTarget) refocus = { noteId: note.id, until: Date.now() + 2000 };
              board.updateNote(note.id, { themeId: e.target.value });
            }}
            data-testid="move-to-theme"
          >
            <ThemeOptions themes={themes} />
          </select>
        </label>
      ) : null}
      <label className="note-tools__field">
        <span className="visually-hidden">{t('aspectFor', { text: short })}</span>
        <span aria-hidden="true">{t('aspect')}</span>
        <select value={note.aspect ?? ''} onChange={(e) => board.updateNote(note.id, { aspect: (e.target.value || undefined) as AspectId | undefined })}>
          <option value="">—</option>
          {ASPECT_IDS.map((a) => (
            <option key={a} value={a}>
              {ASPECT_NAMES[a][lang]}
            </option>
          ))}
        </select>
      </label>
      <label className="note-tools__field">
        <span className="visually-hidden">{t('levelFor', { text: short })}</span>
        <span aria-hidden="true">{t('level')}</span>
        <select value={note.level ?? ''} onChange={(e) => board.updateNote(note.id, { level: (e.target.value || undefined) as LevelId | undefined })}>
          <option value="">—</option>
          {LEVEL_IDS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_NAMES[l][lang]}
            </option>
          ))}
        </select>
      </label>
      <div className="btn-row">
        {note.step === 'dream' ? (
          <button type="button" className={`btn btn--small${isAmbition ? ' is-on' : ''}`} aria-pressed={isAmbition} onClick={() => board.setSharedAmbition(isAmbition ? null : note.id)}>
            {isAmbition ? `★ ${t('sharedAmbition')}` : t('chooseAsAmbition')}
          </button>
        ) : null}
        {confirm ? (
          <>
            <button type="button" className="btn btn--small btn--danger" onClick={() => board.deleteNote(note.id)}>
              {t('yesDelete')}
            </button>
            <button type="button" className="btn btn--small" onClick={() => setConfirm(false)}>
              {t('cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="btn btn--small btn--quiet" aria-label={t('deleteNoteFor', { text: short })} onClick={() => setConfirm(true)}>
            {t('delete')}
          </button>
        )}
      </div>
    </div>
  );
}
