/** A real local HTTP server for client tests: each request is answered by the next scripted reply. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Reply = (req: IncomingMessage, body: string, res: ServerResponse) => void;

export interface ScriptedServer {
  url: string;
  seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[];
  inFlightMax: number;
  close(): Promise<void>;
}

export async function scriptedServer(replies: Reply[], fallback?: Reply): Promise<ScriptedServer> {
  const state = { inFlight: 0 };
  const out: ScriptedServer = { url: '', seen: [], inFlightMax: 0, close: async () => undefined };
  const server = createServer((req, res) => {
    state.inFlight += 1;
    out.inFlightMax = Math.max(out.inFlightMax, state.inFlight);
    res.on('close', () => (state.inFlight -= 1));
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      out.seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const reply = replies.shift() ?? fallback ?? ((_q, _b, r) => r.end('{}'));
      reply(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  out.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  out.close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return out;
}

export const json = (status: number, data: unknown, headers: Record<string, string> = {}): Reply => (_q, _b, res) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(data));
};

/** Never answers until the socket is closed: a timeout from the client's side. */
export const hang: Reply = () => undefined;

/** Drops the connection: a network error from the client's side. */
export const drop: Reply = (req) => req.socket.destroy();
