// A sticky note: soft colour per stakeholder group, with the group written out (never colour only).
import type { ReactNode } from 'react';
import type { Note } from '../../../shared/schema';
import { ASPECT_NAMES, GROUP_NAMES, LEVEL_NAMES } from '../../../shared/i18n/names';
import { useLang, useT } from '../i18n';

interface Props {
  note: Note;
  author?: string;
  mine?: boolean;
  highlight?: boolean;
  showTags?: boolean;
  children?: ReactNode;
  draggable?: boolean;
  onDragStart?: (e: React.DragEvent<HTMLElement>) => void;
  className?: string;
}

export function NoteCard({ note, author, mine, highlight, showTags = true, children, draggable, onDragStart, className }: Props) {
  const { lang } = useLang();
  const t = useT();
  const group = note.group ?? 'other';
  const who = note.author === 'facilitator' ? t('facilitatorLabel') : GROUP_NAMES[group][lang];
  return (
    <article
      className={`note group-${note.author === 'facilitator' ? 'facilitator' : group}${highlight ? ' note--highlight' : ''}${className ? ` ${className}` : ''}`}
      data-testid="note"
      data-note-id={note.id}
      data-group={group}
      draggable={draggable}
      onDragStart={onDragStart}
    >
      <p className="note__text">{note.text}</p>
      {note.firstAction ? (
        <p className="note__extra">
          <strong>{t('firstAction')}:</strong> {note.firstAction}
        </p>
      ) : null}
      <footer className="note__meta">
        <span className="note__group">{who}</span>
        {author ? <span className="note__author"> · {author}</span> : null}
        {mine ? <span className="note__mine"> · {t('mine')}</span> : null}
        {showTags && (note.aspect || note.level) ? (
          <span className="note__tags">
            {note.aspect ? <span className="tag">{ASPECT_NAMES[note.aspect][lang]}</span> : null}
            {note.level ? <span className="tag">{LEVEL_NAMES[note.level][lang]}</span> : null}
          </span>
        ) : null}
      </footer>
      {children}
    </article>
  );
}
