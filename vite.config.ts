// One config for the client build and for vitest (stack notes: vitest/config's
// defineConfig accepts the `test` key).
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { precompress } from './client/build/precompress';
import { routePreloads } from './client/build/route-preloads';

export default defineConfig({
  root: 'client',
  plugins: [
    react(),
    precompress(),
    // The view each page path opens, as client/src/main.tsx's router picks it: the server
    // preloads that view's chunks with the entry script (tests/browser/join-preload.test.ts).
    routePreloads({
      '': 'src/views/start/StartPage.tsx',
      j: 'src/views/join/JoinPage.tsx',
      w: 'src/views/participant/ParticipantView.tsx',
      f: 'src/views/facilitator/FacilitatorConsole.tsx',
      p: 'src/views/projector/ProjectorView.tsx',
      s: 'src/views/series/SeriesPage.tsx',
    }),
  ],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'ws://localhost:3000', ws: true },
      '/yjs': { target: 'ws://localhost:3000', ws: true },
    },
  },
  test: {
    root: '.',
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // In CI only, a failed test runs once more: browser and kill -9 tests race real
    // timers on a shared machine. A defect still fails twice; a retried pass is listed
    // in the output, and each flake seen so far was fixed at its cause.
    retry: process.env.CI ? 1 : 0,
    // The integration suite runs on both stores: as is (LevelDB), and again on PostgreSQL
    // (tests/helpers/pg.ts), from the same files.
    projects: [
      // (extends merges arrays, so each project names its own files.)
      { extends: true, test: { name: 'level', include: ['tests/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['tests/integration/**/*.test.ts'],
          exclude: ['tests/integration/static-client.test.ts', 'tests/integration/production-start.test.ts'],
          env: { KW_TEST_STORE: 'postgres' },
          setupFiles: ['tests/helpers/pg-cleanup.ts'],
        },
      },
    ],
  },
});
