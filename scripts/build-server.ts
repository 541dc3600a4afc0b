// The server as users run it (`npm start`: node --enable-source-maps dist/app/server/main.js),
// bundled by esbuild with its dependencies into a few files (issue 17). Node 20 loads an
// ES module graph file by file: resolving, reading and compiling the ~580 modules of
// express, socket.io, zod, ws, yjs and our own code took most of a start (median 1 s on
// the benchmark machine, against 0.34 s for the stock y-websocket server), and a restart's
// devices wait for it. What a feature loads on first use (`await import()`: PostgreSQL,
// Redis, the QR code, suggestions, exports) stays in chunks of its own, read when needed.
// Type checking is `tsc -p tsconfig.server.json` (the build runs it before this).
// Mind: a CommonJS package that our code loads with import() becomes a chunk with a default
// export only; import it statically in a module of ours and import() that (cluster/modules.ts).
//   npx tsx scripts/build-server.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/app/server');

/**
 * Left to node_modules, loaded by Node at run time: packages that read files beside their
 * own code (classic-level's prebuilt binary, pdfkit's font metrics) and ws's optional
 * native add-ons (absent unless installed).
 */
export const EXTERNAL = ['classic-level', 'pdfkit', 'bufferutil', 'utf-8-validate'];

fs.rmSync(path.join(root, 'dist/app'), { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  // Every output file sits in one folder: the PDF worker is found beside the code that
  // starts it (pdf-offthread.ts, `new URL('./pdf-worker.js', import.meta.url)`).
  entryPoints: { main: 'server/main.ts', 'pdf-worker': 'server/export/pdf-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // CommonJS dependencies call require() for Node's own modules; an ES module has none.
  banner: { js: "import { createRequire as __kwCreateRequire } from 'node:module'; const require = __kwCreateRequire(import.meta.url);" },
  // Stack traces name the original files and lines (--enable-source-maps); the sources
  // themselves are on disk, so the maps stay small and quick to read at start.
  sourcemap: true,
  sourcesContent: false,
  legalComments: 'eof',
  logLevel: 'warning',
  metafile: true,
});
const files = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'));
const bytes = files.reduce((n, f) => n + fs.statSync(path.join(root, f)).size, 0);
console.log(`dist/app/server: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB (bundled from ${Object.keys(result.metafile.inputs).length} modules)`);
