// `npm run soak`: kill the server with SIGKILL at random moments while clients write,
// many times over, and count notes that reached another device but were lost.
// Not part of `npm test` (it takes minutes); results go to docs/reliability.md.
import { BoardDoc } from '../../shared/schema.js';
import { createWorkshop, join, yClient } from '../helpers/clients.js';
import { startChildServer, tempDataDir } from '../helpers/server.js';
import { waitFor } from '../helpers/wait.js';

const kills = Number(process.argv.find((a) => a.startsWith('--kills='))?.slice(8) ?? 100);
const dataDir = tempDataDir();
let server = await startChildServer(dataDir);
const w = await createWorkshop(server.base);
const writers = await Promise.all(Array.from({ length: 4 }, (_, i) => join(server.base, w.joinCode, i % 2 ? 'carer' : 'volunteer')));
const observer = yClient(server.ws, w.id, w.facilitatorToken);
await observer.synced;
const seen = new Set<string>();
observer.doc.getMap('notes').observe((event) => {
  for (const key of event.keysChanged) if (observer.doc.getMap('notes').has(key)) seen.add(key);
});

const started = Date.now();
let written = 0;
for (let round = 0; round < kills; round++) {
  const devices = writers.map((p) => ({ p, c: yClient(server.ws, w.id, p.participantToken) }));
  await Promise.all(devices.map((d) => d.c.synced));
  const deadline = Date.now() + 50 + Math.random() * 400;
  while (Date.now() < deadline) {
    for (const { p, c } of devices) {
      new BoardDoc(c.doc).addNote({ text: `soak ${round}-${written}`, step: 'discover', author: p.participantId, createdAt: Date.now() }, `k${round}-${written++}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  // The writers vanish with the server: only what reached the observer must survive.
  devices.forEach((d) => d.c.destroy());
  await server.kill('SIGKILL');
  server = await startChildServer(dataDir, server.port);
  await waitFor(() => observer.provider.wsconnected && observer.provider.synced, 20_000, 'the observer to reconnect');
  if ((round + 1) % 10 === 0) console.log(`${round + 1}/${kills} kills, ${written} notes written, ${seen.size} seen by the observer`);
}

const check = yClient(server.ws, w.id, w.facilitatorToken);
await check.synced;
const stored = new Set(check.doc.getMap('notes').keys());
const lost = [...seen].filter((id) => !stored.has(id));
console.log(`\nsoak: ${kills} SIGKILLs in ${Math.round((Date.now() - started) / 1000)} s; ${written} notes written; ${seen.size} reached another device; ${lost.length} of those lost`);
check.destroy();
observer.destroy();
await server.kill('SIGTERM');
process.exit(lost.length === 0 ? 0 : 1);
