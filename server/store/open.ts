// Which store a process runs on: PostgreSQL when DATABASE_URL is set (several nodes can
// share it), else the embedded LevelDB in DATA_DIR.
import fs from 'node:fs';
import type { Config } from '../config.js';
import type { Store } from './store.js';
import { LevelStore } from './level-store.js';
import { PgStore } from './pg-store.js';

export async function openStore(config: Config): Promise<Store> {
  if (config.databaseUrl) return PgStore.open(config.databaseUrl);
  fs.mkdirSync(config.dataDir, { recursive: true });
  return LevelStore.open(`${config.dataDir}/kruiwagen.db`);
}
