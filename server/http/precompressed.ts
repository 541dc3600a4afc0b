// Serves the Brotli or gzip copy that the build wrote beside a client file
// (client/build/precompress.ts) when the browser accepts it: a phone on a slow network
// downloads 60 KB of script instead of 220 KB, and the server compresses nothing per
// request. Anything without a copy falls through to express.static.
import fs from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';

const ENCODINGS = [
  { token: 'br', extension: '.br' },
  { token: 'gzip', extension: '.gz' },
] as const;

/** The encodings the request accepts (q=0 excluded), from its Accept-Encoding header. */
function accepted(header: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) out.add(name);
  }
  return out;
}

export function precompressed(root: string, headers: Record<string, string> = {}): RequestHandler {
  const base = path.resolve(root);
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let relative: string;
    try {
      relative = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    const file = path.resolve(base, `.${relative}`);
    if (!file.startsWith(base + path.sep)) return next();
    const take = accepted(req.headers['accept-encoding']);
    for (const { token, extension } of ENCODINGS) {
      if (!take.has(token) || !fs.existsSync(file + extension)) continue;
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Content-Encoding', token);
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.type(path.extname(file));
      res.sendFile(file + extension, (error) => {
        if (error && !res.headersSent) next(error);
      });
      return;
    }
    res.setHeader('Vary', 'Accept-Encoding');
    next();
  };
}
