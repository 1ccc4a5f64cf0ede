// The oRPC implementer of the KioskApi contract, shared by the router's parts (queue, notices,
// staff) so each part lives in its own capability folder and they compose into one router.
import { implement } from '@orpc/server';
import { kioskContract } from '../api';

export const kioskImplementer = () => implement(kioskContract);
export type KioskImplementer = ReturnType<typeof kioskImplementer>;
