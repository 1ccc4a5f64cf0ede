// The outcome of a thermal print (ticket or notice slip), shared by the KioskApi parts.
import { z } from 'zod';

export const PrintOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('printed') }),
  z.object({
    status: z.literal('failed'),
    /** Machine-readable cause; the renderer turns it into a message in the resident's language. */
    reason: z.enum(['offline', 'paper-out', 'cover-open', 'timeout', 'error']),
  }),
]);
export type PrintOutcome = z.infer<typeof PrintOutcome>;
