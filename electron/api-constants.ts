// The values of the KioskApi contract that the renderer needs at run time, kept free of zod and
// oRPC so the renderer bundle does not carry the schemas (electron/api.ts re-exports them).

export const LOCALES = ['zh-CN', 'en'] as const;

/** The service areas residents browse notices by (业务领域), in browsing order; labels live in the i18n files. */
export const NOTICE_AREAS = [
  'labour-social-security',
  'social-assistance',
  'residence',
  'family-planning',
  'household',
  'community',
  'elderly-disability',
  'business',
  'general',
] as const;

/** Errors a resident can meet; each has a message in the i18n files under `errors.<CODE>`. */
export const kioskErrors = {
  SERVICE_NOT_FOUND: { status: 404, message: 'No such service' },
  SERVICE_CLOSED: { status: 409, message: 'The service is closed now' },
  CENTRAL_UNAVAILABLE: { status: 503, message: 'The central system cannot be reached' },
  NUMBERS_EXHAUSTED: { status: 409, message: 'No numbers are left for this service today' },
  APPOINTMENT_NOT_FOUND: { status: 404, message: 'No appointment has this code' },
  APPOINTMENT_USED: { status: 409, message: 'This appointment has already been checked in' },
  APPOINTMENT_TOO_EARLY: { status: 409, message: 'Too early to check in for this appointment' },
  APPOINTMENT_TOO_LATE: { status: 409, message: 'Too late to check in for this appointment' },
  TICKET_NOT_FOUND: { status: 404, message: 'No ticket with this id was issued here today' },
  NOTICE_NOT_FOUND: { status: 404, message: 'No notice has this id' },
  PIN_REJECTED: { status: 401, message: 'The PIN is not right' },
  STAFF_LOCKED: { status: 423, message: 'Staff sign-in is locked for a while after too many wrong PINs' },
  STAFF_SESSION_ENDED: { status: 401, message: 'The staff session has ended; sign in again' },
} as const;
export type KioskErrorCode = keyof typeof kioskErrors;
