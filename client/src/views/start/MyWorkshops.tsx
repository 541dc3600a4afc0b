// "Your workshops": the ones this browser facilitated, so a closed tab is not a lost
// workshop. Kept on this device only (net/facilitated.ts); each can be forgotten.
import { useState } from 'react';
import { facilitatedWorkshops, forgetFacilitated, type FacilitatedWorkshop } from '../../net/facilitated';
import { getSession } from '../../net/session';
import { useLang, useT } from '../../i18n';

export function MyWorkshops() {
  const t = useT();
  const [list, setList] = useState<FacilitatedWorkshop[]>(facilitatedWorkshops);
  const [said, setSaid] = useState('');
  if (list.length === 0 && !said) return null;
  return (
    <section className="card my-workshops" aria-labelledby="mine-h" data-testid="my-workshops">
      <h2 id="mine-h">{t('myWorkshops')}</h2>
      <p className="hint">{t('myWorkshopsHelp')}</p>
      <ul className="my-workshops__list">
        {list.map((w) => (
          <Row
            key={w.id}
            workshop={w}
            onForget={() => {
              forgetFacilitated(w.id);
              setList(facilitatedWorkshops());
              setSaid(t('forgotten'));
              document.getElementById('mine-h')?.focus();
            }}
          />
        ))}
      </ul>
      <p role="status" className="hint">
        {said}
      </p>
    </section>
  );
}

function Row({ workshop, onForget }: { workshop: FacilitatedWorkshop; onForget: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [confirm, setConfirm] = useState(false);
  const token = getSession(workshop.id).facilitatorToken ?? '';
  const date = new Date(workshop.createdAt).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <li className="my-workshops__item" data-testid="my-workshop">
      <div className="my-workshops__what">
        <a href={`/f/${encodeURIComponent(workshop.id)}#${token}`} aria-label={t('openWorkshopNamed', { title: workshop.title })}>
          {workshop.title}
        </a>
        <span className="hint">{t('madeOn', { date })}</span>
      </div>
      {confirm ? (
        <div className="my-workshops__confirm">
          <p>{t('forgetConfirm')}</p>
          <div className="btn-row">
            <button type="button" className="btn btn--small btn--danger" onClick={onForget}>
              {t('yesForget')}
            </button>
            <button type="button" className="btn btn--small" onClick={() => setConfirm(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="btn btn--small btn--quiet" aria-label={t('forgetWorkshopNamed', { title: workshop.title })} onClick={() => setConfirm(true)}>
          {t('forget')}
        </button>
      )}
    </li>
  );
}
