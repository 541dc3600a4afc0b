// A new workshop from a JSON export: the settings and roster first, then the board
// content into its document, stored before the answer goes out.
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import type { LoadedDocs } from '../yjs/loaded-docs.js';
import type { WorkshopCreation } from './creation.js';
import { snapshotToUpdate } from './snapshot.js';

export async function importWorkshop(snapshot: WorkshopSnapshot, creation: WorkshopCreation, loadedDocs: LoadedDocs): Promise<CreateWorkshopResponse> {
  const created = await creation.fromSnapshot(snapshot);
  await loadedDocs.with(created.id, (loaded) => {
    loaded.applyUpdate(snapshotToUpdate(snapshot), null);
    return loaded.settled();
  });
  return created;
}
