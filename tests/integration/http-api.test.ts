import { describe, expect, it } from 'vitest';
import { createWorkshop, join, postJson } from '../helpers/clients.js';
import { serverForFile } from '../helpers/suite.js';

const t = serverForFile();

describe('HTTP API', () => {
  it('answers /healthz once it accepts work', async () => {
    const res = await fetch(`${t.base}/healthz`);
    expect(res.status).toBe(200);
  });

  it('creates a workshop with a join code and a facilitator token, Dutch and five years ahead by default', async () => {
    const created = await createWorkshop(t.base, { title: 'Mantelzorg in de wijk' });
    expect(created.id).toMatch(/^[\w-]{10,}$/);
    expect(created.joinCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(created.facilitatorToken.length).toBeGreaterThanOrEqual(32);
    expect(created.joinUrl).toContain(`/j/${created.joinCode}`);
    const lookup = await fetch(`${t.base}/api/join/${created.joinCode.toLowerCase()}`).then((r) => r.json());
    expect(lookup).toMatchObject({ workshopId: created.id, title: 'Mantelzorg in de wijk', language: 'nl', locked: false });
  });

  it('refuses a workshop without a title with a readable 400', async () => {
    const { status, json } = await postJson(t.base, '/api/workshops', { language: 'en' });
    expect(status).toBe(400);
    expect(json.error).toMatch(/title/);
  });

  it('joins with a code, name optional', async () => {
    const created = await createWorkshop(t.base);
    const joined = await join(t.base, created.joinCode, 'volunteer');
    expect(joined.workshopId).toBe(created.id);
    expect(joined.participantId).toBeTruthy();
    expect(joined.participantToken.length).toBeGreaterThanOrEqual(32);
  });

  it('answers an unknown code with 404 and a message', async () => {
    const { status, json } = await postJson(t.base, '/api/join', { code: 'ZZZZZZ', group: 'carer' });
    expect(status).toBe(404);
    expect(typeof json.error).toBe('string');
    expect(json.error).toMatch(/ZZZZZZ/);
  });

  it('answers a malformed join with 400 and a message', async () => {
    const created = await createWorkshop(t.base);
    for (const body of [{ code: created.joinCode }, { code: created.joinCode, group: 'wizard' }, { code: 42, group: 'carer' }, 'nonsense']) {
      const { status, json } = await postJson(t.base, '/api/join', body);
      expect(status).toBe(400);
      expect(typeof json.error).toBe('string');
    }
    const res = await fetch(`${t.base}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"code":' });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/JSON/);
  });

  it('sends security headers with a strict content security policy', async () => {
    const res = await fetch(`${t.base}/healthz`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
