// What the authorizer costs per update, against documents of growing size: the ratio
// shows it grows with the update, not with the document (run: npx tsx bench/experiments/authorize-cost.mts).
import * as Y from 'yjs';
import { BoardDoc } from '../../shared/schema.js';
import { authorizeUpdate } from '../../server/yjs/authorize.js';

const ctx = { votingOpen: true, dotsPerParticipant: 3, participantsCanGroup: false };
const note = (author: string, text: string) => ({ text, step: 'discover' as const, author, createdAt: 1, group: 'carer' as const });

function medianMs(docNotes: number): number {
  const source = new Y.Doc();
  const board = new BoardDoc(source);
  for (let i = 0; i < docNotes; i++) board.addNote(note(`p${i % 40}`, `Notitie ${i}`), `n${i}`);
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(source));
  const offline = new Y.Doc();
  Y.applyUpdate(offline, Y.encodeStateAsUpdate(server));
  const mine = new BoardDoc(offline);
  for (let i = 0; i < 50; i++) mine.addNote(note('p1', `Offline ${i}`), `o${i}`);
  mine.updateNote('n1', { text: 'Bijgewerkt' });
  const update = Y.encodeStateAsUpdate(offline, Y.encodeStateVector(server));
  const samples: number[] = [];
  for (let round = 0; round < 15; round++) {
    const start = performance.now();
    for (let i = 0; i < 20; i++) authorizeUpdate(server, update, { role: 'participant', participantId: 'p1' }, ctx);
    samples.push((performance.now() - start) / 20);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const small = medianMs(500);
const large = medianMs(5000);
console.log(`authorize a 50-note participant update: ${small.toFixed(3)} ms against 500 notes, ${large.toFixed(3)} ms against 5000 notes (ratio ${(large / small).toFixed(2)}×, medians of 15 rounds)`);
