// /.well-known/security.txt (RFC 9116, docs/security.md): served with the host's
// contact when SECURITY_CONTACT is set, never the app's index.html in its place.
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server.js';
import { configFromEnv } from '../../server/config.js';

const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
});

describe('/.well-known/security.txt', () => {
  it('names the configured contact, a future expiry under a year, the languages and its canonical address', async () => {
    const t = await startServer({ securityContact: 'mailto:security@houten.example.nl', publicUrl: 'https://kruiwagen.houten.example.nl' });
    servers.push(t);
    const res = await fetch(`${t.base}/.well-known/security.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const fields = new Map((await res.text()).trim().split('\n').map((line) => line.split(/: (.*)/s).slice(0, 2) as [string, string]));
    expect(fields.get('Contact')).toBe('mailto:security@houten.example.nl');
    expect(fields.get('Canonical')).toBe('https://kruiwagen.houten.example.nl/.well-known/security.txt');
    expect(fields.get('Preferred-Languages')).toBe('nl, en');
    const expires = Date.parse(fields.get('Expires') ?? '');
    const days = (expires - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(30);
    expect(days).toBeLessThan(365);
  });

  it('is not published without a contact: 404, not the app page', async () => {
    const t = await startServer();
    servers.push(t);
    const res = await fetch(`${t.base}/.well-known/security.txt`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('SECURITY_CONTACT');
  });

  it('refuses a contact that is not a mailto:, https: or tel: address at start-up', () => {
    expect(() => configFromEnv({ SECURITY_CONTACT: 'security@example.org' })).toThrow(/SECURITY_CONTACT/);
    expect(configFromEnv({ SECURITY_CONTACT: 'https://example.org/security' }).securityContact).toBe('https://example.org/security');
  });
});
