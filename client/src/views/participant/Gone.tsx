import { useT } from '../../i18n';
import { PageHeader } from '../../components/PageHeader';

export function Gone({ reason, code }: { reason: 'notJoined' | 'removed' | 'deleted' | 'refused'; code?: string | undefined }) {
  const t = useT();
  const title = reason === 'removed' ? t('removedTitle') : reason === 'deleted' ? t('deletedTitle') : reason === 'notJoined' ? t('notJoinedTitle') : t('refusedTitle');
  const body = reason === 'removed' ? t('removedBody') : reason === 'deleted' ? t('deletedBody') : t('notJoinedBody');
  return (
    <>
      <PageHeader />
      <main className="page page--narrow page--phone">
        <section className="card gone" data-testid={reason === 'removed' ? 'removed' : 'gone'} role="alert">
          <h1>{title}</h1>
          <p>{body}</p>
          {reason !== 'removed' && reason !== 'deleted' ? (
            <p>
              <a className="btn btn--primary btn--large" href={code ? `/j/${encodeURIComponent(code)}` : '/j'}>
                {t('joinAgain')}
              </a>
            </p>
          ) : null}
        </section>
      </main>
    </>
  );
}
