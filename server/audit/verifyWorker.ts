import { parentPort, workerData } from 'node:worker_threads';
import { openChainReader } from './chainSlice.repo.js';
import { SegmentQueue, type QueueData } from './segmentQueue.js';

// One thread of verifyChainParallel: claims segments until none is left, then reports the ones that failed.
const { databasePath, queue } = workerData as { databasePath: string; queue: QueueData };
const db = openChainReader(databasePath);
try {
  const segments = new SegmentQueue(queue);
  while (segments.verifyNext(db));
  parentPort!.postMessage({ failures: segments.failures });
} finally {
  db.close();
}
