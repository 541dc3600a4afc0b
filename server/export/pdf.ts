// The results report as an A4 PDF, in the workshop's language. The facilitator sends it
// to everyone afterwards and brings it to the next meeting, so it must read as a
// finished document, never fail on what participants typed, and not stall the server:
// the server renders it in a worker thread through pdf-offthread.ts, never here.
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import { buildReport } from './report-model.js';
import { openReportDocument } from './pdf-document.js';
import { drawActions, drawCover, drawInterviews, drawOverview, drawParticipants, drawStep } from './pdf-sections.js';
import { drawSocialMap } from './pdf-map.js';

/** Let other work on the event loop run between sections when rendering in-thread. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function renderPdf(snapshot: WorkshopSnapshot): Promise<Buffer> {
  const model = buildReport(snapshot);
  const { layout, finish } = openReportDocument({ lang: model.lang, title: model.title, author: model.facilitator, subject: model.labels.reportSubtitle });

  drawCover(layout, model);
  // The overview is short: at the end it often stood alone on a near-empty last page, so it
  // follows the participants as the report's page at a glance, and the first step flows on.
  drawParticipants(layout, model);
  drawOverview(layout, model);
  for (const [i, section] of model.sections.entries()) {
    await breathe();
    drawStep(layout, model, section, i === 0);
    if (section.step === 'discover') drawInterviews(layout, model);
    if (section.step === 'deliver') drawActions(layout, model, false);
  }
  const hasDeliver = model.sections.some((s) => s.step === 'deliver');
  if (!hasDeliver && model.actions.length) drawActions(layout, model, true);
  drawSocialMap(layout, model);
  return finish(model.labels.page);
}
