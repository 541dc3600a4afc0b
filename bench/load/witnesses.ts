// The witnesses of a raw run: a few stock WebsocketProviders (full Y.Docs) that show the
// documents really converge and that the notes they applied are the notes the raw devices
// counted. They also time each note's arrival after decoding it, for comparison.
import * as Y from 'yjs';
import { CpuMeter, command, connectSynced, emit, main, type Client, type Target } from './common.js';
import { Histogram } from '../lib/histogram.js';
import { markersIn, nowUs } from '../raw/markers.js';
import { ROOT } from '../../shared/schema.js';

const cfg = JSON.parse(process.argv[2] ?? '{}') as { target: Target; witnesses: { room: string; token?: string }[] };

main(async () => {
  const hist = new Histogram();
  const clients: { client: Client; room: string }[] = [];
  for (const w of cfg.witnesses) clients.push({ client: await connectSynced(cfg.target, w.room, w.token), room: w.room });
  for (const { client } of clients) {
    client.doc.getMap<unknown>(ROOT.notes).observe((event) => {
      const at = nowUs();
      for (const id of event.keysChanged) {
        const note = event.target.get(id);
        const text = note instanceof Y.Map ? note.get('text') : undefined;
        if (typeof text === 'string') for (const m of markersIn(text)) hist.add((at - m.sentUs) / 1000);
      }
    });
  }
  emit({ type: 'ready', clients: clients.length });
  let meter = new CpuMeter();
  for (;;) {
    const cmd = await command('*');
    if (cmd.cmd === 'measure') {
      hist.reset();
      meter = new CpuMeter();
      emit({ type: 'measuring' });
    } else if (cmd.cmd === 'report') {
      emit({
        type: 'report',
        hist: hist.data(),
        cpu: meter.share(),
        witnesses: clients.map(({ client, room }) => {
          let markers = 0;
          for (const note of client.board.notesMap.values()) {
            const text = note instanceof Y.Map ? note.get('text') : undefined;
            if (typeof text === 'string') markers += markersIn(text).length;
          }
          return { room, notes: client.board.notesMap.size, markers, state: Buffer.from(Y.encodeStateVector(client.doc)).toString('base64'), connected: client.provider.wsconnected };
        }),
      });
    } else if (cmd.cmd === 'stop') {
      for (const { client } of clients) client.destroy();
      return {};
    }
  }
});
