// Dot voting on the phone: + and − per target, with the dots left.
import type { Vote } from '../../../../shared/schema';
import { useT } from '../../i18n';

export interface VoteItem {
  id: string;
  text: string;
  kind: 'theme' | 'note';
}

interface Props {
  items: VoteItem[];
  votes: Vote[];
  me: string;
  dots: number;
  used: number;
  canVote: boolean;
  onVote: (target: string, dots: number) => void;
}

export function VotePanel({ items, votes, me, dots, used, canVote, onVote }: Props) {
  const t = useT();
  const left = Math.max(0, dots - used);
  const mine = new Map(votes.filter((v) => v.voter === me).map((v) => [v.target, v.dots]));
  return (
    <section className="vote-panel card" aria-labelledby="vote-h">
      <h2 id="vote-h">{t('votingOpen')}</h2>
      <p className="dots-left" data-testid="dots-left" aria-live="polite">
        {t('dotsLeft', { left, total: dots })}
      </p>
      <DotRow n={dots} filled={used} />
      {!canVote ? <p className="hint">{t('voteWhenOnline')}</p> : null}
      <ul className="vote-list">
        {items.map((item) => {
          const n = mine.get(item.id) ?? 0;
          return (
            <li key={item.id} className="vote-item" data-testid="vote-item">
              <p className="vote-item__text">
                {item.kind === 'theme' ? <span className="tag">{t('theme')}</span> : null} {item.text}
              </p>
              <div className="vote-item__controls">
                <button type="button" className="btn btn--round" aria-label={t('removeDotFrom', { text: short(item.text) })} disabled={!canVote || n === 0} onClick={() => onVote(item.id, n - 1)}>
                  −
                </button>
                <span className="vote-item__count" aria-label={t('yourDots', { n })}>
                  {n}
                </span>
                <button type="button" className="btn btn--round btn--primary" aria-label={t('addDotTo', { text: short(item.text) })} disabled={!canVote || left === 0} onClick={() => onVote(item.id, n + 1)}>
                  +
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
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
