import { useT } from '../../i18n';
import { PageHeader } from '../../components/PageHeader';

export default function NotFound() {
  const t = useT();
  return (
    <>
      <PageHeader />
      <main className="page page--narrow">
        <h1>{t('notFoundTitle')}</h1>
        <p>
          <a href="/">{t('toStart')}</a>
        </p>
      </main>
    </>
  );
}
