// What only a node of a cluster (REDIS_URL) needs, in one module that app.ts imports on
// demand: a single server starts without ioredis, the socket.io streams adapter and its
// msgpack (issue 17). Imported statically here so the bundled server (scripts/build-server.ts)
// keeps the adapter's named export: a CommonJS package imported with import() would not.
export { createAdapter } from '@socket.io/redis-streams-adapter';
export { RedisLink } from './redis.js';
export { ClusterBus } from './bus.js';
