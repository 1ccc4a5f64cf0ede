import { describe, expect, it } from 'vitest';
import { interpretStatusAnswer } from '../../../electron/services/printing/realtime-status';

const at = new Date('2025-03-01T01:00:00Z');
const read = (...bytes: number[]) => interpretStatusAnswer(Buffer.from(bytes), at);

describe('interpretStatusAnswer (DLE EOT 1, 2, 4)', () => {
  it('reads a ready printer', () => {
    expect(read(0x12, 0x12, 0x12)).toEqual({
      status: { online: true, paper: 'ok', coverOpen: false, checkedAt: '2025-03-01T01:00:00.000Z' },
      blocker: null,
    });
  });

  it('lets a near-end roll print but says so', () => {
    expect(read(0x12, 0x12, 0x1e)).toMatchObject({
      status: { paper: 'near-end', online: true },
      blocker: null,
    });
  });

  it('blocks on paper out and on an open cover, cover first', () => {
    expect(read(0x1a, 0x32, 0x7e)).toMatchObject({
      status: { paper: 'out', online: false },
      blocker: 'paper-out',
    });
    expect(read(0x1a, 0x16, 0x12)).toMatchObject({ status: { coverOpen: true }, blocker: 'cover-open' });
    expect(read(0x1a, 0x36, 0x7e).blocker).toBe('cover-open');
  });

  it('blocks on an offline printer with an error, and on answers that are not DLE EOT answers', () => {
    expect(read(0x1a, 0x52, 0x12).blocker).toBe('error');
    expect(read(0x00, 0x00, 0x00)).toMatchObject({
      status: { online: false, paper: 'unknown' },
      blocker: 'error',
    });
    expect(read(0x12, 0x12).blocker).toBe('error');
  });
});
