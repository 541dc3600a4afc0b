// Notes grouped into themes, laid out for a room of 15–40: the notes not yet in a theme
// in a wide tray on top, the themes as columns across the whole width below.
// Every move works three ways: drag a note onto a theme (or onto a tag while dragging),
// arrow keys on a note's handle, or the note's menu.
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import type { BoardDoc, Note, Theme } from '../../../../shared/schema';
import type { AspectId, LevelId } from '../../../../shared/lenses';
import { LIMITS, clipText } from '../../../../shared/limits';
import { NoteCard } from '../../components/NoteCard';
import { useT } from '../../i18n';
import { keepFocusOn, NoteMenu, shortText } from './NoteMenu';
import { TagTargets } from './TagTargets';
import { acceptNote, droppedNote, NOTE_MIME } from './noteDrag';

interface Props {
  notes: Note[];
  themes: Theme[];
  board: BoardDoc;
  ambitionId: string | null;
  nameOf: (authorId: string) => string | undefined;
}

export function ThemeBoard({ notes, themes, board, ambitionId, nameOf }: Props) {
  const t = useT();
  const [said, setSaid] = useState('');
  const [dragging, setDragging] = useState(false);
  const known = new Set(themes.map((th) => th.id));
  const columnOf = (n: Note) => (n.themeId && known.has(n.themeId) ? n.themeId : '');
  const columns = [{ id: '', name: t('notInTheme') }, ...themes.map((th) => ({ id: th.id, name: th.name }))];
  const byId = new Map(notes.map((n) => [n.id, n]));

  function move(noteId: string, themeId: string): void {
    const note = byId.get(noteId);
    if (!note || columnOf(note) === themeId) return;
    board.updateNote(noteId, { themeId });
    setSaid(t('movedTo', { text: shortText(note.text), theme: columns.find((c) => c.id === themeId)?.name ?? '' }));
  }

  function tag(noteId: string, patch: { aspect: AspectId } | { level: LevelId }, label: string): void {
    const note = byId.get(noteId);
    if (!note) return;
    board.updateNote(noteId, patch);
    setSaid(t('taggedAs', { text: shortText(note.text), tag: label }));
  }

  /** Left/right: the note moves a column; up/down: focus goes to the neighbouring note. */
  function onHandleKey(note: Note, e: KeyboardEvent<HTMLButtonElement>): void {
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      const at = columns.findIndex((c) => c.id === columnOf(note));
      const to = columns[at + (e.key === 'ArrowLeft' ? -1 : 1)];
      e.preventDefault();
      if (!to) return;
      keepFocusOn(note.id, 'handle');
      move(note.id, to.id);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const list = e.currentTarget.closest('.note-list');
      const handles = list ? [...list.querySelectorAll<HTMLButtonElement>('[data-testid=note-handle]')] : [];
      const next = handles[handles.indexOf(e.currentTarget) + (e.key === 'ArrowUp' ? -1 : 1)];
      e.preventDefault();
      next?.focus();
    }
  }

  const card = (n: Note) => (
    <li
      key={n.id}
      className="board-note"
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(NOTE_MIME, n.id);
        e.dataTransfer.setData('text/plain', n.text);
        e.dataTransfer.effectAllowed = 'move';
        // after the drag has started: changing the page during dragstart can cancel it
        setTimeout(() => setDragging(true), 0);
      }}
      onDragEnd={() => setDragging(false)}
    >
      <NoteCard note={n} author={nameOf(n.author)} highlight={n.id === ambitionId}>
        <NoteMenu note={n} themes={themes} board={board} isAmbition={n.id === ambitionId} onHandleKey={(e) => onHandleKey(n, e)} onMoved={(themeId) => move(n.id, themeId)} />
      </NoteCard>
    </li>
  );

  const loose = notes.filter((n) => columnOf(n) === '');
  return (
    <div className="theme-board" data-testid="theme-board">
      <p id="note-keys-hint" className="visually-hidden">
        {t('noteKeysHint')}
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="board-announcer">
        {said}
      </p>
      <DropZone title={t('notInTheme')} count={loose.length} onDropNote={(id) => move(id, '')} testId="theme-none" className="theme-col--loose">
        <ul className="note-list note-list--tray">{loose.map(card)}</ul>
      </DropZone>
      {themes.length ? (
        <div className="theme-board__columns">
          {themes.map((th) => {
            const inTheme = notes.filter((n) => n.themeId === th.id);
            return (
              <DropZone key={th.id} title={th.name} count={inTheme.length} onDropNote={(id) => move(id, th.id)} testId="theme" theme={th} board={board}>
                <ul className="note-list">{inTheme.map(card)}</ul>
              </DropZone>
            );
          })}
        </div>
      ) : null}
      {dragging ? <TagTargets onTag={tag} /> : null}
    </div>
  );
}

interface ZoneProps {
  title: string;
  count: number;
  onDropNote: (noteId: string) => void;
  children: ReactNode;
  theme?: Theme;
  board?: BoardDoc;
  testId: string;
  className?: string;
}

function DropZone({ title, count, onDropNote, children, theme, board, testId, className }: ZoneProps) {
  const t = useT();
  const [over, setOver] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(title);
  const [confirm, setConfirm] = useState(false);
  return (
    <section
      className={`theme-col${over ? ' is-over' : ''}${className ? ` ${className}` : ''}`}
      data-testid={testId}
      data-theme-id={theme?.id}
      aria-label={title}
      onDragOver={(e) => acceptNote(e, setOver)}
      onDragEnter={(e) => acceptNote(e, setOver)}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        setOver(false);
        const id = droppedNote(e);
        if (id) onDropNote(id);
      }}
    >
      <header className="theme-col__head">
        {renaming && theme && board ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim()) board.renameTheme(theme.id, clipText(name.trim(), LIMITS.title));
              setRenaming(false);
            }}
          >
            <label htmlFor={`rename-${theme.id}`} className="visually-hidden">
              {t('themeName')}
            </label>
            <input id={`rename-${theme.id}`} value={name} maxLength={LIMITS.title} onChange={(e) => setName(e.target.value)} autoFocus />
            <button type="submit" className="btn btn--small">
              {t('save')}
            </button>
          </form>
        ) : (
          <h3>
            {title} <span className="count" data-testid="theme-count">{t('notesCount', { n: count })}</span>
          </h3>
        )}
        {theme && board && !renaming ? (
          <div className="theme-col__tools">
            <button type="button" className="btn btn--small btn--quiet" onClick={() => (setName(title), setRenaming(true))} aria-label={t('renameTheme', { name: title })}>
              {t('rename')}
            </button>
            {confirm ? (
              <button type="button" className="btn btn--small btn--danger" onClick={() => board.deleteTheme(theme.id)}>
                {t('yesDelete')}
              </button>
            ) : (
              <button type="button" className="btn btn--small btn--quiet" onClick={() => setConfirm(true)} aria-label={t('deleteTheme', { name: title })}>
                {t('delete')}
              </button>
            )}
          </div>
        ) : null}
      </header>
      {children}
      {count === 0 ? <p className="theme-col__empty">{t('dropNotesHere')}</p> : null}
    </section>
  );
}
