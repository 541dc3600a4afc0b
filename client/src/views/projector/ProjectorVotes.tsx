// Vote results on the projector: live while voting is open, and the ranked result after
// it closes (until the step changes). Every row whole; pages when they do not all fit.
import { useRef } from 'react';
import type { Tally } from '../../../../shared/tally';
import type { GroupId } from '../../../../shared/groups';
import { VoteResults, rankResults, type VoteTarget } from '../../components/VoteResults';
import { useLang, useT } from '../../i18n';
import { usePages } from './usePages';
import { PageCount } from './PageCount';
import { PageControls } from './PageControls';

export function ProjectorVotes({
  open,
  targets,
  tallies,
  combine,
}: {
  open: boolean;
  targets: VoteTarget[];
  tallies: Map<string, Tally>;
  /** Anonymous workshops: roles of one or two people counted together. */
  combine: ReadonlySet<GroupId>;
}) {
  const t = useT();
  const { lang } = useLang();
  const box = useRef<HTMLDivElement>(null);
  const rows = rankResults(targets, tallies);
  const pages = usePages(box, JSON.stringify([lang, [...combine], rows.map((r) => [r.target.id, r.target.label, r.tally])]));
  return (
    <section className="projector__paged projector__votes" aria-labelledby="pv-h" data-testid="projector-votes" data-open={open}>
      <div className="projector__paged-top">
        <h2 id="pv-h" className="projector__paged-head">
          {open ? t('votingLive') : t('votingClosedResults')} <PageCount pages={pages} />
        </h2>
        <PageControls pages={pages} />
      </div>
      <div className="projector__page-box" ref={box}>
        <VoteResults targets={targets} tallies={tallies} limit={Infinity} ranked shows={pages.shows} combine={combine} key={pages.page} />
      </div>
    </section>
  );
}
