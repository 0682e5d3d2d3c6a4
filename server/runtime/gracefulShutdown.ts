import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** What a stop may take in all: a supervisor (systemd, Docker) sends SIGKILL 10 s after SIGTERM by default. */
const DEADLINE_MS = 8_000;

/**
 * Prepares a server for a graceful stop and answers the function that stops it. Node's own server.close() waits
 * for every connection, and a client that has sent half a request, or never ends a keep-alive socket, would keep
 * the process alive until the headers timeout (a minute). So connections are tracked from the start: at the stop,
 * every socket with no request in progress is closed at once, each request in flight is answered and its socket
 * closed after it, and at the deadline whatever is left is cut. The promise resolves once the server is closed.
 */
export function prepareGracefulStop(server: Server, deadlineMs = DEADLINE_MS): () => Promise<void> {
  const sockets = new Set<Socket>();
  const inFlight = new Map<Socket, number>();
  let stopping = false;

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      inFlight.delete(socket);
    });
  });
  server.on('request', (req, res) => {
    const socket = req.socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    if (stopping) res.setHeader('Connection', 'close');
    res.once('close', () => {
      const left = (inFlight.get(socket) ?? 1) - 1;
      if (left > 0) return void inFlight.set(socket, left);
      inFlight.delete(socket);
      // end(), not destroy(): the answer just written must still reach the client.
      if (stopping) socket.end();
    });
  });

  let stopped: Promise<void> | null = null;
  return () =>
    (stopped ??= new Promise<void>((resolve) => {
      stopping = true;
      const deadline = setTimeout(() => {
        for (const socket of sockets) socket.destroy();
      }, deadlineMs);
      server.close(() => {
        clearTimeout(deadline);
        resolve();
      });
      for (const socket of sockets) if (!inFlight.has(socket)) socket.destroy();
    }));
}
