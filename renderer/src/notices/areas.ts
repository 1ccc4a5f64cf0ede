// The service areas in browsing order, from the contract's zod-free constants.
export { NOTICE_AREAS as AREA_ORDER } from '../../../electron/api-constants';
