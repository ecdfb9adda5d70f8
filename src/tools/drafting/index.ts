/**
 * For policy drafters: the text bound to the parameters (rendered with a reform's values, with the changed
 * sentences), reforms as validated data, and the impact of a reform on a portfolio of beneficiaries.
 */
export {
  bindText, renderText, writeText, writeParameter, findNumbers, UNBOUND_NUMBERS, type WriteTextOptions,
  type BoundText, type Binding, type RenderedText, type SentenceChange, type TextPart, type NotInText, type UnboundNumber,
  type FoundNumber, type Bilingual,
} from './text.js';
export {
  parseReform, validateReform, reformFormatOf, reformOptions, closestNames, BASELINE_REFORM, ReformSchema,
  type Reform, type ReformFormat,
} from './reform.js';
export { preparePortfolio, evaluatePortfolio, type PreparedPortfolio, type PortfolioRun, type BeneficiaryRun, type PortfolioOptions } from './portfolio.js';
export {
  compare, compareRuns, sensitivity, diffReforms, CONSTRAINT_CODES,
  type Comparison, type CompareOptions, type MoneyDelta, type ParameterChange, type ReadingChange, type LineSwitch, type ReformDiff,
  type BindingChange, type LineChange, type BeneficiaryDelta, type CompareStatus, type ConstraintCode, type Sensitivity, type SensitivityRow,
  type ChangeContribution, type ImpactSplit,
} from './compare.js';
export { versionAsReform, parseVersion } from './versions.js';
export { buildReport, type DraftingReport, type ReportInput } from './report.js';
export { reportMarkdown } from './markdown.js';
export { reportHtml, escapeHtml } from './html.js';
export { reformFromText, reformToYaml, type TextReform, type RecognisedChange, type NotModelled, type NotModelledKind, type FromTextOptions } from './fromText.js';
