// The Redis connections of a node in a cluster (REDIS_URL). Redis carries what is shared
// but not durable: socket.io broadcasts between nodes, rate-limit counters and cache
// notices. A node keeps serving its workshops while Redis is down; what needs Redis says
// so in the log once and recovers by itself when Redis is back (ioredis reconnects).
import { Redis } from 'ioredis';

export class RedisLink {
  /** Fails at once while Redis is down, so a rate-limit check never hangs a request. */
  readonly commands: Redis;
  /**
   * For the socket.io streams adapter. socket.io's cluster adapter publishes a broadcast
   * before it delivers it to the node's own sockets, so publishing must fail at once while
   * Redis is down (the workshop's devices are all on this node and still get it). The
   * adapter's readers are this client's duplicates, which wait for the reconnect instead
   * (a failing blocking read would be retried in a tight loop) and resume the stream.
   */
  readonly adapter: Redis;
  /** Subscribed to cache notices; ioredis subscribes again after a reconnect. */
  readonly subscriber: Redis;
  private readonly readers: Redis[] = [];
  private everReady = false;
  private down = false;
  private readonly waiters: (() => void)[] = [];

  constructor(
    url: string,
    readonly prefix: string,
  ) {
    const retryStrategy = (attempt: number) => Math.min(100 * attempt, 2000);
    this.commands = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy, lazyConnect: false });
    this.adapter = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy });
    this.adapter.duplicate = () => {
      const reader = new Redis(url, { maxRetriesPerRequest: null, retryStrategy });
      this.readers.push(reader);
      return reader;
    };
    this.subscriber = new Redis(url, { maxRetriesPerRequest: null, retryStrategy });
    for (const client of [this.commands, this.adapter, this.subscriber]) {
      // Without a listener ioredis reports every failed reconnect as an unhandled error.
      client.on('error', () => undefined);
    }
    this.commands.on('ready', () => {
      if (this.down) console.log('[redis] connected again: shared rate limits and cross-node notices are back');
      this.down = false;
      this.everReady = true;
      this.waiters.splice(0).forEach((resolve) => resolve());
    });
    this.commands.on('close', () => {
      if (!this.everReady || this.down) return;
      this.down = true;
      console.warn(
        '[redis] connection lost: workshops keep running on their nodes; rate limits count per node and ' +
          'cross-node notices wait until Redis is back (reconnecting by itself)',
      );
    });
  }

  get connected(): boolean {
    return this.commands.status === 'ready';
  }

  /** True once Redis answered after start (a node is not ready before, see /healthz). */
  get started(): boolean {
    return this.everReady;
  }

  whenStarted(): Promise<void> {
    return this.everReady ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  key(name: string): string {
    return `${this.prefix}${name}`;
  }

  async close(): Promise<void> {
    for (const client of [this.commands, this.adapter, this.subscriber, ...this.readers]) client.disconnect();
  }
}
