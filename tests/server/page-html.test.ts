// server/http/page-html.ts: the hints a page's <head> gets, from the build's route list
// and the path. Only checked characters reach the HTML.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageHints, pageHtml } from '../../server/http/page-html.js';
import type { RoutePreloads } from '../../shared/route-preloads.js';

const PRELOADS: RoutePreloads = {
  j: { scripts: ['/assets/JoinPage-abc.js', '/assets/api-def.js'], styles: [] },
  f: { scripts: ['/assets/FacilitatorConsole-x1.js'], styles: ['/assets/FacilitatorConsole-y2.css'] },
  '': { scripts: ['/assets/StartPage-s.js'], styles: [] },
};

describe('page hints', () => {
  it('the join page without a code gets its chunks only', () => {
    expect(pageHints('/j', PRELOADS)).toBe('<link rel="modulepreload" crossorigin href="/assets/JoinPage-abc.js"><link rel="modulepreload" crossorigin href="/assets/api-def.js">');
  });

  it('a join link preloads the join chunks and the code’s lookup, at the URL the page fetches', () => {
    const hints = pageHints('/j/ABC234', PRELOADS);
    expect(hints).toContain('<link rel="preload" as="fetch" crossorigin href="/api/join/ABC234">');
    expect(hints).toContain('<link rel="modulepreload" crossorigin href="/assets/JoinPage-abc.js">');
    expect(hints).toContain('<link rel="modulepreload" crossorigin href="/assets/api-def.js">');
  });

  it('a code typed with spaces, a dash or lower case is looked up as the page normalises it', () => {
    expect(pageHints('/j/abc-234', PRELOADS)).toContain('href="/api/join/ABC234"');
    expect(pageHints('/j/abc%20234', PRELOADS)).toContain('href="/api/join/ABC234"');
  });

  it('no lookup for something that cannot be a code, and nothing of the path reaches the HTML', () => {
    for (const p of ['/j/', '/j/ABC2345', '/j/AB"><script>x', '/j/%3Cscript%3E', '/j/ABCI01']) {
      expect(pageHints(p, PRELOADS)).toBe(pageHints('/j', PRELOADS));
    }
  });

  it('other views get their own chunks and stylesheets; unknown paths and bad escapes get none', () => {
    const f = pageHints('/f/w1', PRELOADS);
    expect(f).toContain('<link rel="stylesheet" crossorigin href="/assets/FacilitatorConsole-y2.css">');
    expect(f).toContain('modulepreload" crossorigin href="/assets/FacilitatorConsole-x1.js"');
    expect(f).not.toContain('/api/join');
    expect(pageHints('/', PRELOADS)).toContain('StartPage-s.js');
    expect(pageHints('/nope', PRELOADS)).toBe('');
    expect(pageHints('/f', PRELOADS)).toBe('');
    expect(pageHints('/toString', PRELOADS)).toBe('');
    expect(pageHints('/%E0%A4%A', PRELOADS)).toBe('');
  });

  it('takes only asset URLs from the route list', () => {
    const bad = { j: { scripts: ['/assets/ok-1.js', '"><script>alert(1)</script>', 'https://elsewhere.example/x.js', '/assets/../x.js'], styles: [42] } } as unknown as RoutePreloads;
    expect(pageHints('/j/', bad)).toBe('<link rel="modulepreload" crossorigin href="/assets/ok-1.js">');
  });
});

describe('page html', () => {
  it('puts the hints before </head>, reads a rebuilt client again, and is null before the first build', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kw-page-html-'));
    try {
      const page = pageHtml(dir);
      expect(page('/j/ABC234')).toBeNull();
      fs.writeFileSync(path.join(dir, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
      expect(page('/j/ABC234')).toBe('<html><head><title>t</title><link rel="preload" as="fetch" crossorigin href="/api/join/ABC234"></head><body></body></html>');
      fs.writeFileSync(path.join(dir, 'route-preloads.json'), JSON.stringify(PRELOADS));
      expect(page('/j/ABC234')).toContain('href="/api/join/ABC234"><link rel="modulepreload" crossorigin href="/assets/JoinPage-abc.js">');
      expect(page('/nope')).toBe('<html><head><title>t</title></head><body></body></html>');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
