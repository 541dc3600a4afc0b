// Dot voting on the phone, built for a room's worth of items (50 and more): compact rows
// grouped by theme, a search box, and the dots left in a bar that stays in view.
import { useId, useState } from 'react';
import type { Note, Theme, Vote } from '../../../../shared/schema';
import { useT } from '../../i18n';

interface Props {
  themes: Theme[];
  notes: Note[];
  votes: Vote[];
  me: string;
  dots: number;
  used: number;
  canVote: boolean;
  onVote: (target: string, dots: number) => void;
}

interface Group {
  theme: Theme | null;
  notes: Note[];
}

/** Lower case without accents, so "cafe" finds "café". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function VotePanel({ themes, notes, votes, me, dots, used, canVote, onVote }: Props) {
  const t = useT();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [onlyMine, setOnlyMine] = useState(false);
  const left = Math.max(0, dots - used);
  const mine = new Map(votes.filter((v) => v.voter === me).map((v) => [v.target, v.dots]));
  const q = fold(query.trim());
  const shown = (id: string, text: string) => (!q || fold(text).includes(q)) && (!onlyMine || (mine.get(id) ?? 0) > 0);

  const known = new Set(themes.map((th) => th.id));
  const groups: Group[] = [
    ...themes.map((theme) => ({ theme, notes: notes.filter((n) => n.themeId === theme.id) })),
    { theme: null, notes: notes.filter((n) => !n.themeId || !known.has(n.themeId)) },
  ];
  const total = themes.length + notes.length;
  let visible = 0;
  const rendered = groups.map((g) => {
    const themeShown = g.theme ? shown(g.theme.id, g.theme.name) : false;
    // A theme whose name matches shows all its notes; otherwise only the matching ones.
    const groupNotes = g.notes.filter((n) => shown(n.id, n.text) || (themeShown && !onlyMine));
    if (!themeShown && groupNotes.length === 0) return null;
    visible += (themeShown ? 1 : 0) + groupNotes.length;
    const key = g.theme?.id ?? 'none';
    return (
      <li key={key} className="vote-group" data-testid="vote-group">
        {g.theme && !themeShown ? <p className="vote-group__name">{g.theme.name}</p> : null}
        {!g.theme && themes.length ? <p className="vote-group__name">{t('notInAnyTheme')}</p> : null}
        <ul className="vote-list">
          {g.theme && themeShown ? <Row id={g.theme.id} text={g.theme.name} isTheme n={mine.get(g.theme.id) ?? 0} left={left} canVote={canVote} onVote={onVote} /> : null}
          {groupNotes.map((n) => (
            <Row key={n.id} id={n.id} text={n.text} n={mine.get(n.id) ?? 0} left={left} canVote={canVote} onVote={onVote} />
          ))}
        </ul>
      </li>
    );
  });

  return (
    <section className="vote-panel card" aria-labelledby="vote-h" data-testid="vote-panel">
      <div className="vote-panel__head" data-testid="vote-head">
        <h2 id="vote-h">{t('votingOpen')}</h2>
        <div className="vote-panel__dots">
          <p className="dots-left" data-testid="dots-left" aria-live="polite">
            {t('dotsLeft', { left, total: dots })}
          </p>
          <DotRow n={dots} filled={used} />
        </div>
        {total > 8 ? (
          <div className="vote-panel__search">
            <label htmlFor={searchId} className="visually-hidden">
              {t('searchVoteItems')}
            </label>
            <input id={searchId} type="search" placeholder={t('searchVoteItems')} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="vote-search" />
            <label className="choice vote-panel__mine">
              <input type="checkbox" checked={onlyMine} onChange={(e) => setOnlyMine(e.target.checked)} />
              {t('onlyMyDots')}
            </label>
          </div>
        ) : null}
        {!canVote ? <p className="hint">{t('voteWhenOnline')}</p> : null}
      </div>
      {q || onlyMine ? (
        <p className="hint" role="status">
          {visible ? t('voteMatches', { n: visible, total }) : t('noVoteMatches', { q: query.trim() })}
        </p>
      ) : null}
      <ul className="vote-groups">{rendered}</ul>
    </section>
  );
}

interface RowProps {
  id: string;
  text: string;
  isTheme?: boolean;
  n: number;
  left: number;
  canVote: boolean;
  onVote: (target: string, dots: number) => void;
}

function Row({ id, text, isTheme = false, n, left, canVote, onVote }: RowProps) {
  const t = useT();
  return (
    <li className={`vote-item${isTheme ? ' vote-item--theme' : ''}${n ? ' has-dots' : ''}`} data-testid="vote-item">
      <p className="vote-item__text">
        {isTheme ? <span className="tag">{t('theme')}</span> : null} {text}
      </p>
      <div className="vote-item__controls">
        <button type="button" className="btn btn--round" aria-label={t('removeDotFrom', { text: short(text) })} disabled={!canVote || n === 0} onClick={() => onVote(id, n - 1)}>
          −
        </button>
        <span className="vote-item__count" aria-label={t('yourDots', { n })}>
          {n}
        </span>
        <button type="button" className="btn btn--round btn--primary" aria-label={t('addDotTo', { text: short(text) })} disabled={!canVote || left === 0} onClick={() => onVote(id, n + 1)}>
          +
        </button>
      </div>
    </li>
  );
}

function DotRow({ n, filled }: { n: number; filled: number }) {
  return (
    <p className="dot-row" aria-hidden="true">
      {Array.from({ length: n }, (_, i) => (
        <span key={i} className={i < filled ? 'dot dot--used' : 'dot'} />
      ))}
    </p>
  );
}

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
