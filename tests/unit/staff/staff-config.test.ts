// The staff settings of the kiosk config: defaults keep older config files valid; bounds hold.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KioskConfigSchema } from '../../../kiosk-config/schema';

const minimal = (staff: Record<string, unknown>) => ({
  kioskId: 'test-kiosk',
  hallName: { 'zh-CN': '测试服务中心', en: 'Test Hall' },
  layout: 'counter',
  centralApi: { url: 'embedded' },
  printers: { ticket: { uri: 'virtual' } },
  staff,
});

describe('staff config', () => {
  it('an older config without the new keys gets 5 PINs, 15 minutes, 120 seconds', () => {
    const config = KioskConfigSchema.parse(minimal({ accounts: [] }));
    expect(config.staff).toEqual({
      accounts: [],
      maxFailedPins: 5,
      lockoutMinutes: 15,
      sessionIdleSeconds: 120,
    });
  });

  it('takes site values and refuses nonsense (no lockout at all, a session of 5 seconds)', () => {
    const site = KioskConfigSchema.parse(minimal({ accounts: [], maxFailedPins: 3, lockoutMinutes: 30 }));
    expect(site.staff).toMatchObject({ maxFailedPins: 3, lockoutMinutes: 30, sessionIdleSeconds: 120 });
    const bad = KioskConfigSchema.safeParse(
      minimal({ accounts: [], maxFailedPins: 0, lockoutMinutes: 0, sessionIdleSeconds: 5 }),
    );
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path.join('.'))).toEqual([
      'staff.maxFailedPins',
      'staff.lockoutMinutes',
      'staff.sessionIdleSeconds',
    ]);
    expect(
      KioskConfigSchema.safeParse(minimal({ accounts: [], lockoutMinute: 10 })).error?.issues[0]?.message,
    ).toContain('did you mean "lockoutMinutes"');
  });

  it('the example config documents them with their defaults', () => {
    const example = parse(
      readFileSync(new URL('../../../kiosk-config/example.yaml', import.meta.url), 'utf8'),
    );
    expect(example.staff).toMatchObject({ maxFailedPins: 5, lockoutMinutes: 15, sessionIdleSeconds: 120 });
    expect(KioskConfigSchema.safeParse(example).success).toBe(true);
  });
});
