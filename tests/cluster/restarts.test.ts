// Redis and PostgreSQL restarted mid-workshop (private servers, started by this file),
// and a rolling restart of all three nodes: nothing lost, devices recover by themselves.
import { describe, expect, it } from 'vitest';
import { emitAck, join, lastState } from '../helpers/clients.js';
import { waitFor } from '../helpers/wait.js';
import { allHave, clusterForFile, device, noteIds, startWriters, storedNoteIds, waitForCluster, workshopWithDevices } from './harness.js';

const env = clusterForFile({ privatePostgres: true, privateRedis: true, leaseMs: 2000 });

describe('restarts mid-workshop', () => {
  it('Redis restarted: the workshop keeps running, joins still work, and the cluster recovers by itself', async () => {
    const { w, facilitator, people } = await workshopWithDevices(env, 8, 'Zonder Redis');
    const everyone = [facilitator, ...people];
    const writers = startWriters(people, 500, 'r');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const stoppedAt = Date.now();
    await env.redis!.stop();
    try {
      await withoutRedis();
    } finally {
      await env.redis!.start();
    }
    const downMs = Date.now() - stoppedAt;

    async function withoutRedis(): Promise<void> {
      // Without Redis: notes flow, a step change reaches the devices, a newcomer gets in.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const sinceOutage = [...writers.written];
      await waitForCluster(env, everyone, () => everyone.every((d) => sinceOutage.every((id) => d.board.doc.getMap('notes').has(id))), 20_000, 'notes written while Redis is down');
      expect(await emitAck(facilitator.room, 'step:set', { step: 'dream' })).toEqual({ ok: true });
      await waitFor(async () => (await Promise.all(people.map((p) => lastState(p.room)))).every((s) => s.step === 'dream'), 15_000, 'the step without Redis');
      const newcomer = await join(env.cluster.base, w.joinCode, 'carer', 'Laatkomer');
      const late = device(env, w.id, newcomer.participantToken, newcomer.participantId);
      await late.board.synced;
      everyone.push(late);
      const health = (await (await fetch(`${env.cluster.base}/healthz`)).json()) as { redis: string };
      expect(health.redis).toBe('reconnecting');
    }
    await waitFor(async () => {
      const states = await Promise.all(env.cluster.nodes.map(async (n) => ((await (await fetch(`http://127.0.0.1:${n.port}/healthz`)).json()) as { redis: string }).redis));
      return states.every((s) => s === 'connected');
    }, 30_000, 'every node connected to Redis again');
    const written = writers.stop();
    await waitForCluster(env, everyone, () => allHave(everyone, written), 30_000, 'every note after Redis came back');
    expect(await emitAck(facilitator.room, 'step:set', { step: 'design' })).toEqual({ ok: true });
    await waitFor(async () => (await Promise.all(everyone.map((d) => lastState(d.room)))).every((s) => s.step === 'design'), 15_000, 'the step after Redis came back');
    for (const node of env.cluster.nodes) {
      expect(node.output).toMatch(/\[redis\] connection lost/);
      expect(node.output).toMatch(/\[redis\] connected again/);
    }
    console.log(`[cluster Redis restart] Redis down ${downMs} ms; ${written.length} notes by 8 writers, all on all ${everyone.length} devices; a join and two step changes went through`);
  }, 180_000);

  it('PostgreSQL restarted: no note is acknowledged while it is down, and none is lost after', async () => {
    const { w, facilitator, people } = await workshopWithDevices(env, 8, 'Zonder database');
    const everyone = [facilitator, ...people];
    const writers = startWriters(people, 500, 'p');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await env.postgres!.stop();
    const stoppedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Whatever is written now cannot be stored, so it must not reach another device.
    const during = startWriters(people.slice(0, 1), 300, 'down');
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const unsent = during.stop();
    const others = everyone.filter((d) => d !== people[0]);
    const leaked = others.flatMap((d) => noteIds(d).filter((id) => unsent.includes(id)));
    expect(leaked).toEqual([]);

    await env.postgres!.start();
    const downMs = Date.now() - stoppedAt;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const written = [...writers.stop(), ...unsent];
    await waitForCluster(env, everyone, () => allHave(everyone, written), 60_000, 'every note after PostgreSQL came back');
    await waitFor(async () => (await storedNoteIds(env, w.id)).join() === [...written].sort().join(), 20_000, 'every note in the table');
    console.log(
      `[cluster PostgreSQL restart] down ${downMs} ms; ${unsent.length} notes written meanwhile reached no other device while it was down; ` +
        `${written.length} notes in all, on all ${everyone.length} devices and in the table after`,
    );
  }, 180_000);

  it('rolling restart of all three nodes during a workshop: nothing lost', async () => {
    const { w, facilitator, people } = await workshopWithDevices(env, 10, 'Onderhoud');
    const everyone = [facilitator, ...people];
    const writers = startWriters(people, 500, 'o');
    const started = Date.now();
    for (const node of env.cluster.nodes) {
      await node.signal('SIGTERM');
      await node.start();
      await env.cluster.waitForUp(env.cluster.nodes.map((n) => n.name), 60_000);
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const written = writers.stop();
    await waitForCluster(env, everyone, () => allHave(everyone, written), 60_000, 'every note after the rolling restart');
    await waitFor(async () => (await storedNoteIds(env, w.id)).join() === [...written].sort().join(), 20_000, 'every note in the table');
    console.log(`[cluster rolling restart] 3 nodes restarted one by one in ${Date.now() - started} ms; ${written.length} notes, all on all ${everyone.length} devices and in the table`);
  }, 300_000);
});
