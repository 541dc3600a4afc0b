// The reveal at the end of private writing: every participant's draft notes move into
// the workshop's document in one server transaction, then the drafts are emptied.
import * as Y from 'yjs';
import { ROOT } from '../../shared/schema.js';
import { draftDocName } from '../../shared/protocol.js';
import type { Store } from '../store/store.js';
import type { LoadedDocs } from './loaded-docs.js';

export async function revealDrafts(workshopId: string, store: Store, loadedDocs: LoadedDocs): Promise<number> {
  let moved = 0;
  for (const owner of await store.listDraftOwners(workshopId)) {
    await loadedDocs.with(draftDocName(workshopId, owner), async (draft) => {
      const drafts = draft.doc.getMap<unknown>(ROOT.notes);
      if (drafts.size === 0) return;
      await loadedDocs.with(workshopId, (main) => {
        const notes = main.doc.getMap<unknown>(ROOT.notes);
        main.doc.transact(() => {
          drafts.forEach((value, id) => {
            // A reveal interrupted by a crash may run twice: never duplicate a note.
            if (!(value instanceof Y.Map) || notes.has(id)) return;
            const copy = new Y.Map<unknown>();
            value.forEach((field, key) => copy.set(key, field));
            notes.set(id, copy);
            moved++;
          });
        });
        return main.settled();
      });
      draft.doc.transact(() => {
        for (const id of [...drafts.keys()]) drafts.delete(id);
      });
      await draft.settled();
    });
  }
  return moved;
}
