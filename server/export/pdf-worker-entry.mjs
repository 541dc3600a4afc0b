// Entry of the long-lived PDF worker thread (pdf-offthread.ts). Node 20 ignores
// `--import tsx` in a worker's execArgv for the worker's first module, so register tsx
// here, once per worker, and then load the TypeScript renderer.
import { register } from 'tsx/esm/api';

register();
await import('./pdf-worker.ts');
