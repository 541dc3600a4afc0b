// Theme suggestions and similar notes for the facilitator (issue 19): computed here, on
// the server, from the workshop's own notes; nothing leaves the machine. Read-only: the
// facilitator's client writes what they accept through their own Yjs document.
import express, { type Router } from 'express';
import { BoardDoc } from '../../shared/schema.js';
import { similarNotesBody, suggestThemesBody, type SimilarNotesResponse, type SuggestThemesResponse } from '../../shared/suggest-api.js';
import type { Workshops } from '../workshops/workshops.js';
import type { LoadedDocs } from '../yjs/loaded-docs.js';
import { UserError } from '../workshops/errors.js';
import { handle, parseBody, requireFacilitatorOf } from './respond.js';

// The suggestion code (stemmers, concept lists) is loaded on the first request that needs
// it: a server that never suggests, and every start, goes without it (issue 17).
const suggestions = () => import('../suggest/suggest.js');

export function suggestRoutes(deps: { workshops: Workshops; loadedDocs: LoadedDocs }): Router {
  const router = express.Router();
  const requireFacilitator = requireFacilitatorOf(deps.workshops);

  router.post(
    '/:id/themes/suggest',
    handle(async (req, res) => {
      const record = await requireFacilitator(req);
      const { step } = parseBody(suggestThemesBody, req.body);
      // Read, not loaded for writing: behind a load balancer this request may reach a node
      // that does not serve the workshop, and must not take it from the one that does.
      const { notes, themes } = await deps.loadedDocs.read(record.id, (doc) => {
        const board = new BoardDoc(doc);
        return { notes: board.notes().filter((n) => n.step === step), themes: board.themes().filter((t) => t.step === step) };
      });
      const { suggestThemes } = await suggestions();
      const answer: SuggestThemesResponse = suggestThemes({
        language: record.language,
        notes: notes.map((n) => ({ id: n.id, text: n.text, themeId: n.themeId })),
        themes: themes.map((t) => ({ id: t.id, name: t.name })),
      });
      res.setHeader('Cache-Control', 'no-store');
      res.json(answer);
    }),
  );

  router.post(
    '/:id/notes/similar',
    handle(async (req, res) => {
      const record = await requireFacilitator(req);
      const { noteId, limit } = parseBody(similarNotesBody, req.body);
      const notes = await deps.loadedDocs.read(record.id, (doc) => new BoardDoc(doc).notes());
      const note = notes.find((n) => n.id === noteId);
      if (!note) throw new UserError(404, 'No such note in this workshop.');
      const sameStep = notes.filter((n) => n.step === note.step).map((n) => ({ id: n.id, text: n.text }));
      const { similarNotes } = await suggestions();
      const answer: SimilarNotesResponse = { similar: similarNotes(sameStep, noteId, record.language, limit ?? 5) };
      res.setHeader('Cache-Control', 'no-store');
      res.json(answer);
    }),
  );

  return router;
}
