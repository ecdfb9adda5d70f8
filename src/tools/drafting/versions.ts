/**
 * The drafting tools over the policy's versions (policy/versions.ts): a version's values in force on a date as a
 * reform, so that two versions compare like a baseline and a reform, and each version's text renders with its words.
 */
import { changesInForce, type PolicyVersion } from '../../policy/versions.js';
import { checkVersion } from '../../edges/input/versionFile.js';
import { PolicyInputError } from '../../edges/input/errors.js';
import { parseReformText, type Reform, type ReformFormat } from './reform.js';

/** The values a version has in force on a date, as a reform of the draft (its id: `<version>@<date>`). */
export function versionAsReform(version: PolicyVersion, on: string): Reform {
  const parameters: Record<string, string | null> = {};
  for (const c of changesInForce(version, on)) parameters[c.parameter] = c.value;
  return Object.freeze({
    id: `${version.id}@${on}`,
    title: Object.freeze({ zh: `${version.title.zh}（${on} 施行的数值）`, en: `${version.title.en} (values in force on ${on})` }),
    description: null,
    parameters: Object.freeze(parameters),
    readings: Object.freeze({}),
    disabledLines: Object.freeze([]),
  });
}

/** Reads a version file (YAML or JSON), checked like a reform file; bad content is a PolicyInputError. */
export function parseVersion(text: string, format: ReformFormat = 'json'): PolicyVersion {
  const data = parseReformText(text, format);
  const { version, issues } = checkVersion(data, 'version');
  if (version === undefined) throw new PolicyInputError(issues);
  return version;
}
