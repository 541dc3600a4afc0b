// Notes grouped into themes: drag a card onto a theme, or use the "theme" select on the
// card (keyboard). Themes can be created, renamed and deleted; each shows its count.
import { useState, type DragEvent, type FormEvent } from 'react';
import type { BoardDoc, Note, Theme } from '../../../../shared/schema';
import type { StepId } from '../../../../shared/steps';
import { LIMITS, clipText } from '../../../../shared/limits';
import { NoteCard } from '../../components/NoteCard';
import { newId } from '../../lib/id';
import { useT } from '../../i18n';
import { NoteTools } from './NoteTools';

const MIME = 'application/x-kruiwagen-note';

interface Props {
  step: StepId;
  notes: Note[];
  themes: Theme[];
  board: BoardDoc;
  ambitionId: string | null;
  nameOf: (authorId: string) => string | undefined;
}

export function ThemeBoard({ step, notes, themes, board, ambitionId, nameOf }: Props) {
  const t = useT();
  const [newName, setNewName] = useState('');
  const known = new Set(themes.map((th) => th.id));
  const loose = notes.filter((n) => !n.themeId || !known.has(n.themeId));

  function addTheme(e: FormEvent) {
    e.preventDefault();
    const name = newName.trim();
    if (!name) return;
    board.addTheme({ name: clipText(name, LIMITS.title), step, createdAt: Date.now() }, newId());
    setNewName('');
  }

  const card = (n: Note) => (
    <li key={n.id}>
      <NoteCard
        note={n}
        author={nameOf(n.author)}
        highlight={n.id === ambitionId}
        draggable
        onDragStart={(e) => {
          e.dataTransfer.setData(MIME, n.id);
          e.dataTransfer.setData('text/plain', n.text);
          e.dataTransfer.effectAllowed = 'move';
        }}
      >
        <NoteTools note={n} themes={themes} board={board} isAmbition={n.id === ambitionId} />
      </NoteCard>
    </li>
  );

  return (
    <div className="theme-board">
      <form className="theme-board__add" onSubmit={addTheme}>
        <label htmlFor="new-theme">{t('newTheme')}</label>
        <input id="new-theme" value={newName} maxLength={LIMITS.title} onChange={(e) => setNewName(e.target.value)} placeholder={t('newThemePlaceholder')} />
        <button type="submit" className="btn" disabled={!newName.trim()}>
          {t('addTheme')}
        </button>
      </form>
      <div className="theme-board__columns">
        <DropColumn title={t('notInTheme')} count={loose.length} onDropNote={(id) => board.updateNote(id, { themeId: '' })} testId="theme-none">
          <ul className="note-list">{loose.map(card)}</ul>
        </DropColumn>
        {themes.map((th) => {
          const inTheme = notes.filter((n) => n.themeId === th.id);
          return (
            <DropColumn key={th.id} title={th.name} count={inTheme.length} onDropNote={(id) => board.updateNote(id, { themeId: th.id })} theme={th} board={board} testId="theme">
              <ul className="note-list">{inTheme.map(card)}</ul>
            </DropColumn>
          );
        })}
      </div>
    </div>
  );
}

interface ColumnProps {
  title: string;
  count: number;
  onDropNote: (noteId: string) => void;
  children: React.ReactNode;
  theme?: Theme;
  board?: BoardDoc;
  testId: string;
}

function DropColumn({ title, count, onDropNote, children, theme, board, testId }: ColumnProps) {
  const t = useT();
  const [over, setOver] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(title);
  const [confirm, setConfirm] = useState(false);
  const accept = (e: DragEvent) => {
    if (e.dataTransfer.types.includes(MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      setOver(true);
    }
  };
  return (
    <section
      className={`theme-col${over ? ' is-over' : ''}${theme ? '' : ' theme-col--loose'}`}
      data-testid={testId}
      data-theme-id={theme?.id}
      onDragOver={accept}
      onDragEnter={accept}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        const id = e.dataTransfer.getData(MIME);
        setOver(false);
        if (id) {
          e.preventDefault();
          onDropNote(id);
        }
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
            <input id={`rename-${theme.id}`} value={name} onChange={(e) => setName(e.target.value)} autoFocus />
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
          <div className="btn-row">
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
    </section>
  );
}
