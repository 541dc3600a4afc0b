// Vite plugin: writes route-preloads.json beside index.html, naming for each page path's
// first segment the scripts and stylesheets of the view that path opens. Each view is a
// lazy chunk (client/src/main.tsx), so without a hint the phone finds the join page's
// chunk only after the entry script has downloaded and run, and waits one more round
// trip for it; the server (server/http/page-html.ts) lists these files in the page's
// <head> so they download beside the entry script.
import path from 'node:path';
import type { Plugin } from 'vite';
import { ROUTE_PRELOADS_FILE, type RoutePreloads } from '../../shared/route-preloads';

/** The parts of a built chunk this plugin reads (Rollup's and Rolldown's OutputChunk). */
interface ChunkInfo {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** `views`: first path segment ('' for the start page) → the view's module, relative to the client root. */
export function routePreloads(views: Record<string, string>): Plugin {
  let root = '';
  let base = '/';
  return {
    name: 'kruiwagen-route-preloads',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkInfo>();
      for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item as unknown as ChunkInfo);
      const closure = (start: ChunkInfo): ChunkInfo[] => {
        const seen = new Map<string, ChunkInfo>();
        const visit = (chunk: ChunkInfo) => {
          if (seen.has(chunk.fileName)) return;
          seen.set(chunk.fileName, chunk);
          for (const name of chunk.imports) {
            const next = chunks.get(name);
            if (next) visit(next);
          }
        };
        visit(start);
        return [...seen.values()];
      };
      // The entry and what it imports statically are in index.html already.
      const inPage = new Set<string>();
      for (const chunk of chunks.values()) if (chunk.isEntry) for (const c of closure(chunk)) inPage.add(c.fileName);
      const out: RoutePreloads = {};
      for (const [head, source] of Object.entries(views)) {
        const file = path.resolve(root, source);
        const view = [...chunks.values()].find((c) => c.facadeModuleId !== null && path.resolve(c.facadeModuleId) === file);
        if (!view) {
          this.error(`route-preloads: no chunk for ${source} (route "${head}"); is it still imported lazily by the router?`);
        }
        const files = closure(view).filter((c) => !inPage.has(c.fileName));
        out[head] = {
          scripts: files.map((c) => base + c.fileName),
          styles: [...new Set(files.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]))].map((name) => base + name),
        };
      }
      this.emitFile({ type: 'asset', fileName: ROUTE_PRELOADS_FILE, source: `${JSON.stringify(out, null, 2)}\n` });
    },
  };
}
