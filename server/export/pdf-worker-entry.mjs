// Entry of the PDF worker thread. Node 20 ignores `--import tsx` in a worker's execArgv
// for the worker's first module, so register tsx here and then load the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./pdf-worker.ts');
