// The built client as a phone receives it: compressed copies made at build time, chosen
// by the browser's Accept-Encoding, byte-for-byte the same script once decoded.
import { describe, expect, it } from 'vitest';
import http from 'node:http';
import zlib from 'node:zlib';
import { assertClientBuilt } from '../helpers/e2e.js';
import { serverForFile } from '../helpers/suite.js';

const t = serverForFile({}, assertClientBuilt);

function get(url: string, acceptEncoding: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('the built client over HTTP', () => {
  it('sends the entry script Brotli- or gzip-compressed when accepted, and plain otherwise', async () => {
    const html = (await get(`${t.base}/j/ABC123`, 'identity')).body.toString();
    const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const plain = await get(`${t.base}${script}`, 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toContain('Accept-Encoding');

    const br = await get(`${t.base}${script}`, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toContain('immutable');
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);

    const gz = await get(`${t.base}${script}`, 'br;q=0, gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true);
  });

  it('a page’s HTML names its own view’s scripts and stylesheets, each served; a join link names its lookup', async () => {
    const hinted = async (pagePath: string) => {
      const html = (await get(`${t.base}${pagePath}`, 'identity')).body.toString();
      return [...html.matchAll(/<link rel="(modulepreload|stylesheet|preload)"[^>]*href="([^"]+)"/g)].map((m) => ({ rel: m[1]!, href: m[2]! }));
    };
    const join = await hinted('/j/abc-234');
    expect(join.some((l) => l.rel === 'modulepreload' && /^\/assets\/JoinPage-[\w-]+\.js$/.test(l.href))).toBe(true);
    expect(join.filter((l) => l.rel === 'preload').map((l) => l.href)).toEqual(['/api/join/ABC234']);
    const consoleLinks = await hinted('/f/some-workshop');
    expect(consoleLinks.some((l) => /^\/assets\/FacilitatorConsole-[\w-]+\.js$/.test(l.href))).toBe(true);
    expect(consoleLinks.some((l) => l.rel === 'stylesheet' && /^\/assets\/FacilitatorConsole-[\w-]+\.css$/.test(l.href))).toBe(true);
    for (const pagePath of ['/', '/w/x', '/p/x', '/s/x']) expect((await hinted(pagePath)).some((l) => l.rel === 'modulepreload')).toBe(true);
    for (const { rel, href } of [...join, ...consoleLinks]) {
      if (rel === 'preload') continue;
      const res = await get(`${t.base}${href}`, 'br');
      expect(res.status, href).toBe(200);
      expect(res.headers['content-type']).toMatch(rel === 'stylesheet' ? /css/ : /javascript/);
    }
  });

  it('does not serve files outside the assets folder', async () => {
    const res = await get(`${t.base}/assets/..%2f..%2fpackage.json`, 'br');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body.toString()).not.toContain('"name": "kruiwagen"');
  });
});
