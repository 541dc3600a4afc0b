// "Suggest themes" on the console (issue 19): asks the server for a proposal, shows it as
// a preview above the board, and writes only what the facilitator accepts, through the
// facilitator's own Yjs document like every other board change. Also marks the notes most
// like the note the facilitator is working on ("similar notes").
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StepId } from '../../../../shared/steps';
import type { ThemeSuggestion, SuggestThemesResponse, SimilarNotesResponse } from '../../../../shared/suggest-api';
import { SUGGEST_TEXT, type SuggestKey } from '../../../../shared/i18n/suggest';
import type { Board } from '../../net/useBoard';
import { useNotes, useThemes } from '../../net/hooks';
import { newId } from '../../lib/id';
import { useLang } from '../../i18n';
import '../../styles/suggest.css';

interface Props {
  workshopId: string;
  token: string;
  step: StepId;
  board: Board;
}

interface Draft extends ThemeSuggestion {
  key: string;
}

function useSuggestT() {
  const { lang } = useLang();
  return useCallback(
    (key: SuggestKey, vars: Record<string, string | number> = {}) =>
      SUGGEST_TEXT[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? '')),
    [lang],
  );
}

async function postJson<T>(url: string, token: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  const json = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (!res.ok) throw new Error(json.error ?? String(res.status));
  return json;
}

export function ThemeSuggestions({ workshopId, token, step, board }: Props) {
  const s = useSuggestT();
  const notes = useNotes(board, step);
  const themes = useThemes(board, step);
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  useSimilarHighlight(workshopId, token, setStatus, s);

  // a proposal belongs to one step
  useEffect(() => setDrafts(null), [step]);

  const known = new Set(themes.map((t) => t.id));
  const loose = notes.filter((n) => !n.themeId || !known.has(n.themeId));
  const textOf = new Map(notes.map((n) => [n.id, n.text]));

  async function ask() {
    setBusy(true);
    setStatus(s('busy'));
    try {
      const answer = await postJson<SuggestThemesResponse>(`/api/workshops/${encodeURIComponent(workshopId)}/themes/suggest`, token, { step });
      setDrafts(answer.suggestions.map((x) => ({ ...x, key: newId() })));
      setStatus(answer.suggestions.length ? s('found', { n: answer.suggestions.length }) : s('noneFound'));
    } catch (error) {
      setStatus(s('failed', { error: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  }

  /** Writes one suggestion to the board; notes that were themed or deleted meanwhile are skipped. */
  function write(d: Draft) {
    const doc = board.board;
    const name = d.name.trim().slice(0, 120);
    doc.doc.transact(() => {
      let themeId = d.themeId && known.has(d.themeId) ? d.themeId : null;
      if (!themeId) {
        themeId = newId();
        doc.addTheme({ name: name || d.name, step, createdAt: Date.now() }, themeId);
      }
      const current = new Map(doc.notes().map((n) => [n.id, n]));
      for (const id of d.noteIds) {
        const note = current.get(id);
        if (note && (!note.themeId || !known.has(note.themeId))) doc.updateNote(id, { themeId });
      }
    });
  }

  const acceptOne = (d: Draft) => {
    write(d);
    setDrafts((all) => (all ?? []).filter((x) => x.key !== d.key));
    setStatus(s('accepted', { name: d.name }));
  };
  const acceptAll = () => {
    for (const d of drafts ?? []) if (d.noteIds.length > 0) write(d);
    setDrafts(null);
    setStatus(s('acceptedAll'));
  };
  const discardOne = (d: Draft) => setDrafts((all) => (all ?? []).filter((x) => x.key !== d.key));
  const rename = (key: string, name: string) => setDrafts((all) => (all ?? []).map((x) => (x.key === key ? { ...x, name } : x)));
  const move = (noteId: string, toKey: string) =>
    setDrafts((all) =>
      (all ?? []).map((x) => {
        const without = x.noteIds.filter((id) => id !== noteId);
        return x.key === toKey ? { ...x, noteIds: [...without, noteId] } : { ...x, noteIds: without };
      }),
    );

  if (notes.length === 0 && !drafts) return null;
  return (
    <section className="panel suggest" aria-labelledby="suggest-h" data-testid="theme-suggestions">
      <div className="suggest__head">
        <h2 id="suggest-h">{s('title')}</h2>
        <button type="button" className="btn" onClick={() => void ask()} disabled={busy || loose.length === 0}>
          {busy ? s('busy') : s('suggest')}
        </button>
      </div>
      <p className="suggest__intro">{loose.length === 0 && notes.length > 0 ? s('nothingToDo') : s('intro')}</p>
      <p className="suggest__intro">{s('similarHint')}</p>
      <p className="suggest__status" role="status" aria-live="polite">
        {status}
      </p>
      {drafts && drafts.length > 0 ? (
        <div className="suggest__preview" role="group" aria-label={s('title')}>
          <p className="notice">{s('previewHint')}</p>
          <div className="btn-row">
            <button type="button" className="btn btn--primary" onClick={acceptAll}>
              {s('acceptAll')}
            </button>
            <button type="button" className="btn btn--quiet" onClick={() => (setDrafts(null), setStatus(s('discarded')))}>
              {s('discardAll')}
            </button>
          </div>
          <ul className="suggest__list">
            {drafts.map((d) => (
              <li key={d.key} className="suggest__item" data-testid="suggestion">
                {d.themeId ? (
                  <h3>{s('intoExisting', { name: d.name })}</h3>
                ) : (
                  <div className="suggest__name">
                    <label htmlFor={`sg-${d.key}`}>{s('themeName')}</label>
                    <input id={`sg-${d.key}`} value={d.name} maxLength={120} onChange={(e) => rename(d.key, e.target.value)} />
                  </div>
                )}
                <ul className="suggest__notes">
                  {d.noteIds.map((id) => (
                    <li key={id}>
                      <span className="suggest__text">{textOf.get(id) ?? ''}</span>
                      <label className="visually-hidden" htmlFor={`sg-${d.key}-${id}`}>
                        {s('moveTo', { text: (textOf.get(id) ?? '').slice(0, 40) })}
                      </label>
                      <select id={`sg-${d.key}-${id}`} value={d.key} onChange={(e) => move(id, e.target.value)}>
                        {drafts.map((o) => (
                          <option key={o.key} value={o.key}>
                            {o.name}
                          </option>
                        ))}
                        <option value="">{s('leaveOut')}</option>
                      </select>
                    </li>
                  ))}
                </ul>
                <div className="btn-row">
                  <button type="button" className="btn btn--small" onClick={() => acceptOne(d)} disabled={d.noteIds.length === 0} aria-label={s('acceptNamed', { name: d.name })}>
                    {s('accept')}
                  </button>
                  <button type="button" className="btn btn--small btn--quiet" onClick={() => discardOne(d)} aria-label={s('discardNamed', { name: d.name })}>
                    {s('discard')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/**
 * When the facilitator clicks a note on the board, or moves focus into one (its theme
 * select, its buttons), the notes most like it are marked with `data-similar` (styled in
 * suggest.css, with a text badge so it is not colour only) and the count is announced.
 */
function useSimilarHighlight(workshopId: string, token: string, announce: (text: string) => void, s: ReturnType<typeof useSuggestT>) {
  const current = useRef<string | null>(null);
  useEffect(() => {
    const clear = () => document.querySelectorAll('[data-similar]').forEach((el) => el.removeAttribute('data-similar'));
    const onSelect = (event: Event) => {
      const card = event.target instanceof Element ? event.target.closest('.theme-board [data-note-id]') : null;
      const noteId = card?.getAttribute('data-note-id');
      if (!noteId || noteId === current.current) return;
      current.current = noteId;
      postJson<SimilarNotesResponse>(`/api/workshops/${encodeURIComponent(workshopId)}/notes/similar`, token, { noteId, limit: 5 })
        .then(({ similar }) => {
          if (current.current !== noteId) return;
          clear();
          for (const { noteId: id } of similar) document.querySelector(`.theme-board [data-note-id="${CSS.escape(id)}"]`)?.setAttribute('data-similar', s('similarBadge'));
          announce(similar.length ? s('similarFound', { n: similar.length }) : s('similarNone'));
        })
        .catch(() => undefined);
    };
    document.addEventListener('click', onSelect);
    document.addEventListener('focusin', onSelect);
    return () => {
      document.removeEventListener('click', onSelect);
      document.removeEventListener('focusin', onSelect);
      clear();
    };
  }, [workshopId, token, announce, s]);
}
