// The values of the KioskApi contract that the renderer needs at run time, kept free of zod and
// oRPC so the renderer bundle does not carry the schemas (electron/api.ts re-exports them).

export const LOCALES = ['zh-CN', 'en'] as const;

/** Errors a resident can meet; each has a message in the i18n files under `errors.<CODE>`. */
export const kioskErrors = {
  SERVICE_NOT_FOUND: { status: 404, message: 'No such service' },
  SERVICE_CLOSED: { status: 409, message: 'The service is closed now' },
  CENTRAL_UNAVAILABLE: { status: 503, message: 'The central system cannot be reached' },
} as const;
export type KioskErrorCode = keyof typeof kioskErrors;
