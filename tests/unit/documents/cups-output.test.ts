// What lp and lpstat print (LC_ALL=C), as CUPS 2.4 on Debian prints it.
import { describe, expect, it } from 'vitest';
import { parseJobIds, parseQueueCondition, parseRequestId } from '../../../electron/services/documents/cups';

describe('reading the CUPS clients’ answers', () => {
  it('finds the job id in lp’s answer', () => {
    expect(parseRequestId('request id is kiosk-a4-12 (1 file(s))\n')).toBe('kiosk-a4-12');
    expect(parseRequestId('lp: Error - The printer or class does not exist.')).toBeNull();
  });

  it('lists the job ids of lpstat -o', () => {
    const out =
      'kiosk-a4-2              root              1024   Thu Nov 26 07:46:08 2026\n' +
      'kiosk-a4-3              root             80256   Thu Nov 26 07:46:09 2026\n';
    expect(parseJobIds(out)).toEqual(['kiosk-a4-2', 'kiosk-a4-3']);
    expect(parseJobIds('')).toEqual([]);
  });

  it('tells idle, printing and stopped queues apart', () => {
    expect(parseQueueCondition('printer kiosk-a4 is idle.  enabled since Thu Nov 26 07:36:50 2026\n')).toBe(
      'idle',
    );
    expect(
      parseQueueCondition('printer kiosk-a4 now printing kiosk-a4-3.  enabled since Thu Nov 26 2026\n'),
    ).toBe('printing');
    expect(
      parseQueueCondition('printer kiosk-a4 disabled since Thu Nov 26 07:46:08 2026 -\n\tPaused\n'),
    ).toBe('stopped');
    expect(parseQueueCondition('')).toBeNull();
  });
});
