// The participant's own notes of this step: edit inline, delete after a confirmation.
import { useState, type ReactNode } from 'react';
import type { Note } from '../../../../shared/schema';
import { LIMITS, clipText } from '../../../../shared/limits';
import { useT } from '../../i18n';

interface Props {
  notes: Note[];
  onSave: (id: string, text: string) => void;
  onDelete: (id: string) => void;
  privateIds: ReadonlySet<string>;
  /** More controls under a note, e.g. the theme picker while grouping is allowed. */
  extra?: (note: Note) => ReactNode;
}

export function MyNotes({ notes, onSave, onDelete, privateIds, extra }: Props) {
  const t = useT();
  return (
    <section className="my-notes" aria-labelledby="my-notes-h">
      <h2 id="my-notes-h">
        {t('myNotes')} <span className="count">({notes.length})</span>
      </h2>
      {notes.length === 0 ? <p className="muted">{t('noNotesYet')}</p> : null}
      <ul className="note-list">
        {notes.map((n) => (
          <li key={n.id}>
            <MyNote note={n} isPrivate={privateIds.has(n.id)} onSave={onSave} onDelete={onDelete} extra={extra?.(n)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function MyNote({ note, isPrivate, onSave, onDelete, extra }: { note: Note; isPrivate: boolean; onSave: Props['onSave']; onDelete: Props['onDelete']; extra: ReactNode }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [text, setText] = useState(note.text);
  const inputId = `edit-${note.id}`;
  return (
    <article className={`note group-${note.group ?? 'other'} note--mine`} data-testid="my-note" data-note-id={note.id} data-private={isPrivate || undefined}>
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) onSave(note.id, text.trim());
            setEditing(false);
          }}
        >
          <label htmlFor={inputId} className="visually-hidden">
            {t('editNote')}
          </label>
          <textarea id={inputId} value={text} rows={3} onChange={(e) => setText(clipText(e.target.value, LIMITS.noteText))} autoFocus />
          <div className="btn-row">
            <button type="submit" className="btn btn--primary">
              {t('save')}
            </button>
            <button type="button" className="btn" onClick={() => (setText(note.text), setEditing(false))}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="note__text">{note.text}</p>
          {note.firstAction ? (
            <p className="note__extra">
              <strong>{t('firstAction')}:</strong> {note.firstAction}
            </p>
          ) : null}
          {isPrivate ? <p className="note__private">{t('privateUntilReveal')}</p> : null}
          {confirming ? (
            <div className="btn-row" role="group" aria-label={t('confirmDelete')}>
              <span>{t('confirmDelete')}</span>
              <button type="button" className="btn btn--danger" onClick={() => onDelete(note.id)}>
                {t('yesDelete')}
              </button>
              <button type="button" className="btn" onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </div>
          ) : (
            <div className="btn-row">
              <button type="button" className="btn btn--small" onClick={() => (setText(note.text), setEditing(true))}>
                {t('edit')}
              </button>
              <button type="button" className="btn btn--small" onClick={() => setConfirming(true)}>
                {t('delete')}
              </button>
            </div>
          )}
          {extra}
        </>
      )}
    </article>
  );
}
