// FieldIssues from staff.*.validate / save, matched to the editor's fields by path and worded in
// the staff member's language.

import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import type { FieldIssue } from '../../../../electron/api';
import type { Path } from './draft';

export const pathKey = (path: Path) => path.join('.');
/** The id of a field's input, so the summary can move focus to it. */
export const fieldId = (path: Path) => `staff-f-${path.join('-')}`;

export function issueText(t: TFunction, issue: FieldIssue): string {
  return t(`staff.issue.${issue.code}`, { limit: issue.limit ?? '' });
}

export interface IssueState {
  issues: FieldIssue[];
  /** After a save attempt every issue shows; before, only those of fields the staff member changed. */
  showAll: boolean;
  touched: ReadonlySet<string>;
}

export const IssueContext = createContext<IssueState>({ issues: [], showAll: true, touched: new Set() });

/** Issues of exactly this field (group: also of a list as a whole, e.g. "at least one"). */
export function useFieldIssues(path: Path, group = false): FieldIssue[] {
  const { issues, showAll, touched } = useContext(IssueContext);
  const key = pathKey(path);
  const shown = showAll || touched.has(key) || (group && [...touched].some((k) => k.startsWith(`${key}.`)));
  if (!shown) return [];
  return issues.filter((issue) => pathKey(issue.path) === key);
}

/** The field an issue belongs to: the longest prefix of its path that has an input on screen. */
export function focusField(issue: FieldIssue): void {
  for (let n = issue.path.length; n > 0; n--) {
    const element = document.getElementById(fieldId(issue.path.slice(0, n)));
    if (element) {
      element.focus();
      element.scrollIntoView({ block: 'center' });
      return;
    }
  }
}
