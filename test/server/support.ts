/**
 * A service started in-process on a free port of 127.0.0.1, its log captured line by line, and small HTTP clients:
 * `call` (fetch, JSON in and out) and `raw` (a socket, for what fetch will not send: stalled bodies, lying
 * Content-Length headers).
 */
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp, type ServiceOptions } from '../../src/tools/server/index.js';

/** A running service. */
export interface Running {
  readonly app: FastifyInstance;
  readonly base: string;
  readonly port: number;
  /** The log lines written so far, parsed. */
  readonly logs: Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * Starts the service on port 0 with `options`; the log goes to memory. `setup` may add routes before it listens
 * (tests of the error handler).
 */
export async function start(options: Omit<ServiceOptions, 'log'> = {}, setup?: (app: FastifyInstance) => void): Promise<Running> {
  const logs: Record<string, unknown>[] = [];
  let pending = '';
  const log = new Writable({
    write(chunk: Buffer, _enc, done) {
      pending += chunk.toString('utf8');
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        logs.push(JSON.parse(pending.slice(0, nl)) as Record<string, unknown>);
        pending = pending.slice(nl + 1);
      }
      done();
    },
  });
  const app = await buildApp({ ...options, log });
  setup?.(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return { app, base: `http://127.0.0.1:${port}`, port, logs, close: () => app.close() };
}

/** An answer: status, headers and the body parsed as JSON. */
export interface Answer<T = any> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** Sends a request; a body that is not a string is sent as JSON. */
export async function call<T = any>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const init: RequestInit = { method, headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers } };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await fetch(`${base}${path}`, init);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text === '' ? undefined : JSON.parse(text)) as T };
}

/** What a raw exchange gave: every byte the server sent and whether it closed the connection. */
export interface RawExchange {
  readonly text: string;
  readonly closed: boolean;
  readonly ms: number;
}

/**
 * Writes `parts` to a socket, waiting `gaps[i]` ms before part i, then waits until the server closes the
 * connection or `waitMs` passes.
 */
export function raw(port: number, parts: readonly string[], gaps: readonly number[], waitMs: number): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let finished = false;
    const finish = (closed: boolean) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ text, closed, ms: Date.now() - started });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.setEncoding('utf8');
    socket.on('data', (s: string) => (text += s));
    socket.on('close', () => finish(true));
    socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? finish(true) : reject(e)));
    socket.on('connect', async () => {
      for (let i = 0; i < parts.length; i++) {
        await new Promise((r) => setTimeout(r, gaps[i] ?? 0));
        if (finished || socket.destroyed) return;
        socket.write(parts[i]!);
      }
    });
  });
}
