// How long a note takes from one stock client to another through our server on loopback.
import { BoardDoc } from '../../shared/schema.js';
import { createWorkshop, join, yClient } from '../../tests/helpers/clients.js';
import { startServer } from '../../tests/helpers/server.js';

const t = await startServer();
const w = await createWorkshop(t.base);
// Twenty participants take turns, each within the 30-notes-a-minute limit.
const people = await Promise.all(Array.from({ length: 20 }, () => join(t.base, w.joinCode)));
const writers = people.map((p) => ({ p, c: yClient(t.ws, w.id, p.participantToken) }));
const reader = yClient(t.ws, w.id, w.facilitatorToken);
await Promise.all([reader.synced, ...writers.map((x) => x.c.synced)]);
const sent = new Map<string, number>();
const took: number[] = [];
reader.doc.getMap('notes').observe((e) => {
  for (const key of e.keysChanged) if (sent.has(key)) took.push(performance.now() - sent.get(key)!);
});
for (let i = 0; i < 500; i++) {
  const id = `n${i}`;
  const { p, c } = writers[i % writers.length]!;
  sent.set(id, performance.now());
  new BoardDoc(c.doc).addNote({ text: `briefje ${i}`, step: 'checkin', author: p.participantId, createdAt: Date.now() }, id);
  await new Promise((r) => setTimeout(r, 10));
}
await new Promise((r) => setTimeout(r, 300));
took.sort((x, y) => x - y);
const q = (p: number) => took[Math.min(took.length - 1, Math.floor(p * took.length))]!.toFixed(2);
console.log(`loopback note latency over ${took.length} notes: median ${q(0.5)} ms, p90 ${q(0.9)} ms, p99 ${q(0.99)} ms, max ${q(1)} ms`);
writers.forEach((x) => x.c.destroy()); reader.destroy(); await t.close(); process.exit(0);
