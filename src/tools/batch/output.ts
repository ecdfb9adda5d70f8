/**
 * Output files that can never destroy data. Before anything is opened for writing, every output path is checked
 * against every input path (after resolving symbolic links, and by device and inode, so a hard link counts too)
 * and against the other outputs; the directory must exist. A file output is then written to a temporary file
 * beside its target (`.<name>.<pid>.<random>.partial`) and renamed onto the target only when the whole batch has
 * been written and flushed to disk; an aborted or interrupted run removes the temporary file and leaves the
 * target as it was. (A SIGKILL cannot be handled: it leaves the temporary file, never a partial target.)
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, realpathSync, rmSync, statSync, type Stats, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { BatchInputError, EXIT } from './errors.js';

/** An output path, with the option that named it (for messages). */
export interface NamedPath {
  readonly option: string;
  readonly path: string;
}

/** Where a path leads: the real path (links resolved) and, when it exists, its stats. */
interface Resolved {
  readonly real: string;
  readonly stats?: Stats;
}

/** The real path of an existing file; for a file still to be created, the real path of its directory plus its name. */
function resolvePath(path: string): Resolved | undefined {
  try {
    const real = realpathSync(path);
    return { real, stats: statSync(real) };
  } catch {
    try {
      return { real: join(realpathSync(dirname(resolve(path))), basename(path)) };
    } catch {
      return undefined;
    }
  }
}

const sameFile = (a: Resolved, b: Resolved): boolean =>
  a.real === b.real || (a.stats !== undefined && b.stats !== undefined && a.stats.dev === b.stats.dev && a.stats.ino === b.stats.ino);

function usage(zh: string, en: string): BatchInputError {
  return new BatchInputError(zh, en, EXIT.usage);
}

/**
 * Refuses, before anything is opened for writing, an output that would overwrite an input or another output, an
 * output whose directory does not exist, and an output that is a directory.
 * @param inputs every file the run reads (`-`, standard input, is skipped)
 * @throws {@link BatchInputError} with exit status 2 (usage error)
 */
export function checkOutputPaths(inputs: readonly NamedPath[], outputs: readonly NamedPath[]): void {
  const readFrom = inputs.filter((i) => i.path !== '-').flatMap((i) => {
    const r = resolvePath(i.path);
    return r ? [{ ...i, resolved: r }] : [];
  });
  const seen: { option: string; path: string; resolved: Resolved }[] = [];
  for (const out of outputs) {
    const resolved = resolvePath(out.path);
    if (!resolved) {
      throw usage(`--${out.option} ${out.path}：目录不存在`, `--${out.option} ${out.path}: the directory does not exist`);
    }
    if (resolved.stats?.isDirectory()) {
      throw usage(`--${out.option} ${out.path}：是目录，应为文件`, `--${out.option} ${out.path}: is a directory, expected a file`);
    }
    const input = readFrom.find((i) => sameFile(i.resolved, resolved));
    if (input) {
      throw usage(
        `--${out.option} ${out.path} 与输入文件 ${input.path} 是同一个文件，拒绝覆盖输入`,
        `--${out.option} ${out.path} is the input file ${input.path}; refusing to overwrite an input`,
      );
    }
    const other = seen.find((o) => sameFile(o.resolved, resolved));
    if (other) {
      throw usage(
        `--${out.option} ${out.path} 与 --${other.option} ${other.path} 是同一个文件，两个输出须写入不同文件`,
        `--${out.option} ${out.path} is the same file as --${other.option} ${other.path}; the two outputs need two files`,
      );
    }
    seen.push({ ...out, resolved });
  }
}

/** Temporary files not yet renamed or removed, for the exit handler. */
const pending = new Set<string>();
let exitHookInstalled = false;

/** Registers a temporary file to be removed if the process exits before it is renamed or removed. */
export function track(temp: string): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // Last resort: a process that exits while a temporary file is still pending (an unhandled signal's default
    // action does not run this, but process.exit and a normal end do) removes it.
    process.once('exit', removePending);
  }
  pending.add(temp);
}

/** Removes every temporary file still pending (run when the process exits). */
export function removePending(): void {
  for (const t of pending) rmSync(t, { force: true });
  pending.clear();
}

/** Forgets a temporary file registered with {@link track} (it was renamed or removed). */
export function untrack(temp: string): void {
  pending.delete(temp);
}

/** A file output written to a temporary file and renamed into place by {@link OutputFile.commit}. */
export interface OutputFile {
  /** The stream to write to. */
  readonly stream: Writable;
  /** The temporary file (null when the target is not a regular file and is written directly). */
  readonly temp: string | null;
  /** Flushes to disk, closes and renames the temporary file onto the target. */
  commit(): Promise<void>;
  /** Stops writing and removes the temporary file; the target is left as it was. Never throws. */
  discard(): Promise<void>;
}

async function opened(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolveOpen, reject) => {
    stream.once('open', () => resolveOpen());
    stream.once('error', reject);
  });
}

async function closeStream(stream: WriteStream): Promise<void> {
  if (stream.closed) return;
  stream.end();
  await once(stream, 'close');
}

/**
 * Opens an output. A regular file (or a new one) is written through a temporary file in the same directory (so
 * the rename is atomic and keeps the target's permissions); a target that exists but is not a regular file (a
 * terminal, a pipe, `/dev/null`) is written directly, since it cannot be replaced.
 * @throws {@link BatchInputError} (exit status 2) when the file cannot be created
 */
export async function openOutput(option: string, path: string): Promise<OutputFile> {
  const resolved = resolvePath(path);
  const fail = (e: unknown): BatchInputError => {
    const why = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : String(e);
    return usage(`--${option} ${path}：无法写入（${why}）`, `--${option} ${path}: cannot write (${why})`);
  };
  if (!resolved) throw fail('ENOENT');
  if (resolved.stats && !resolved.stats.isFile()) {
    const stream = createWriteStream(resolved.real, { flags: 'a' });
    await opened(stream).catch((e: unknown) => {
      throw fail(e);
    });
    return {
      stream,
      temp: null,
      commit: () => closeStream(stream),
      discard: async () => {
        stream.destroy();
      },
    };
  }
  const target = resolved.real;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.partial`);
  // flush: the data reaches the disk before the rename makes it the target (a crash then leaves old or new, whole).
  const stream = createWriteStream(temp, { flags: 'wx', mode: resolved.stats ? resolved.stats.mode & 0o777 : 0o666, flush: true });
  track(temp);
  try {
    await opened(stream);
  } catch (e) {
    pending.delete(temp);
    throw fail(e);
  }
  let done = false;
  return {
    stream,
    temp,
    async commit() {
      await closeStream(stream);
      await rename(temp, target);
      done = true;
      pending.delete(temp);
    },
    async discard() {
      if (done) return;
      done = true;
      if (!stream.closed) {
        const closed = once(stream, 'close').catch(() => undefined);
        stream.destroy();
        await closed;
      }
      await unlink(temp).catch(() => undefined);
      pending.delete(temp);
    },
  };
}
