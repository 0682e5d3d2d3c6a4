import autocannon from 'autocannon';

export interface LoadRequest {
  method?: 'GET' | 'PUT' | 'POST';
  /** Called for every request: the path (and body) to send; state such as a record's version lives in the caller. */
  next: () => { path: string; body?: string };
  /** Sees every response, e.g. to learn a record's new version. */
  onResponse?: (status: number, body: string) => void;
  /** Called when a run stops: requests still in flight then never report back. */
  afterRun?: () => void;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Responses other than 2xx, and connection errors or timeouts. */
  failures: number;
}

export interface LoadOptions {
  baseUrl: string;
  headers?: Record<string, string>;
  connections: number;
  duration: number;
}

/** Drives one endpoint with autocannon: a short warm-up (discarded), then the measured run. */
export async function measure(o: LoadOptions, request: LoadRequest, warmup = 2): Promise<LoadResult> {
  if (warmup > 0) await run(o, request, warmup);
  const r = await run(o, request, o.duration);
  return {
    rps: r['2xx'] / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    failures: r.non2xx + r.errors + r.timeouts,
  };
}

async function run(o: LoadOptions, request: LoadRequest, duration: number): Promise<autocannon.Result> {
  const headers = {
    ...o.headers,
    ...(request.method && request.method !== 'GET' ? { 'content-type': 'application/json' } : {}),
  };
  const result = await autocannon({
    url: o.baseUrl,
    connections: o.connections,
    duration,
    headers,
    requests: [
      {
        method: request.method ?? 'GET',
        setupRequest: (req) => {
          const { path, body } = request.next();
          return { ...req, path, ...(body === undefined ? {} : { body }) };
        },
        onResponse: request.onResponse ? (status, body) => request.onResponse!(status, body) : undefined,
      },
    ],
  });
  request.afterRun?.();
  return result;
}
