import type { Pages } from './usePages';
import { useT } from '../../i18n';

/** "1/3" where the projector pages through a list by itself; nothing when it fits on one page. */
export function PageCount({ pages }: { pages: Pages }) {
  const t = useT();
  if (pages.pages < 2) return null;
  const vars = { page: pages.page + 1, pages: pages.pages };
  return (
    <span className="page-count" data-testid="page-count" data-page={vars.page} data-pages={vars.pages}>
      <span aria-hidden="true">
        {vars.page}/{vars.pages}
      </span>
      <span className="visually-hidden">{t('pageOf', vars)}</span>
    </span>
  );
}
