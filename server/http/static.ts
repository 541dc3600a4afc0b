// The built client, with the single-page fallback: every page path gets index.html (with
// hints for what that page loads next, page-html.ts) and the client picks the view from the path.
import path from 'node:path';
import express, { type Router } from 'express';
import { pageHtml } from './page-html.js';
import { precompressed } from './precompressed.js';

export function clientRoutes(clientDir: string): Router {
  const router = express.Router();
  const page = pageHtml(clientDir);
  router.use('/assets', precompressed(path.join(clientDir, 'assets'), { 'Cache-Control': 'public, max-age=31536000, immutable' }));
  router.use(
    '/assets',
    express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.use(express.static(clientDir, { index: false }));
  router.get(/^\/(?!api\/|yjs\/|socket\.io\/).*/, (req, res) => {
    const html = page(req.path);
    if (html === null) {
      res.status(503).type('text/plain').send('The client is not built. Run `npm run build` (npm start does this for you).\n');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  });
  return router;
}
