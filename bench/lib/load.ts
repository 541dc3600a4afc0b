// The load generator protocol: a child process (`node --import tsx bench/load/<name>.ts
// '<json config>'`) pinned to core 1. It writes JSON lines to stdout ({type: ...});
// the orchestrator answers with JSON lines on its stdin ({cmd: ...}).
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { LOAD_CORE, ROOT } from './servers.js';

export interface LoadMessage {
  type: string;
  [key: string]: unknown;
}

export interface LoadChild {
  /** Resolves with the next message of this type (or rejects if the child fails). */
  next<T = LoadMessage>(type: string, timeoutMs?: number): Promise<T>;
  send(message: Record<string, unknown>): void;
  kill(): void;
}

/** `cores`: LOAD_CORE, or SETUP_CORES for a set-up load that writes a template (not measured). */
export function startLoad(name: string, config: unknown, cores = LOAD_CORE): LoadChild {
  const child = spawn('taskset', ['-c', cores, process.execPath, '--import', 'tsx', `bench/load/${name}.ts`, JSON.stringify(config)], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const queue: LoadMessage[] = [];
  const waiters: { type: string; resolve: (m: LoadMessage) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | null = null;
  let stderr = '';
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiters.splice(0)) w.reject(failure);
  };
  const deliver = () => {
    for (let i = 0; i < waiters.length; i++) {
      const w = waiters[i]!;
      const at = queue.findIndex((m) => m.type === w.type);
      if (at === -1) continue;
      const [message] = queue.splice(at, 1);
      waiters.splice(i--, 1);
      w.resolve(message!);
    }
  };
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
    if (stderr.length > 20_000) stderr = stderr.slice(-10_000);
  });
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    let message: LoadMessage;
    try {
      message = JSON.parse(line) as LoadMessage;
    } catch {
      return; // stray output of a library
    }
    if (message.type === 'error') fail(new Error(`load ${name}: ${String(message.message)}`));
    else if (message.type === 'log') console.log(`    [load] ${String(message.message)}`);
    else {
      queue.push(message);
      deliver();
    }
  });
  child.once('exit', (code) => fail(new Error(`load ${name} exited with ${code}\n${stderr.slice(-3000)}`)));
  return {
    next<T>(type: string, timeoutMs = 300_000): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`load ${name}: no "${type}" within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({
          type,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m as T);
          },
          reject: (e) => {
            clearTimeout(timer);
            reject(e);
          },
        });
        deliver();
        const waiting = waiters[waiters.length - 1];
        if (failure && waiting?.type === type) waiters.pop()!.reject(failure);
      });
    },
    send(message) {
      child.stdin.write(JSON.stringify(message) + '\n');
    },
    kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
