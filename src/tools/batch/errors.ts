/**
 * Exit statuses of `zz-ai-policy batch`, and the error for an input that cannot be read at all.
 *
 * @module
 */

/**
 * Exit statuses of the batch command:
 * - `0`   every record was evaluated;
 * - `1`   at least one record could not be evaluated: invalid input, or an internal error of the engine on that
 *         record (each has its error record in the output; the others were evaluated);
 * - `2`   usage error: unknown option, missing file, invalid `--parameters` or `--readings`, an output that is an
 *         input or the other output, an output whose directory does not exist (nothing read, nothing written);
 * - `3`   an input file cannot be read as a whole: not a JSON array, a broken CSV, an unknown CSV column, an
 *         undecodable file, found before or during the run (no output file written);
 * - `70`  a fault of the machine: the output could not be written (disk full, closed pipe, I/O error) (no output
 *         file written);
 * - `130` interrupted (SIGINT, Ctrl-C), `143` terminated (SIGTERM) (no output file written).
 */
export const EXIT = { ok: 0, invalidRecords: 1, usage: 2, unreadableInput: 3, internal: 70, interrupted: 130, terminated: 143 } as const;

/** One of the {@link EXIT} statuses. */
export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

/** An input file that cannot be read as a whole; no record of it is evaluated. The message is zh and en. */
export class BatchInputError extends Error {
  /** The message in Chinese and in English. */
  readonly text: { readonly zh: string; readonly en: string };
  /** The exit status this error ends the command with ({@link EXIT}). */
  readonly exitStatus: ExitStatus;
  constructor(zh: string, en: string, exitStatus: ExitStatus = EXIT.unreadableInput) {
    super(`${zh} / ${en}`);
    this.name = 'BatchInputError';
    this.text = { zh, en };
    this.exitStatus = exitStatus;
  }
}
