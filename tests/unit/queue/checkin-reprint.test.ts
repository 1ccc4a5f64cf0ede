// Appointment check-in needs the central API; "print again" prints the stored job of today's ticket.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { QueueError } from '../../../electron/services/queue/queue-service';
import { type QueueRig, startQueueRig } from './support/queue-rig';

let rig: QueueRig;
afterEach(async () => {
  await rig?.close();
});

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'no error',
    (e: unknown) => (e instanceof QueueError ? e.code : String(e)),
  );

describe('tickets.checkIn', () => {
  it('gives an appointment ticket once; unknown codes and an outage are clear errors', async () => {
    rig = await startQueueRig();
    const { ticket, print } = await rig.queue.checkIn({ code: 'YY1000C2', locale: 'zh-CN' });
    expect(ticket).toMatchObject({
      kind: 'appointment',
      offline: false,
      serviceId: 'household-registration',
    });
    expect(ticket.appointmentTime).not.toBeNull();
    expect(print.status).toBe('printed');
    expect(await codeOf(rig.queue.checkIn({ code: 'YY1000C2', locale: 'zh-CN' }))).toBe('APPOINTMENT_USED');
    expect(await codeOf(rig.queue.checkIn({ code: 'ZZ0000Z0', locale: 'zh-CN' }))).toBe(
      'APPOINTMENT_NOT_FOUND',
    );
    await rig.proxy.setMode('refuse');
    expect(await codeOf(rig.queue.checkIn({ code: 'YY1030D5', locale: 'en' }))).toBe('CENTRAL_UNAVAILABLE');
  });
});

describe('tickets.reprint', () => {
  it('prints the same ticket again, online or offline, and knows no other', async () => {
    rig = await startQueueRig();
    const online = await rig.queue.issueTicket({ serviceId: 'residence-permit', locale: 'zh-CN' });
    await rig.proxy.setMode('refuse');
    const offline = await rig.queue.issueTicket({ serviceId: 'residence-permit', locale: 'zh-CN' });
    expect(await rig.queue.reprint({ ticketId: online.ticket.id })).toEqual({ status: 'printed' });
    expect(await rig.queue.reprint({ ticketId: offline.ticket.id })).toEqual({ status: 'printed' });
    const jobs = await rig.printer.waitForJobs(4, 5000);
    expect(jobs[2]?.text).toContain(online.ticket.number);
    expect(jobs[3]?.text).toContain(offline.ticket.number);
    expect(await codeOf(rig.queue.reprint({ ticketId: randomUUID() }))).toBe('TICKET_NOT_FOUND');
  });
});
