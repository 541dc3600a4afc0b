// The set-up test files share: a real server on a free port (and, for browser tests,
// Debian's Chromium), started before the file's tests and stopped after them.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { assertClientBuilt } from './e2e.js';
import type { Config } from '../../server/config.js';
import { startServer, type TestServer } from './server.js';

/**
 * One server for the whole file: its fields (`base`, `ws`, `server`, `dataDir`) are
 * filled in by the file's beforeAll, and it closes after the file's tests.
 */
export function serverForFile(overrides: Partial<Config> = {}, before?: () => void): TestServer {
  const t = {} as TestServer;
  beforeAll(async () => {
    before?.();
    Object.assign(t, await startServer(overrides));
  });
  afterAll(() => t.close?.());
  return t;
}

export interface ServerAndBrowser {
  t: TestServer;
  browser: Browser;
}

/**
 * Filled in by the file's beforeAll; `cleanup` (closing pages, contexts, sockets) runs
 * before the browser and the server stop.
 */
export function serverAndBrowser(cleanup?: () => unknown): ServerAndBrowser {
  const env = {} as ServerAndBrowser;
  beforeAll(async () => {
    assertClientBuilt();
    env.t = await startServer();
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await cleanup?.();
    await env.browser?.close();
    await env.t?.close();
  });
  return env;
}
