// One small button per note on the console board. It is the note's keyboard handle
// (arrow keys move the note between themes, see ThemeBoard) and opens a compact menu:
// theme, aspect, level, shared ambition, delete. Nothing else sits under a note.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { BoardDoc, Note, Theme } from '../../../../shared/schema';
import { ASPECT_IDS, LEVEL_IDS, type AspectId, type LevelId } from '../../../../shared/lenses';
import { ASPECT_NAMES, LEVEL_NAMES } from '../../../../shared/i18n/names';
import { useLang, useT } from '../../i18n';
import { ThemeOptions } from '../../components/ThemeOptions';

export const shortText = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

/**
 * Moving a note re-renders its card in another column, which drops keyboard focus. The
 * card's new instance takes the focus back (on its handle, or in its open menu's theme
 * select), so the next key goes on where the last one left off.
 */
let refocus: { noteId: string; target: 'handle' | 'theme'; until: number } | null = null;

export function keepFocusOn(noteId: string, target: 'handle' | 'theme'): void {
  refocus = { noteId, target, until: Date.now() + 2000 };
}

interface Props {
  note: Note;
  themes: Theme[];
  board: BoardDoc;
  isAmbition: boolean;
  /** Arrow keys on the closed handle: move the note, or focus the next one. */
  onHandleKey: (e: KeyboardEvent<HTMLButtonElement>) => void;
  onMoved: (themeId: string) => void;
}

export function NoteMenu({ note, themes, board, isAmbition, onHandleKey, onMoved }: Props) {
  const t = useT();
  const { lang } = useLang();
  const [open, setOpen] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const handle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const themeSelect = useRef<HTMLSelectElement>(null);
  const short = shortText(note.text);

  useEffect(() => {
    if (refocus?.noteId !== note.id || Date.now() > refocus.until) return;
    const { target } = refocus;
    refocus = null;
    if (target === 'theme') setOpen(true);
    else handle.current?.focus();
  }, [note.id]);
  useEffect(() => {
    if (!open) return;
    if (document.activeElement === handle.current || document.activeElement === document.body) (themeSelect.current ?? panel.current?.querySelector('select'))?.focus();
    // On click, not pointerdown: closing this menu shrinks the board, and on pointerdown that
    // shift moved another note's handle away before the pointer came up, so the click meant
    // for it was lost. By the time a click reaches the document, its target is settled.
    const outside = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !handle.current?.contains(target)) setOpen(false);
    };
    // Escape closes the menu wherever focus is (it may still be on the page after a move).
    const escape = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && !panel.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('click', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('click', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    setConfirm(false);
    handle.current?.focus();
  };

  return (
    <div className="note-menu">
      <button
        ref={handle}
        type="button"
        className="note-menu__handle"
        aria-label={t('noteMenu', { text: short })}
        aria-describedby="note-keys-hint"
        aria-expanded={open}
        aria-controls={open ? `note-menu-${note.id}` : undefined}
        data-testid="note-handle"
        onClick={() => (open ? close() : setOpen(true))}
        onKeyDown={(e) => {
          if (!open) onHandleKey(e);
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open ? (
        <div
          ref={panel}
          id={`note-menu-${note.id}`}
          className="note-menu__panel"
          role="group"
          aria-label={t('noteMenu', { text: short })}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          {themes.length ? (
            <label className="note-menu__field">
              <span>{t('theme')}</span>
              <select
                ref={themeSelect}
                value={note.themeId ?? ''}
                aria-label={t('moveToThemeFor', { text: short })}
                data-testid="move-to-theme"
                onChange={(e) => {
                  keepFocusOn(note.id, 'theme');
                  onMoved(e.target.value);
                }}
              >
                <ThemeOptions themes={themes} />
              </select>
            </label>
          ) : null}
          <label className="note-menu__field">
            <span>{t('aspect')}</span>
            <select
              value={note.aspect ?? ''}
              aria-label={t('aspectFor', { text: short })}
              data-testid="note-aspect"
              onChange={(e) => board.updateNote(note.id, { aspect: (e.target.value || undefined) as AspectId | undefined })}
            >
              <option value="">—</option>
              {ASPECT_IDS.map((a) => (
                <option key={a} value={a}>
                  {ASPECT_NAMES[a][lang]}
                </option>
              ))}
            </select>
          </label>
          <label className="note-menu__field">
            <span>{t('level')}</span>
            <select
              value={note.level ?? ''}
              aria-label={t('levelFor', { text: short })}
              data-testid="note-level"
              onChange={(e) => board.updateNote(note.id, { level: (e.target.value || undefined) as LevelId | undefined })}
            >
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
            <button type="button" className="btn btn--small btn--quiet" onClick={close}>
              {t('close')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
