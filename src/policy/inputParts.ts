/**
 * The parts every input schema is made of (amounts, dates, years, ids, lists, the fields every claim has): the
 * clause files declare their claims' inputs with them, policy/input.ts the application around the claims.
 *
 * Written with zod's tree-shakable functional API (`zod/mini`). Every schema's error text is a key of `EXPECTED`
 * in edges/input/errors.ts, which says in Chinese and English what was expected there.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from '../core/dates.js';
import { AWARD_LINES } from './ids.js';
import { SIGNED_YUAN_PATTERN, YUAN_PATTERN } from '../core/money.js';

/** Amount in yuan: `"1234.5"`, `"1000000"`, `"0.01"`. */
export const Yuan = z.string({ error: 'yuan' }).check(z.regex(YUAN_PATTERN, { error: 'yuan' }));
/** A signed amount in yuan (a district contribution may be negative, A9.3.9). */
export const SignedYuan = z.string({ error: 'signedYuan' }).check(z.regex(SIGNED_YUAN_PATTERN, { error: 'signedYuan' }));
/** Calendar date `YYYY-MM-DD`. */
export const IsoDate = z.string({ error: 'date' }).check(z.refine(isCalendarDate, { error: 'date' }));
/** A calendar year. */
export const Year = z.int({ error: 'year' }).check(z.minimum(1900, { error: 'year' }), z.maximum(2999, { error: 'year' }));
/** A year used as a record key: `"2025"`. */
export const YearKey = z.string({ error: 'yearKey' }).check(z.regex(/^(19|2[0-9])[0-9]{2}$/, { error: 'yearKey' }));
export const Id = z.string({ error: 'id' }).check(z.minLength(1, { error: 'id' }), z.maxLength(200, { error: 'id' }));
export const Bool = z.boolean({ error: 'boolean' });
export const Count = z.int({ error: 'count' }).check(z.minimum(0, { error: 'count' }), z.maximum(1e9, { error: 'count' }));
/** A whole number of model parameters, as a digit string (it may exceed 2^53). */
export const ParamCount = z.string({ error: 'paramCount' }).check(z.regex(/^(0|[1-9][0-9]{0,20})$/, { error: 'paramCount' }));
export const enumOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'enum' });
export const optional = z.optional;
/** A list of at most `max` items. */
export const arrayOf = <T extends z.ZodMiniType>(item: T, max: number, error?: string) =>
  z.array(item, error === undefined ? undefined : { error }).check(z.maxLength(max, error === undefined ? undefined : { error }));

export const ClauseIdSchema = enumOf(AWARD_LINES);
export const Level = enumOf(['national', 'provincial']);
export const AiField = enumOf([
  'computeAndAlgorithms', 'aiChipsAndSmartSensors', 'largeModels', 'dataLabelingCollectionTrading',
  'aiSoftwareAndSystems', 'intelligentRobots', 'intelligentTerminals', 'aiIndustryApplications',
]);
export const LegalForm = enumOf([
  'enterprise', 'publicInstitution', 'socialOrganization', 'privateNonEnterpriseUnit', 'branchOffice', 'unincorporated',
]);

/** Money received from a higher level: `receivedOn` absent means approved but not yet received (R3: pending). */
export const SuperiorMoney = z.strictObject({ amount: Yuan, receivedOn: optional(IsoDate) });

export const base = { id: Id, subjectId: Id };
/** For the lines of A1.2: the rewarded subject (scenario, factory, project, park, event) is in a listed AI field. */
export const subjectTest = { subjectInAiField: optional(Bool) };
/**
 * The project a line funds, for 九(四) (D1): every award line belongs to the project `projectId` names, by default
 * its subject; the project's audited investment (经审计认定的投资额) may be given on any of its claims.
 */
export const project = { projectId: optional(Id), auditedInvestment: optional(Yuan) };
export const claimBase = { ...base, ...project };
/** At most this many items in a subject's list (selections, titles, recognitions, tranches). */
export const LIST_MAX = 100;
/** A list of a subject's selections, titles, recognitions or tranches (D9: one line per subject). */
export const listOf = <T extends z.ZodMiniType>(item: T) => arrayOf(item, LIST_MAX, 'list');
