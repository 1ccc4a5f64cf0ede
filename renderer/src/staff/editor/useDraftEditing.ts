// What the notice and announcement editors share: the draft, the fields touched, the issues from
// live validation (debounced) and from save, and the outcome of the last save or removal.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldIssue, SaveResult } from '../../../../electron/api';
import type { KioskClient } from '../../api/client';
import { useStaff } from '../staff-session';
import { type Path, setIn } from './draft';
import { pathKey } from './issues';

const VALIDATE_DELAY_MS = 600;

export type Outcome =
  | { kind: 'saved'; version: number }
  | { kind: 'queued' }
  | { kind: 'removed' }
  | { kind: 'invalid'; count: number }
  | { kind: 'failed' };

export function useDraftEditing<D>(options: {
  initial: D;
  toContent: (draft: D) => unknown;
  validate: (api: KioskClient, sessionId: string, content: unknown) => Promise<{ issues: FieldIssue[] }>;
}) {
  const { call } = useStaff();
  const [draft, setDraft] = useState<D>(options.initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [showAll, setShowAll] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const changed = useRef(false);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const set = useCallback((path: Path, value: unknown) => {
    changed.current = true;
    setDraft((d) => setIn(d, path, value));
    setTouched((t) => new Set(t).add(pathKey(path)));
    setOutcome(null);
  }, []);

  /** Replaces the whole draft (e.g. when the stored item has loaded). */
  const reset = useCallback((next: D) => {
    changed.current = false;
    setDraft(next);
    setTouched(new Set());
    setIssues([]);
    setShowAll(false);
  }, []);

  useEffect(() => {
    if (!changed.current) return;
    let current = true;
    const handle = setTimeout(() => {
      const { toContent, validate } = optionsRef.current;
      call((api, sessionId) => validate(api, sessionId, toContent(draft))).then(
        (answer) => current && setIssues(answer.issues),
        () => undefined,
      );
    }, VALIDATE_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(handle);
    };
  }, [draft, call]);

  /** Shows what a save or removal answered; returns the conflict id when there is one. */
  const took = useCallback((result: SaveResult, removed = false): string | null => {
    if (result.status === 'invalid') {
      setIssues(result.issues);
      setShowAll(true);
      setOutcome({ kind: 'invalid', count: result.issues.length });
      return null;
    }
    if (result.status === 'conflict') return result.conflictId;
    changed.current = false;
    if (removed) setOutcome({ kind: 'removed' });
    else
      setOutcome(result.status === 'saved' ? { kind: 'saved', version: result.version } : { kind: 'queued' });
    setIssues([]);
    return null;
  }, []);

  return { draft, set, reset, touched, issues, showAll, outcome, setOutcome, took };
}
