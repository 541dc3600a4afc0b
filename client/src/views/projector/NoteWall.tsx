// Notes laid out by theme in columns, without overlap or scrolling: the type shrinks
// with the number of notes, then a measured fit shrinks it further if still needed.
import { useLayoutEffect, useRef, useState } from 'react';
import type { Note, Theme } from '../../../../shared/schema';
import { NoteCard } from '../../components/NoteCard';
import { useT } from '../../i18n';

function baseSize(n: number): number {
  if (n <= 6) return 34;
  if (n <= 12) return 28;
  if (n <= 24) return 23;
  if (n <= 45) return 19;
  if (n <= 80) return 16;
  if (n <= 120) return 14;
  return 12;
}

export function NoteWall({ notes, themes, privateWriting }: { notes: Note[]; themes: Theme[]; privateWriting: boolean }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState(() => baseSize(notes.length));
  const known = new Set(themes.map((th) => th.id));
  const groups = [
    ...themes.map((th) => ({ id: th.id, name: th.name, notes: notes.filter((n) => n.themeId === th.id) })).filter((g) => g.notes.length),
    { id: '', name: themes.length ? t('notInTheme') : '', notes: notes.filter((n) => !n.themeId || !known.has(n.themeId)) },
  ].filter((g) => g.notes.length);
  const textKey = notes.map((n) => `${n.id}:${n.text.length}:${n.themeId ?? ''}`).join('|') + themes.map((th) => th.name).join('|');

  // start from the heuristic for the count, then shrink while the wall overflows
  useLayoutEffect(() => {
    setSize(baseSize(notes.length));
  }, [textKey, notes.length]);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const overflows = el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
    if (overflows && size > 9) setSize((s) => Math.max(9, s - 1));
  }, [size, textKey]);

  if (notes.length === 0) {
    return <p className="note-wall__empty">{privateWriting ? t('privateWritingProjector') : t('waitingForNotes')}</p>;
  }
  return (
    <div className={`note-wall${notes.length > 40 ? ' note-wall--dense' : ''}`} ref={box} style={{ '--note-size': `${size}px` } as React.CSSProperties} data-testid="note-wall" data-count={notes.length}>
      {groups.map((g) => (
        <section key={g.id || 'loose'} className="note-wall__group">
          {g.name ? (
            <h2 className="note-wall__theme">
              {g.name} <span className="count">{g.notes.length}</span>
            </h2>
          ) : null}
          {g.notes.map((n) => (
            <NoteCard key={n.id} note={n} showTags={false} />
          ))}
        </section>
      ))}
    </div>
  );
}
