// Entry: a tiny router by path. Each view is its own chunk, so a phone on the join or
// participant path never loads the facilitator console or the projector.
import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { LanguageProvider } from './i18n';
import { applyContrastFromAddress } from './lib/contrast';
import { PageTitle } from './components/PageTitle';
import './styles/base.css';

const StartPage = lazy(() => import('./views/start/StartPage'));
const JoinPage = lazy(() => import('./views/join/JoinPage'));
const ParticipantView = lazy(() => import('./views/participant/ParticipantView'));
const FacilitatorConsole = lazy(() => import('./views/facilitator/FacilitatorConsole'));
const ProjectorView = lazy(() => import('./views/projector/ProjectorView'));
const NotFound = lazy(() => import('./views/start/NotFound'));
const SeriesPage = lazy(() => import('./views/series/SeriesPage'));

function route(pathname: string) {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id] = parts;
  if (!head) return <><PageTitle view="start" /><StartPage /></>;
  if (head === 'j') return <><PageTitle view="join" /><JoinPage code={id ?? ''} /></>;
  if (head === 'w' && id) return <><PageTitle view="participant" /><ParticipantView workshopId={id} /></>;
  if (head === 'f' && id) return <><PageTitle view="facilitator" /><FacilitatorConsole workshopId={id} /></>;
  if (head === 'p' && id) return <><PageTitle view="projector" /><ProjectorView workshopId={id} /></>;
  if (head === 's' && id) return <><PageTitle view="series" /><SeriesPage seriesId={id} /></>;
  return <><PageTitle view="notFound" /><NotFound /></>;
}

applyContrastFromAddress();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <LanguageProvider>
        <Suspense fallback={<p className="loading">…</p>}>{route(location.pathname)}</Suspense>
      </LanguageProvider>
    </StrictMode>,
  );
}

