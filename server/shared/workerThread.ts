import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts the worker module `name` that sits next to the calling module (pass its import.meta.url): `.js` once
 * compiled, `.ts` when run through tsx. A worker thread does not inherit tsx's loader (tsx issue #354), so for
 * `.ts` the loader is registered in the thread first and the module imported after it.
 */
export function startWorker(callerUrl: string, name: string, workerData: unknown): Worker {
  const extension = path.extname(fileURLToPath(callerUrl));
  const file = new URL(`./${name}${extension}`, callerUrl);
  if (extension !== '.ts') return new Worker(file, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(file.href)}))`;
  return new Worker(bootstrap, { eval: true, workerData });
}
