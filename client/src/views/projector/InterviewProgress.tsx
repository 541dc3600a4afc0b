// The projector during a paired interview round: every pair or trio by number (names
// only when the workshop is not anonymous), the turn and its clock with the "swap roles"
// moment, and how many pairs have written their partner's story.
import type { InterviewRound } from '../../../../shared/interviews';
import type { Roster } from '../../../../shared/room';
import type { Note } from '../../../../shared/schema';
import { GROUP_NAMES_SHORT } from '../../../../shared/i18n/names';
import { useLang, useT } from '../../i18n';
import { InterviewTurn } from '../../components/InterviewTurn';
import { groupLabel } from '../../lib/interviews';

export function InterviewProgress({ round, roster, notes, clockOffset }: { round: InterviewRound; roster: Roster | null; notes: Note[]; clockOffset: number }) {
  const t = useT();
  const { lang } = useLang();
  const people = new Map((roster?.participants ?? []).map((p) => [p.id, p]));
  const wrote = new Set(notes.filter((n) => n.interviewer).map((n) => `${n.interviewer}>${n.author}`));
  const storiesOf = (group: string[]) => group.filter((id, i) => group.length > 1 && wrote.has(`${id}>${group[(i + 1) % group.length]}`)).length;
  const written = round.groups.filter((g) => storiesOf(g) > 0).length;
  const dense = round.groups.length > 8;
  return (
    <section className={`interview-progress${dense ? ' interview-progress--dense' : ''}`} aria-labelledby="interview-progress-h" data-testid="interview-progress">
      <div className="interview-progress__top">
        <div>
          <h2 id="interview-progress-h">{t('interviewTitle')}</h2>
          <p className="pace pace--big" role="status" data-testid="pairs-written">
            {t('pairsWritten', { n: written, m: round.groups.length })}
          </p>
          {round.phase === 'proposed' ? <p className="interview-progress__hint">{t('pairsOnScreenHint')}</p> : null}
        </div>
        <InterviewTurn round={round} clockOffset={clockOffset} big />
      </div>
      <ol className="interview-pairs" data-testid="interview-pairs">
        {round.groups.map((group, index) => {
          const stories = storiesOf(group);
          return (
            <li key={group.join(' ')} className={`interview-pair${stories === group.length ? ' is-complete' : ''}`} data-testid="interview-pair">
              <h3 className="interview-pair__label">{groupLabel(t, group, index)}</h3>
              <ul className="interview-pair__people">
                {group.map((id) => {
                  const p = people.get(id);
                  const groupName = GROUP_NAMES_SHORT[p?.group ?? 'other'][lang];
                  return (
                    <li key={id} className={`interview-pair__person group-${p?.group ?? 'other'}`}>
                      {p?.name ? (
                        <>
                          <span className="interview-pair__name">{p.name}</span> <span className="interview-pair__group">{groupName}</span>
                        </>
                      ) : (
                        <span className="interview-pair__name">{groupName}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
              <p className="interview-pair__stories">{t('storiesWritten', { n: stories, m: group.length })}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
