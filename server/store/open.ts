// Which store a process runs on: PostgreSQL when DATABASE_URL is set (several nodes can
// share it), else the embedded LevelDB in DATA_DIR.
import fs from 'node:fs';
import type { Config } from '../config.js';
import type { Store } from './store.js';
import { LevelStore } from './level-store.js';

export async function openStore(config: Config): Promise<Store> {
  if (config.databaseUrl) {
    // pg and the migrations are loaded only by a process that uses them: a LevelDB server
    // (the default) starts without them, which is part of restarting quickly (issue 17).
    const { PgStore } = await import('./pg-store.js');
    return PgStore.open(config.databaseUrl);
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  return LevelStore.open(`${config.dataDir}/kruiwagen.db`);
}
