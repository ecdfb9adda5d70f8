/**
 * A corpus of applications whose results, together, use every adjustment, reason and note the engine emits, and
 * every line status: the outside-system schema test validates all of them. Each case says what it is there for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvaluateOptions } from '../../src/index.js';
import { application, BASE_CLAIMS, beneficiary, bigProject, claim, type Json } from '../helpers.js';
import { ROOT } from './built.js';

/** One evaluation: its input and options. */
export interface Case {
  readonly name: string;
  readonly input: Json;
  readonly options?: EvaluateOptions;
}

const allClaims = (): Json[] => Object.values(BASE_CLAIMS).map((c, i) => ({ ...structuredClone(c), id: `c${i}` }));
const projectsFor = (claims: Json[]): Json[] =>
  [...new Set(claims.map((c) => String(c.projectId ?? c.subjectId)))].map((id) => bigProject(id));

/** The corpus. */
export function corpus(): Case[] {
  const samples = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'sample-applications.json'), 'utf8')) as Json[];
  const every = allClaims();
  const small = beneficiary({ districtContribution: { '2025': '100000.00' } });
  return [
    ...samples.map((input, i) => ({ name: `sample ${i + 1}`, input })),
    { name: 'every award line at once', input: application(every, { projects: projectsFor(every) }) },
    { name: 'every award line, ratio set and budget scaled (indeterminateRatioSupplied, budgetScale)', input: application(every, { projects: projectsFor(every) }), options: { parameters: { 'art02_1.ratio': '0.5', 'art09_3.budgetScale': '0.9' } } },
    { name: 'out of scope (scope)', input: application([claim('art05_1')], { beneficiary: beneficiary({ registeredInDistrict: false }) }) },
    { name: 'a failed condition (conditions)', input: application([claim('art03_1', { approved: false })]) },
    { name: 'before the policy window (window)', input: application([claim('art05_1', { announcedOn: '2020-01-01' })]) },
    { name: 'one enterprise, one policy (oneEnterpriseOnePolicy)', input: application([claim('art04_1')], { beneficiary: beneficiary({ oneEnterpriseOnePolicy: { signedOn: '2025-06-01', similarClauses: ['art04_1'] } }) }) },
    { name: 'referrals (referral)', input: application([{ id: 'r1', clause: 'art06_1', subjectId: 'S', topic: 'robotPark' }, { id: 'r2', clause: 'art09_2', subjectId: 'S', topic: 'talent' }, { id: 'r3', clause: 'art09_1', subjectId: 'S', topic: 'caseByCase' }]) },
    { name: 'no contribution for the base year (pending)', input: application([claim('art05_1')], { beneficiary: beneficiary({ districtContribution: {} }) }) },
    { name: 'project without audited investment (pending 九(四))', input: application([claim('art03_1', { projectId: 'P0', nationalOrProvincialFunding: true })], { projects: [{ id: 'P0' }] }) },
    { name: 'project without audited investment, A9.4.4 b (auditedInvestmentNotApplied)', input: application([claim('art03_1', { projectId: 'P0', nationalOrProvincialFunding: true })], { projects: [{ id: 'P0' }] }), options: { readings: { 'A9.4.4': 'b' } } },
    { name: 'small audited investment (auditedInvestment)', input: application([claim('art03_1', { projectId: 'P1', nationalOrProvincialFunding: true })], { projects: [{ id: 'P1', auditedInvestment: '1000.00' }] }) },
    { name: 'other district policy paid the same item (crossPolicy)', input: application([claim('art06_2')], { beneficiary: beneficiary({ otherDistrictSupport: [{ policy: 'other', subjectId: 'S', clause: 'art06_2', amount: '100000.00', paidOn: '2026-06-01' }] }) }) },
    { name: 'matching of national money for an enterprise (teamReward)', input: application([claim('art03_3')], { projects: [bigProject('S')] }) },
    { name: 'paid once before (oneTime)', input: application([claim('art06_5b')], { history: [{ clause: 'art06_5b', subjectId: 'S', awardYear: 2026, entitlement: '500000.00', paid: '500000.00', paidOn: '2026-06-01' }] }) },
    { name: 'two one-time claims for one subject (oneTime, larger in batch)', input: application([claim('art06_5b'), claim('art06_5b', { id: 'c2' })]) },
    { name: 'annual cap binding, overridden (annualCapOverridden)', input: application([claim('art05_1')], { beneficiary: small, annualCapOverride: { decisionRef: 'D-1', reason: '一事一议' } }) },
    { name: 'annual cap binding, guidance only (annualCapExceeded)', input: application([claim('art05_1')], { beneficiary: small }), options: { readings: { 'A9.3.1': 'b' } } },
    { name: 'R&D institution (annualCapExempt)', input: application([claim('art05_1')], { beneficiary: beneficiary({ rndInstitution: true, legalForm: 'publicInstitution' }) }) },
  ];
}
