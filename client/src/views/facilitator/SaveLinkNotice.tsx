// Right after creating a workshop: the one moment to keep the facilitator link safe.
// Without it (a closed tab, another laptop) nobody can get back in.
import { useState } from 'react';
import { facilitatorLink } from '../../net/facilitated';
import { useT } from '../../i18n';

export function SaveLinkNotice({ workshopId, token, title, onDone }: { workshopId: string; token: string; title: string; onDone: () => void }) {
  const t = useT();
  const [copied, setCopied] = useState<boolean | null>(null);
  const link = facilitatorLink(workshopId, token);
  const mail = `mailto:?subject=${encodeURIComponent(t('mailSubject', { title }))}&body=${encodeURIComponent(`${t('mailBody')}\n${link}\n`)}`;
  return (
    <section className="save-link" aria-labelledby="save-link-h" data-testid="save-link">
      <h2 id="save-link-h">{t('saveLinkTitle')}</h2>
      <p>{t('saveLinkBody')}</p>
      <div className="save-link__row">
        <label htmlFor="save-link-url" className="visually-hidden">
          {t('yourLink')}
        </label>
        <input id="save-link-url" readOnly value={link} onFocus={(e) => e.currentTarget.select()} data-testid="save-link-url" />
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => {
            navigator.clipboard.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {t('copyLink')}
        </button>
        <a className="btn" href={mail} data-testid="mail-link">
          {t('mailToSelf')}
        </a>
        <button type="button" className="btn btn--quiet" onClick={onDone}>
          {t('linkSaved')}
        </button>
      </div>
      <p role="status" className="hint">
        {copied === true ? t('copied') : copied === false ? t('copyFailed') : ''}
      </p>
    </section>
  );
}
