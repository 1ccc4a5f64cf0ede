// The central-API client: the only way the kiosk's services reach the hall's central system.
export { type CentralApi, type CentralApiOptions, createCentralApi } from './client';
export * from './content-schemas';
export { CentralApiError, type CentralApiErrorKind, isCentralApiError } from './errors';
export * from './schemas';
