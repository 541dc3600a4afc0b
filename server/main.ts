// Entry point: read the environment, start the server, say where to open it.
import { configFromEnv } from './config.js';
import { createServer } from './app.js';
import { StoreOpenError } from './store/level-store.js';
import { openStore } from './store/open.js';

try {
  const config = configFromEnv(process.env);
  const server = await createServer(config, { store: await openStore(config) });
  console.log(`Kruiwagen is running.
  Open on this computer:    http://localhost:${server.port}/
  Participants' phones use: ${server.baseUrl}/  (same network)
  ${config.databaseUrl ? `Database:                 PostgreSQL` : `Data folder:              ${config.dataDir}`}${config.redisUrl ? '\n  Cluster:                  Redis at REDIS_URL' : ''}`);
  const stop = () => {
    // What is pending is stored first; should that hang (the database gone), exit anyway:
    // nothing unstored was ever acknowledged to a device.
    setTimeout(() => process.exit(1), 15_000).unref();
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof StoreOpenError) {
    console.error(`\nKruiwagen did not start.\n${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
