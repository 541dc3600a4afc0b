// B3 set-up: many workshops of N notes each, written by a facilitator client (ours,
// after POST /api/workshops) or a client of a named room (the reference).
import * as Y from 'yjs';
import { BoardDoc } from '../../shared/schema.js';
import { config, connectSynced, createRoom, main, pool, sleep, now, type Target } from './common.js';

const cfg = config<{ target: Target; workshops: number; notes: number }>();

main(async () => {
  const rooms = await pool(Array.from({ length: cfg.workshops }, (_, i) => i), 20, async (i) => {
    const room = await createRoom(cfg.target, `Werkplaats ${i}`);
    const doc = new Y.Doc();
    const board = new BoardDoc(doc);
    doc.transact(() => {
      for (let n = 0; n < cfg.notes; n++) {
        board.addNote({ text: `Notitie ${n}: wat werkt er al goed in de zorg thuis?`, step: 'discover', author: 'facilitator', createdAt: now() }, `n${i}-${n}`);
      }
    });
    const client = await connectSynced(cfg.target, room.room, room.facilitatorToken, doc);
    await sleep(100);
    client.destroy();
    return { room: room.room, token: room.facilitatorToken };
  });
  return { rooms };
});
