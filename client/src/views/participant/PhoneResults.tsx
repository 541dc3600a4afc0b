// The vote result on a phone once voting has closed: the same ranked totals and dots per
// role as on the projector, so a participant who looks down sees what the room sees. It
// stays until the facilitator moves on (room state `resultsShown`).
import { useMemo } from 'react';
import type { Note, Theme, Vote } from '../../../../shared/schema';
import type { Roster } from '../../../../shared/room';
import { tallyVotes } from '../../../../shared/tally';
import { groupsToCombine } from '../../../../shared/small-groups';
import { VoteResults } from '../../components/VoteResults';
import { useT } from '../../i18n';

export function PhoneResults({
  themes,
  notes,
  votes,
  roster,
  anonymous,
}: {
  themes: Theme[];
  notes: Note[];
  votes: Vote[];
  roster: Roster | null;
  anonymous: boolean;
}) {
  const t = useT();
  const people = useMemo(() => new Map((roster?.participants ?? []).map((p) => [p.id, p.group])), [roster]);
  const tallies = useMemo(() => tallyVotes(votes, (id) => people.get(id)), [votes, people]);
  const combine = useMemo(() => groupsToCombine(people.values(), anonymous), [people, anonymous]);
  const targets = [...themes.map((th) => ({ id: th.id, label: th.name })), ...notes.map((n) => ({ id: n.id, label: n.text }))];
  return (
    <section aria-labelledby="phone-results-h" className="phone-results" data-testid="phone-results">
      <h2 id="phone-results-h">{t('votingClosedResults')}</h2>
      <VoteResults targets={targets} tallies={tallies} limit={Infinity} ranked combine={combine} />
    </section>
  );
}
