// Notes laid out by theme in columns, without overlap or scrolling, readable from the back
// of the room. The wall measures its notes and picks the largest type that fits; when
// even 14 px does not fit all notes in full, long notes are clamped to a few lines with
// an ellipsis (CSS line-clamp) rather than shrinking the type further. A clamped note
// keeps its whole text in the DOM (screen readers read all of it); the console and the
// phones show it in full. A group that continues in the next column repeats its header
// there, so every column says which theme its notes belong to.
import { useLayoutEffect, useRef, useState } from 'react';
import { useRemeasure } from './useRemeasure';
import type { Note, Theme } from '../../../../shared/schema';
import { GROUP_NAMES, GROUP_NAMES_SHORT, useLang, useT } from '../../i18n';
import { wordsFit } from './wordsFit';

/** The smallest note type the wall uses for up to 150 notes (px, at 1920×1080). */
export const READABLE_MIN = 14;
/** Beyond what fits at READABLE_MIN on two lines (more than ~150 long notes) it may go down to this. */
const ABSOLUTE_MIN = 9;

// Proportions of the wall, in units of the note type size (kept in step with projector.css).
const COLUMN_GAP = 0.6;
const ITEM_GAP = 0.3;
const CONT_HEIGHT = 1.5;
const COLUMN_EM = 13;
const COLUMN_EM_MIN = 11;

/** Many notes, or much text: less chrome around and on the notes (the view uses it too). */
export function isDense(notes: Note[]): boolean {
  return notes.length > 40 || notes.reduce((sum, n) => sum + n.text.length, 0) > 2400;
}

/** Starting type size for a count of notes; the measured fit goes down from here. */
function baseSize(n: number): number {
  if (n <= 6) return 40;
  if (n <= 12) return 34;
  if (n <= 24) return 28;
  if (n <= 45) return 24;
  if (n <= 80) return 20;
  return 18;
}

/** A type size and a line clamp (0: none), from most to least generous. */
type Step = { size: number; lines: number };
function steps(n: number): Step[] {
  const out: Step[] = [];
  const base = baseSize(n);
  // first shrink the type of full notes to 18 px, then clamp long notes while shrinking
  // to the readable minimum, then clamp harder; only past that does the type go smaller
  for (let s = base; s >= 18; s--) out.push({ size: s, lines: 0 });
  const clamped: Step[] = [
    { size: 18, lines: 6 },
    { size: 18, lines: 5 },
    { size: 18, lines: 4 },
    { size: 17, lines: 4 },
    { size: 16, lines: 4 },
    { size: 16, lines: 3 },
    { size: 15, lines: 3 },
    { size: 14, lines: 3 },
    { size: 14, lines: 2 },
    { size: 14, lines: 1 },
  ];
  for (const st of clamped) if (st.size <= base) out.push(st);
  for (let s = Math.min(base, READABLE_MIN) - 1; s >= ABSOLUTE_MIN; s--) out.push({ size: s, lines: 1 });
  return out;
}

type Slot = { kind: 'head'; group: number } | { kind: 'cont'; group: number } | { kind: 'note'; id: string };
interface Layout {
  key: string;
  size: number;
  lines: number;
  colWidth: number;
  columns: Slot[][];
}
interface Group {
  id: string;
  name: string;
  notes: Note[];
}

/**
 * Packs the groups into columns of the given height; null when they need more than `cols`.
 * `tidy` starts a group in a fresh column rather than split it, where a column holds it whole.
 */
function pack(groups: Group[], heights: Map<string, number>, size: number, height: number, cols: number, tidy = false): Slot[][] | null {
  const gap = size * ITEM_GAP;
  const cont = size * CONT_HEIGHT;
  const columns: Slot[][] = [[]];
  let used = 0;
  const add = (slot: Slot, h: number) => {
    used += (columns[columns.length - 1]!.length ? gap : 0) + h;
    columns[columns.length - 1]!.push(slot);
  };
  const room = (h: number) => used + (columns[columns.length - 1]!.length ? gap : 0) + h <= height;
  const newColumn = () => {
    columns.push([]);
    used = 0;
    return columns.length <= cols;
  };
  for (const [gi, g] of groups.entries()) {
    const headH = g.name ? (heights.get(`h:${g.id}`) ?? cont) : 0;
    const first = heights.get(`n:${g.notes[0]!.id}`) ?? 0;
    const whole = g.notes.reduce((sum, n) => sum + gap + (heights.get(`n:${n.id}`) ?? 0), g.name ? headH : -gap);
    if (tidy && columns[columns.length - 1]!.length && !room(whole) && whole <= height && !newColumn()) return null;
    // a header never stands alone at the foot of a column
    if (g.name && !room(headH + gap + first) && !newColumn()) return null;
    if (g.name) add({ kind: 'head', group: gi }, headH);
    for (const n of g.notes) {
      const h = heights.get(`n:${n.id}`) ?? 0;
      if (!room(h)) {
        if (!newColumn()) return null;
        if (g.name) add({ kind: 'cont', group: gi }, cont);
        if (!room(h)) return null; // taller than a column: needs a harder clamp
      }
      add({ kind: 'note', id: n.id }, h);
    }
  }
  return columns;
}

/** `contentLang`: the workshop's language, which the notes are written in (hyphenation). */
/** `buildsOnThemes`: Discover's themes, named under the Dream notes that build on them. */
export function NoteWall({
  notes,
  themes,
  privateWriting,
  contentLang,
  buildsOnThemes = [],
}: {
  notes: Note[];
  themes: Theme[];
  privateWriting: boolean;
  contentLang?: string;
  buildsOnThemes?: Theme[];
}) {
  const t = useT();
  const { lang } = useLang();
  const box = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<Layout | null>(null);
  const version = useRemeasure(box, notes.length === 0);
  const [slack, setSlack] = useState(1);
  const known = new Set(themes.map((th) => th.id));
  const buildsOnName = new Map(buildsOnThemes.map((th) => [th.id, th.name]));
  const buildsOn = (n: Note): string[] => (n.buildsOn ?? []).flatMap((id) => buildsOnName.get(id) ?? []);
  const groups: Group[] = [
    ...themes.map((th) => ({ id: th.id, name: th.name, notes: notes.filter((n) => n.themeId === th.id) })),
    { id: '', name: themes.length ? t('notInTheme') : '', notes: notes.filter((n) => !n.themeId || !known.has(n.themeId)) },
  ].filter((g) => g.notes.length);
  // everything the layout depends on: when it changes, the wall measures again
  const key = JSON.stringify([lang, version, slack, groups.map((g) => [g.id, g.name, g.notes.map((n) => [n.id, n.text, n.group, n.author === 'facilitator', n.firstAction, buildsOn(n)])])]);

  // Find the most generous type size and clamp at which every note fits: measure the notes
  // at each candidate (one reflow each, binary search along the candidates) and pack them.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || layout?.key === key) return;
    const width = el.clientWidth;
    const height = el.clientHeight - slack;
    const heads = [...el.querySelectorAll<HTMLElement>('[data-wall-head]')];
    const cards = [...el.querySelectorAll<HTMLElement>('[data-testid=note]')];
    const measure = (st: Step, colWidth: number): Map<string, number> => {
      el.style.setProperty('--note-size', `${st.size}px`);
      el.style.setProperty('--clamp', st.lines ? String(st.lines) : 'none');
      el.style.setProperty('--col-w', `${colWidth}px`);
      return new Map([
        ...heads.map((h) => [`h:${h.dataset.wallHead}`, h.getBoundingClientRect().height] as const),
        ...cards.map((c) => [`n:${c.dataset.noteId}`, c.getBoundingClientRect().height] as const),
      ]);
    };
    const attempt = (st: Step, wholeWords: boolean): Layout | null => {
      const gap = st.size * COLUMN_GAP;
      const widest = Math.max(1, Math.floor((width + gap) / (st.size * COLUMN_EM + gap)));
      const narrowest = Math.max(widest, Math.floor((width + gap) / (st.size * COLUMN_EM_MIN + gap)));
      for (let cols = widest; cols <= Math.min(narrowest, widest + 1); cols++) {
        const colWidth = Math.floor(((width - (cols - 1) * gap) / cols) * 100) / 100;
        const heights = measure(st, colWidth);
        if (wholeWords && !wordsFit(el, '.note__text, .note__extra, [data-wall-head]')) continue;
        const columns = pack(groups, heights, st.size, height, cols, true) ?? pack(groups, heights, st.size, height, cols);
        if (columns) return { key, size: st.size, lines: st.lines, colWidth, columns };
      }
      return null;
    };
    /**
     * The first candidate that fits (they get less demanding along the list), by binary
     * search. Starts from the previous choice, which usually still holds when a note comes
     * in (two reflows).
     */
    const search = (candidates: Step[], wholeWords: boolean): Layout | null => {
      const tried = new Map<number, Layout | null>();
      const at = (i: number): Layout | null => {
        if (!tried.has(i)) tried.set(i, attempt(candidates[i]!, wholeWords));
        return tried.get(i)!;
      };
      let lo = 0;
      let hi = candidates.length - 1;
      if (hi < 0) return null;
      const prev = layout ? candidates.findIndex((c) => c.size === layout.size && c.lines === layout.lines) : -1;
      if (prev >= 0) {
        if (!at(prev)) lo = Math.min(prev + 1, hi);
        else if (prev === 0 || !at(prev - 1)) lo = hi = prev;
        else hi = prev - 1;
      }
      if (!at(hi)) return null;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (at(mid)) hi = mid;
        else lo = mid + 1;
      }
      return at(hi);
    };
    const candidates = steps(notes.length);
    // Words whole at a readable size first ("Keukentafelgesp|rek" reads badly); where that
    // cannot be, a readable size comes before whole words.
    let best = search(
      candidates.filter((c) => c.size >= READABLE_MIN),
      true,
    );
    best ??= search(candidates, false);
    if (!best) {
      // more notes than the screen holds even at the smallest type: one line each, clipped
      const st = candidates[candidates.length - 1]!;
      const cols = Math.max(1, Math.floor((width + st.size * COLUMN_GAP) / (st.size * COLUMN_EM_MIN + st.size * COLUMN_GAP)));
      const colWidth = Math.floor(((width - (cols - 1) * st.size * COLUMN_GAP) / cols) * 100) / 100;
      const columns = pack(groups, measure(st, colWidth), st.size, height, Infinity) ?? [groups.flatMap((g) => g.notes.map((n): Slot => ({ kind: 'note', id: n.id })))];
      best = { key, size: st.size, lines: st.lines, colWidth, columns };
    }
    el.style.setProperty('--note-size', `${best.size}px`);
    el.style.setProperty('--clamp', best.lines ? String(best.lines) : 'none');
    el.style.setProperty('--col-w', `${best.colWidth}px`);
    setLayout(best);
  });

  // a safety net: should the laid-out wall still overflow (rounding), measure again with more slack
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || layout?.key !== key) return;
    const over = [...el.children].some((c) => c.scrollHeight > c.clientHeight + 1) || el.scrollWidth > el.clientWidth + 1;
    if (over && slack < 40 && layout.size > ABSOLUTE_MIN) setSlack((s) => s + 8);
  });

  if (notes.length === 0) {
    return <p className="note-wall__empty">{privateWriting ? t('privateWritingProjector') : t('waitingForNotes')}</p>;
  }

  const byId = new Map(notes.map((n) => [n.id, n]));
  const dense = isDense(notes);
  const head = (g: Group) => (
    <h2 className="note-wall__theme" data-wall-head={g.id} key={`h-${g.id}`}>
      {g.name} <span className="count">{g.notes.length}</span>
    </h2>
  );
  const cont = (g: Group, i: number) => (
    <p className="note-wall__cont" aria-hidden="true" key={`cont-${g.id}-${i}`}>
      {g.name}
    </p>
  );
  // until measured (first render, or content changed), one column holds everything in order
  const columns: Slot[][] =
    layout?.key === key
      ? layout.columns
      : [groups.flatMap((g, gi) => [...(g.name ? [{ kind: 'head', group: gi } as Slot] : []), ...g.notes.map((n) => ({ kind: 'note', id: n.id }) as Slot)])];
  const shown = layout ?? { size: baseSize(notes.length), lines: 0, colWidth: baseSize(notes.length) * COLUMN_EM };
  const style = {
    '--note-size': `${shown.size}px`,
    '--clamp': shown.lines ? String(shown.lines) : 'none',
    '--col-w': `${shown.colWidth}px`,
  } as React.CSSProperties;
  return (
    <div
      className={`note-wall${dense ? ' note-wall--dense' : ''}`}
      ref={box}
      style={style}
      data-testid="note-wall"
      lang={contentLang}
      data-count={notes.length}
      data-lines={shown.lines || undefined}
    >
      {columns.map((col, ci) => (
        <div className="note-wall__column" key={ci}>
          {col.map((slot, si) => {
            if (slot.kind === 'head') return head(groups[slot.group]!);
            if (slot.kind === 'cont') return cont(groups[slot.group]!, si);
            const n = byId.get(slot.id);
            return n ? <WallNote key={n.id} note={n} dense={dense} buildsOn={buildsOn(n)} /> : null;
          })}
        </div>
      ))}
    </div>
  );
}

/**
 * A note on the wall: the sticky-note look of NoteCard, with the text clamped to --clamp
 * lines (never removed: the DOM and the accessibility tree keep all of it). On a dense
 * wall the group is a short label in the top corner, so it costs no line of its own.
 */
function WallNote({ note, dense, buildsOn }: { note: Note; dense: boolean; buildsOn: string[] }) {
  const { lang } = useLang();
  const t = useT();
  const group = note.group ?? 'other';
  const facilitator = note.author === 'facilitator';
  const who = facilitator ? t('facilitatorLabel') : GROUP_NAMES[group][lang];
  return (
    <article className={`note group-${facilitator ? 'facilitator' : group}`} data-testid="note" data-note-id={note.id} data-group={group}>
      <p className="note__text">
        {dense ? (
          <span className="note__tag" aria-hidden="true">
            {facilitator ? who : GROUP_NAMES_SHORT[group][lang]}
          </span>
        ) : null}
        <span className="note__body">{note.text}</span>
        {dense ? <span className="visually-hidden"> — {who}</span> : null}
      </p>
      {note.firstAction ? (
        <p className="note__extra">
          <strong>{t('firstAction')}:</strong> {note.firstAction}
        </p>
      ) : null}
      {buildsOn.length ? (
        <p className="note__extra note__builds-on" data-testid="builds-on">
          {t('buildsOnShort', { themes: buildsOn.join(', ') })}
        </p>
      ) : null}
      {dense ? null : (
        <footer className="note__meta">
          <span className="note__group">{who}</span>
        </footer>
      )}
    </article>
  );
}
