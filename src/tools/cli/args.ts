/**
 * What the commands of the command line share: reading their arguments (`parseArgs`, strict), reading and writing
 * their files, the errors they end with and the exit status of each, and the one way they report an error (Chinese
 * then English; an unknown option names the closest one, see suggest.ts).
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PolicyInputError } from '../../edges/input/errors.js';
import { parseReform, reformFormatOf, type Reform } from '../drafting/reform.js';
import { unknownOption } from './suggest.js';

/** Options as `parseArgs` takes them: by long name, each with its type (and short letter, repeatability). */
export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** The exit statuses the commands share: a usage error, and a file that cannot be read or written. */
export const CLI_EXIT = { usage: 2, file: 3 } as const;

/** A usage error: the arguments do not make a command ({@link CLI_EXIT}.usage). The message is zh and en. */
export class UsageError extends Error {}

/** A file that cannot be read or written ({@link CLI_EXIT}.file). The message is zh and en, naming the path. */
export class FileError extends Error {}

/** The message of an error, or the thing thrown as text. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Whether `e` is an error of `parseArgs` (an unknown option, a missing value, an unexpected argument). */
export function isParseArgsError(e: unknown): e is Error & { readonly code: string } {
  return e instanceof Error && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS');
}

/** The option named by an "unknown option" error of `parseArgs` (e.g. `--fromat`), or undefined. */
export function unknownOptionOf(e: unknown): string | undefined {
  return e instanceof Error ? /^Unknown option '([^']+)'/.exec(e.message)?.[1] : undefined;
}

/** The arguments of a command (after its name): strict options, positionals allowed. */
export function commandArgs<const O extends OptionsConfig>(
  argv: readonly string[],
  options: O,
): ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>> {
  return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
}

/**
 * The bytes of a file, or a {@link FileError} with the message `unreadable` writes from the cause (the commands
 * that word it their own way; {@link readText} words it for the others).
 */
export function readBytes(path: string, unreadable: (cause: unknown) => string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new FileError(unreadable(e));
  }
}

/**
 * The text of a file (UTF-8, a byte-order mark dropped), or a {@link FileError} naming what it is, the path and
 * the cause (the system's code, e.g. ENOENT) in Chinese and English.
 * @param what what the file is, e.g. `{ zh: '改革方案文件', en: 'reform file' }`
 */
export function readText(path: string, what: { readonly zh: string; readonly en: string }): string {
  return readBytes(path, (e) => {
    const why = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : String(e);
    return `无法读取${what.zh} ${path}（${why}）/ cannot read the ${what.en} ${path} (${why})`;
  }).toString('utf8').replace(/^\uFEFF/, '');
}

/** A reform file (.yaml / .yml / .json, by its name), read and checked. */
export function readReform(path: string): Reform {
  return parseReform(readText(path, { zh: '改革方案文件', en: 'reform file' }), reformFormatOf(basename(path)));
}

/**
 * Writes a file, or throws a {@link FileError} naming it and the cause.
 * @param shown the name the message gives the file (default its path), e.g. as the user wrote it
 */
export function writeOutput(path: string, text: string, shown: string = path): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new FileError(`无法写入 ${shown} / cannot write ${shown} (${errorText(e)})`);
  }
}

/** A command as its errors are reported: its name, help text and options. */
export interface CommandSpec {
  /** The command's name, e.g. `compare`. */
  readonly name: string;
  /** Its help text, printed after a usage error. */
  readonly usage: string;
  /** Its options, as `parseArgs` takes them: an unknown option is answered with the closest of these. */
  readonly options: OptionsConfig;
  /** The exit status for input that is not valid (a {@link PolicyInputError}); default 1. */
  readonly invalidInput?: number;
}

/**
 * Reports an error that ended a command on `stderr` and returns the exit status: input that is not valid (its
 * message; `invalidInput`), an unknown option (one line naming the closest option; 2), another usage error (its
 * message and the help text; 2), a file that cannot be read or written (its message; 3). Anything else is a fault
 * of the program and is thrown again.
 */
export function commandFailed(e: unknown, command: CommandSpec, stderr: Writable): number {
  if (e instanceof PolicyInputError) {
    stderr.write(`${e.message}\n`);
    return command.invalidInput ?? 1;
  }
  const unknown = unknownOptionOf(e);
  if (unknown !== undefined) {
    stderr.write(unknownOption(unknown, Object.keys(command.options).map((o) => `--${o}`), `zz-ai-policy ${command.name} --help`));
    return CLI_EXIT.usage;
  }
  if (e instanceof UsageError || isParseArgsError(e)) {
    stderr.write(`${e.message}\n\n${command.usage}`);
    return CLI_EXIT.usage;
  }
  if (e instanceof FileError) {
    stderr.write(`${e.message}\n`);
    return CLI_EXIT.file;
  }
  throw e;
}
