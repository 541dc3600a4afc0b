// B7: the participant's join page in a production build: gzipped JS before the first
// note can be written, and time to a usable join form on a throttled phone.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { fmt, yesNo, type BenchResult, type Options } from './lib/report.js';
import { ROOT, nextPort, removeDir, startServer, tempDir } from './lib/servers.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function notMeasurable(reason: string): BenchResult {
  const row = (metric: string, goal: string) => ({ bench: 'B7', metric, ours: 'not measurable yet', ref: 'n/a', ratio: 'n/a', goal, met: 'not measured' });
  return { rows: [row('gzipped JS before the first note (join page)', '≤ 100 KiB'), row('join form usable, 4× CPU, slow 4G', '≤ 1.5 s')], notes: [`B7: ${reason}`] };
}

/** The group choice: a radio or a button, visible and enabled. */
async function formUsable(page: Page, timeoutMs: number): Promise<boolean> {
  const control = page.locator('input[type=radio]:enabled:visible, [role=radio]:visible, form button:enabled:visible').first();
  return control.waitFor({ state: 'visible', timeout: timeoutMs }).then(() => true, () => false);
}

const LOADS = 3;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export async function b7(_opts: Options): Promise<BenchResult> {
  if (!fs.existsSync(`${ROOT}/client/index.html`)) return notMeasurable('client/ has no index.html yet (the client is being written), so there is no production build to load.');
  // bench/run.ts has run `npm run build` (vite build + the server's tsc) before any benchmark.
  if (!fs.existsSync(`${ROOT}/dist/client/index.html`)) return notMeasurable('dist/client/index.html is missing: `npm run build` (run by bench/run.ts first) did not produce the client.');
  const dir = tempDir('b7');
  const server = await startServer('ours', nextPort(), dir);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const { joinCode } = (await (await fetch(`${server.base}/api/workshops`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":"B7"}' })).json()) as { joinCode: string };
    const url = `${server.base}/j/${joinCode}`;
    // 1. JS weight, unthrottled.
    const page = await browser.newPage();
    const bodies: Promise<number>[] = [];
    page.on('response', (res) => {
      if (/javascript/.test(res.headers()['content-type'] ?? '')) bodies.push(res.body().then((b) => zlib.gzipSync(b).length, () => 0));
    });
    await page.goto(url);
    const found = await formUsable(page, 10_000);
    if (!found) return notMeasurable(`the build has no join form at /j/<code> yet (no enabled group radio or button within 10 s).`);
    await page.waitForLoadState('networkidle');
    const gzipped = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
    await page.close();
    // 2. Throttled: 4× CPU, slow 4G; a fresh context (empty cache) per load, the median of
    // LOADS (one load on a shared machine moved by half a second from run to run).
    const times: number[] = [];
    let usable = true;
    for (let i = 0; i < LOADS && usable; i++) {
      const context = await browser.newContext();
      const slow = await context.newPage();
      const cdp = await context.newCDPSession(slow);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1e6) / 8, uploadThroughput: (750 * 1e3) / 8 });
      const t0 = performance.now();
      await slow.goto(url, { waitUntil: 'commit' });
      usable = await formUsable(slow, 30_000);
      times.push(performance.now() - t0);
      await context.close();
    }
    const ms = median(times);
    const kib = gzipped / 1024;
    return {
      rows: [
        { bench: 'B7', metric: 'gzipped JS before the join form is usable (join page)', ours: fmt(kib, ' KiB'), ref: 'n/a', ratio: 'n/a', goal: '≤ 100 KiB', met: yesNo(kib <= 100) },
        { bench: 'B7', metric: 'join form usable, 4× CPU, slow 4G', ours: usable ? fmt(ms, ' ms', 0) : '> 30 s', ref: 'n/a', ratio: 'n/a', goal: '≤ 1.5 s', met: yesNo(usable && ms <= 1500) },
      ],
      notes: [`B7: production build (\`npm run build\` at the start of the run: \`vite build\`), served by our compiled server, /j/<code> loaded in Chromium; throttled loads ${times.map((t) => fmt(t, ' ms', 0)).join(', ')}, median given. The weight row gzips each decoded JS response with zlib (default level), whatever the server sent; on the wire the server sends the Brotli copies the build wrote (server/http/precompressed.ts), which is what the throttled load downloads.`],
    };
  } finally {
    await browser.close();
    await server.stop();
    removeDir(dir);
  }
}
