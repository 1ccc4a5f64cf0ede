import { useRef, useState } from 'react';
import { type ErrorMessageKey, errorMessageKey } from '../api/errors';

export type PrintJob<Outcome> =
  | { status: 'idle' }
  | { status: 'printing' }
  | { status: 'done'; outcome: Outcome }
  | { status: 'failed'; messageKey: ErrorMessageKey };

/**
 * One print job at a time, and what came of the last one. After the answer, either way, another
 * copy can be asked for.
 */
export function usePrintJob<Outcome>(send: () => Promise<Outcome>): {
  job: PrintJob<Outcome>;
  print: () => void;
} {
  const [job, setJob] = useState<PrintJob<Outcome>>({ status: 'idle' });
  // A ref, not state: a double tap arrives before React re-renders, and must not print twice.
  const printing = useRef(false);
  const print = (): void => {
    if (printing.current) return;
    printing.current = true;
    setJob({ status: 'printing' });
    send().then(
      (outcome) => {
        printing.current = false;
        setJob({ status: 'done', outcome });
      },
      (error: unknown) => {
        printing.current = false;
        setJob({ status: 'failed', messageKey: errorMessageKey(error) });
      },
    );
  };
  return { job, print };
}
