/**
 * `serve`: the engine as an HTTP service (src/server/). This file reads the arguments, starts listening and stops
 * cleanly on SIGINT / SIGTERM.
 */
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { buildApp } from '../server/app.js';
import { CLI_EXIT, errorText, isParseArgsError, UsageError } from './args.js';

/** The help text of `serve`. */
export const SERVE_USAGE = `usage: zz-ai-policy serve [options]

  --port <n>               port to listen on (default 8080; 0 picks a free one)
  --host <address>         address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --body-limit <bytes>     largest request body (default 1048576)
  --request-timeout <ms>   time for a whole request to arrive (default 30000)
  --quiet                  log only warnings and errors, not every request
  -h, --help               this text

Endpoints: POST /v1/evaluate, /v1/evaluate-years, /v1/clawback, /v1/text, /v1/compare; GET /health,
/openapi.json (README "Calling the engine over HTTP"). Request logs: JSON lines on standard error.

exit status: 0 stopped by SIGINT or SIGTERM · 2 usage error · 3 cannot listen (address in use, no permission)
`;

/** The streams and signals the command uses. */
export interface ServeProcess {
  readonly stdout: Writable;
  readonly stderr: Writable;
  once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

function whole(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${name}: 应为 ${min} 至 ${max} 的整数 / expected a whole number from ${min} to ${max}, got "${value}"`);
  }
  return Number(value);
}

/**
 * Runs `serve` with its arguments (after the command name). Resolves with the exit status once the service has
 * stopped (on SIGINT or SIGTERM), or at once on a usage error or when it cannot listen.
 */
export async function serve(argv: readonly string[], proc: ServeProcess): Promise<number> {
  let port: number;
  let host: string;
  let app: Awaited<ReturnType<typeof buildApp>>;
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'body-limit': { type: 'string' },
        'request-timeout': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      proc.stdout.write(SERVE_USAGE);
      return 0;
    }
    port = whole('port', values.port, 0, 65535) ?? 8080;
    host = values.host ?? '127.0.0.1';
    const bodyLimit = whole('body-limit', values['body-limit'], 1, 1024 * 1024 * 1024);
    const requestTimeout = whole('request-timeout', values['request-timeout'], 100, 3_600_000);
    app = await buildApp({
      log: proc.stderr,
      quiet: values.quiet === true,
      ...(bodyLimit === undefined ? {} : { bodyLimit }),
      ...(requestTimeout === undefined ? {} : { requestTimeout }),
    });
  } catch (e) {
    if (e instanceof UsageError || isParseArgsError(e)) {
      proc.stderr.write(`${e.message}\n\n${SERVE_USAGE}`);
      return CLI_EXIT.usage;
    }
    throw e;
  }
  let address: string;
  try {
    address = await app.listen({ port, host });
  } catch (e) {
    const why = errorText(e);
    proc.stderr.write(`无法在 ${host}:${port} 上监听（${why}）/ cannot listen on ${host}:${port} (${why})\n`);
    await app.close();
    return 3;
  }
  proc.stdout.write(`zz-ai-policy serve: listening on ${address} (OpenAPI: ${address}/openapi.json)\n`);
  return new Promise<number>((resolve) => {
    const stop = () => {
      void app.close().then(() => resolve(0));
    };
    proc.once('SIGINT', stop);
    proc.once('SIGTERM', stop);
  });
}
