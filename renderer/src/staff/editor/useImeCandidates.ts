// Candidates for the pinyin being composed on the on-screen keyboard, from the main process
// (staff.ime.candidates). Asked ~80 ms after the last letter; an answer for older letters is dropped.
import { useEffect, useRef, useState } from 'react';
import { useStaff } from '../staff-session';

export interface ImeCandidate {
  text: string;
  consumed: number;
}

const DEBOUNCE_MS = 80;
const PINYIN = /^[a-z]{1,32}$/;

export function useImeCandidates(composition: string): ImeCandidate[] {
  const { call } = useStaff();
  const [answer, setAnswer] = useState<{ for: string; candidates: ImeCandidate[] }>({
    for: '',
    candidates: [],
  });
  const latest = useRef(composition);
  latest.current = composition;

  useEffect(() => {
    if (!PINYIN.test(composition)) return;
    const timer = setTimeout(() => {
      call((api, sessionId) => api.staff.ime.candidates({ sessionId, pinyin: composition })).then(
        (result) => {
          if (latest.current === composition) setAnswer({ for: composition, candidates: result.candidates });
        },
        () => {
          if (latest.current === composition) setAnswer({ for: composition, candidates: [] });
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [composition, call]);

  // Never show candidates of other letters than those on screen.
  return answer.for === composition ? answer.candidates : [];
}
