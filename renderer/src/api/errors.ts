// Turns any failure of a KioskApi call into the key of a calm message in the resident's language.
import { ORPCError } from '@orpc/client';
import { type KioskErrorCode, kioskErrors } from '../../../electron/api-constants';

export type ErrorMessageKey = `errors.${KioskErrorCode}` | 'errors.generic';

function isKioskErrorCode(code: unknown): code is KioskErrorCode {
  return typeof code === 'string' && Object.hasOwn(kioskErrors, code);
}

/** Defined contract errors get their own message; anything else (network, bugs) the generic one. */
export function errorMessageKey(error: unknown): ErrorMessageKey {
  if (error instanceof ORPCError && error.defined && isKioskErrorCode(error.code))
    return `errors.${error.code}`;
  return 'errors.generic';
}
