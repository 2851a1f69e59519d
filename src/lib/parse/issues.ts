/**
 * Typed issues. Every pipeline stage returns `{ value, issues }`; only the boundary
 * (content loader, CLI) decides whether an issue stops the build.
 */
export const ISSUE_CODES = {
  'empty-file': 'error',
  'binary-file': 'error',
  'no-tables': 'error',
  'year-mismatch': 'error',
  'bad-amount': 'error',
  'truncated-table': 'error',
  'bad-metadata': 'error',
  'bad-folder-name': 'error',
  'malformed-code': 'error',
  'loose-amount': 'error',
  'unplaced-line': 'error',
  'empty-table': 'error',
  'missing-table': 'error',
  'unit-mismatch': 'error',
  'free-text-project': 'warning',
  'foot-rows': 'warning',
  'ends-at-header': 'warning',
  'amount-as-code': 'warning',
  'unknown-table': 'warning',
  'unknown-code': 'warning',
  'code-name-mismatch': 'warning',
  'odd-project-code': 'warning',
  'unit-inherited': 'warning',
  'unknown-file': 'warning',
  'missing-total': 'warning',
  'project-conflict': 'warning',
  'unknown-unit': 'warning',
  'narrative-no-sections': 'warning',
  'narrative-order': 'warning',
  'narrative-missing-section': 'warning',
} as const;

export type IssueCode = keyof typeof ISSUE_CODES;
export type Severity = (typeof ISSUE_CODES)[IssueCode];

export interface Issue {
  code: IssueCode;
  severity: Severity;
  file: string;
  line: number;
  /** What was expected and what was found, in one sentence. */
  message: string;
}

export interface Result<T> {
  value: T;
  issues: Issue[];
}

export function issue(code: IssueCode, file: string, line: number, message: string): Issue {
  return { code, severity: ISSUE_CODES[code], file, line, message };
}

export function formatIssue(i: Issue): string {
  return `${i.file}:${i.line}: ${i.severity} [${i.code}] ${i.message}`;
}

/** The one exception the parser throws: carries the issues that made a document unreadable. */
export class BudgetParseError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'BudgetParseError';
    this.issues = issues;
  }
}
