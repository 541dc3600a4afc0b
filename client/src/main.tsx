// Entry: a tiny router by path. Each view is its own chunk, so a phone on the join or
// participant path never loads the facilitator console or the projector. The server
// names the path's view chunks in the page (server/http/page-html.ts), so they arrive
// with this script; the view is rendered once its module is in, not through a Suspense
// fallback: React holds back the content that replaces a fallback for up to 300 ms
// after the fallback showed, which on the join page cost most of what the preload saved.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { LanguageProvider } from './i18n';
import { applyContrastFromAddress } from './lib/contrast';
import { PageTitle } from './components/PageTitle';
import './styles/base.css';

async function route(pathname: string): Promise<ReactNode> {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id] = parts;
  if (!head) {
    const { default: StartPage } = await import('./views/start/StartPage');
    return <><PageTitle view="start" /><StartPage /></>;
  }
  if (head === 'j') {
    const { default: JoinPage } = await import('./views/join/JoinPage');
    return <><PageTitle view="join" /><JoinPage code={id ?? ''} /></>;
  }
  if (head === 'w' && id) {
    const { default: ParticipantView } = await import('./views/participant/ParticipantView');
    return <><PageTitle view="participant" /><ParticipantView workshopId={id} /></>;
  }
  if (head === 'f' && id) {
    const { default: FacilitatorConsole } = await import('./views/facilitator/FacilitatorConsole');
    return <><PageTitle view="facilitator" /><FacilitatorConsole workshopId={id} /></>;
  }
  if (head === 'p' && id) {
    const { default: ProjectorView } = await import('./views/projector/ProjectorView');
    return <><PageTitle view="projector" /><ProjectorView workshopId={id} /></>;
  }
  if (head === 's' && id) {
    const { default: SeriesPage } = await import('./views/series/SeriesPage');
    return <><PageTitle view="series" /><SeriesPage seriesId={id} /></>;
  }
  const { default: NotFound } = await import('./views/start/NotFound');
  return <><PageTitle view="notFound" /><NotFound /></>;
}

applyContrastFromAddress();
const root = document.getElementById('root');
if (root) {
  const view = route(location.pathname);
  const app = createRoot(root);
  void view.then((page) =>
    app.render(
      <StrictMode>
        <LanguageProvider>{page}</LanguageProvider>
      </StrictMode>,
    ),
  );
}
