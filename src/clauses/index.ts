/**
 * The registry of award lines, in document order. Each line's rule lives in its own file named by its id
 * (`art02_2.ts` is 二(二)); its test is `test/clauses/art02_2.test.ts`.
 */
import type { ClauseId } from '../policy/ids.js';
import type { ClauseDef } from '../policy/model.js';
import { art02_1, art02_1Input, art02_1Parameters, art02_1Readings, art02_1Words } from './art02_1.js';
import { art02_2, art02_2Input, art02_2Parameters, art02_2Readings, art02_2Words } from './art02_2.js';
import { art03_1, art03_1Input, art03_1Parameters, art03_1Readings, art03_1Words } from './art03_1.js';
import { art03_2, art03_2Input, art03_2Parameters, art03_2Readings, art03_2Words } from './art03_2.js';
import { art03_3, art03_3Input, art03_3Parameters, art03_3Readings, art03_3Words } from './art03_3.js';
import { art04_1, art04_1Input, art04_1Parameters, art04_1Readings, art04_1Words } from './art04_1.js';
import { art04_2, art04_2Input, art04_2Parameters, art04_2Readings, art04_2Words } from './art04_2.js';
import { art04_3, art04_3Input, art04_3Parameters, art04_3Readings, art04_3Words } from './art04_3.js';
import { art05_1, art05_1Input, art05_1Parameters, art05_1Readings, art05_1Words } from './art05_1.js';
import { art05_2, art05_2Input, art05_2Parameters, art05_2Readings, art05_2Words } from './art05_2.js';
import { art05_3, art05_3Input, art05_3Parameters, art05_3Readings, art05_3Words } from './art05_3.js';
import { art06_2, art06_2Input, art06_2Parameters, art06_2Readings, art06_2Words } from './art06_2.js';
import { art06_3, art06_3Input, art06_3Parameters, art06_3Readings, art06_3Words } from './art06_3.js';
import { art06_4a, art06_4aInput, art06_4aParameters, art06_4aReadings, art06_4aWords } from './art06_4a.js';
import { art06_4b, art06_4bInput, art06_4bParameters, art06_4bReadings, art06_4bWords } from './art06_4b.js';
import { art06_5a, art06_5aInput, art06_5aParameters, art06_5aReadings, art06_5aWords } from './art06_5a.js';
import { art06_5b, art06_5bInput, art06_5bParameters, art06_5bReadings, art06_5bWords } from './art06_5b.js';
import { art07_1, art07_1Input, art07_1Parameters, art07_1Readings, art07_1Words } from './art07_1.js';
import { art07_2a, art07_2aInput, art07_2aParameters, art07_2aReadings, art07_2aWords } from './art07_2a.js';
import { art07_2b, art07_2bInput, art07_2bParameters, art07_2bReadings, art07_2bWords } from './art07_2b.js';
import { art08_1, art08_1Input, art08_1Parameters, art08_1Readings, art08_1Words } from './art08_1.js';
import { art08_2, art08_2Input, art08_2Parameters, art08_2Readings, art08_2Words } from './art08_2.js';
import { art08_3, art08_3Input, art08_3Parameters, art08_3Readings, art08_3Words } from './art08_3.js';

/** Every award line's rule, by id. */
export const CLAUSES: { readonly [C in ClauseId]: ClauseDef<C> } = {
  art02_1, art02_2, art03_1, art03_2, art03_3, art04_1, art04_2, art04_3, art05_1, art05_2, art05_3,
  art06_2, art06_3, art06_4a, art06_4b, art06_5a, art06_5b, art07_1, art07_2a, art07_2b, art08_1, art08_2, art08_3,
};

/** Every clause's claim schema, in document order (policy/input.ts makes the claim union of them). */
export const CLAUSE_INPUTS = [
  art02_1Input,
  art02_2Input,
  art03_1Input,
  art03_2Input,
  art03_3Input,
  art04_1Input,
  art04_2Input,
  art04_3Input,
  art05_1Input,
  art05_2Input,
  art05_3Input,
  art06_2Input,
  art06_3Input,
  art06_4aInput,
  art06_4bInput,
  art06_5aInput,
  art06_5bInput,
  art07_1Input,
  art07_2aInput,
  art07_2bInput,
  art08_1Input,
  art08_2Input,
  art08_3Input,
] as const;

/** Every clause's parameters, in document order (the registry in policy/parameters.ts starts with them). */
export const CLAUSE_PARAMETERS = [
  ...art02_1Parameters,
  ...art02_2Parameters,
  ...art03_1Parameters,
  ...art03_2Parameters,
  ...art03_3Parameters,
  ...art04_1Parameters,
  ...art04_2Parameters,
  ...art04_3Parameters,
  ...art05_1Parameters,
  ...art05_2Parameters,
  ...art05_3Parameters,
  ...art06_2Parameters,
  ...art06_3Parameters,
  ...art06_4aParameters,
  ...art06_4bParameters,
  ...art06_5aParameters,
  ...art06_5bParameters,
  ...art07_1Parameters,
  ...art07_2aParameters,
  ...art07_2bParameters,
  ...art08_1Parameters,
  ...art08_2Parameters,
  ...art08_3Parameters,
] as const;

/** Every clause's readings (policy/readings.ts puts them in the register's order with the cross-cutting ones). */
export const CLAUSE_READINGS = [
  ...art02_1Readings,
  ...art02_2Readings,
  ...art03_1Readings,
  ...art03_2Readings,
  ...art03_3Readings,
  ...art04_1Readings,
  ...art04_2Readings,
  ...art04_3Readings,
  ...art05_1Readings,
  ...art05_2Readings,
  ...art05_3Readings,
  ...art06_2Readings,
  ...art06_3Readings,
  ...art06_4aReadings,
  ...art06_4bReadings,
  ...art06_5aReadings,
  ...art06_5bReadings,
  ...art07_1Readings,
  ...art07_2aReadings,
  ...art07_2bReadings,
  ...art08_1Readings,
  ...art08_2Readings,
  ...art08_3Readings,
] as const;

/** Every clause's words, by id (policy/words.ts). */
export const CLAUSE_WORDS = {
  art02_1: art02_1Words, art02_2: art02_2Words, art03_1: art03_1Words, art03_2: art03_2Words, art03_3: art03_3Words, art04_1: art04_1Words, art04_2: art04_2Words, art04_3: art04_3Words, art05_1: art05_1Words, art05_2: art05_2Words, art05_3: art05_3Words, art06_2: art06_2Words, art06_3: art06_3Words, art06_4a: art06_4aWords, art06_4b: art06_4bWords, art06_5a: art06_5aWords, art06_5b: art06_5bWords, art07_1: art07_1Words, art07_2a: art07_2aWords, art07_2b: art07_2bWords, art08_1: art08_1Words, art08_2: art08_2Words, art08_3: art08_3Words,
} as const;

/** Numbered items that are not award lines, and why they are not encoded as one. */
export const NOT_ENCODED: readonly { readonly id: string; readonly item: string; readonly why: { readonly zh: string; readonly en: string } }[] = [
  { id: 'art06_1', item: '六(一)', why: { zh: '转介航空港区片区开发政策，本政策不计算金额（转介行）', en: 'refers to the district area-development policy; a referral line, no amount' } },
  { id: 'art09_1', item: '九(一)', why: { zh: '就高不重复与一企一策排除为约束（constraints/overlap、constraints/oneEnterprise）；一事一议转人工', en: 'overlap and 一企一策 exclusion are constraints; 一事一议 is a manual referral' } },
  { id: 'art09_2', item: '九(二)', why: { zh: '未列明领域转介其他政策（转介行）', en: 'topics routed to other policies; referral lines' } },
  { id: 'art09_3', item: '九(三)', why: { zh: '年度总额上限为约束（constraints/annualCap）', en: 'the annual cap is a constraint' } },
  { id: 'art09_4', item: '九(四)', why: { zh: '审计投资额上限为约束（constraints/auditedInvestment）', en: 'the audited-investment ceiling is a constraint' } },
  { id: 'art09_5', item: '九(五)', why: { zh: '追回为拨付后的退款计算（clawback）', en: 'clawback is a refund computed after payment' } },
  { id: 'art09_6', item: '九(六)', why: { zh: '程序性条款：绩效监控、监督检查与档案保存，不涉及计算', en: 'procedural: monitoring, supervision and record-keeping; nothing to compute' } },
  { id: 'art09_7', item: '九(七)', why: { zh: '有效期为约束（constraints/validity）', en: 'the validity period is a constraint' } },
];
