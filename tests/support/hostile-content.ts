// A corpus of hostile notice text, used through both ways content enters the kiosk: the central
// API (sync) and the staff editor. Each entry says what must happen: shown as inert text, or
// refused with a reason. `marker` is what the page must show (inert) — never executed.

export type HostileOutcome = 'inert' | 'refused';

export interface HostileCase {
  name: string;
  markdown: string;
  outcome: HostileOutcome;
  /** Visible text expected on screen for an inert case. */
  marker?: string;
}

/** Set by any payload that manages to run; tests assert it stays undefined. */
export const PWNED_FLAG = '__hallKioskPwned';

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'script tag',
    markdown: `请注意<script>window.${PWNED_FLAG}=1</script>材料`,
    outcome: 'inert',
    marker: '<script>',
  },
  {
    name: 'event handler',
    markdown: `<img src=x onerror="window.${PWNED_FLAG}=2">图片`,
    outcome: 'inert',
    marker: 'onerror',
  },
  {
    name: 'javascript: link',
    markdown: `[点此办理](javascript:window.${PWNED_FLAG}=3)`,
    outcome: 'inert',
    marker: 'javascript:',
  },
  {
    name: 'iframe and style',
    markdown: `<iframe src="https://evil.example"></iframe><style>body{display:none}</style>正文`,
    outcome: 'inert',
    marker: '<iframe',
  },
  {
    name: 'svg with script',
    markdown: `<svg onload="window.${PWNED_FLAG}=4"><script>window.${PWNED_FLAG}=5</script></svg>`,
    outcome: 'inert',
    marker: '<svg',
  },
  { name: 'huge string', markdown: '长'.repeat(100_000), outcome: 'refused' },
  {
    name: 'deeply nested list',
    markdown: Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- 第${i + 1}层`).join('\n'),
    outcome: 'refused',
  },
  { name: 'thousands of list markers', markdown: `${'- '.repeat(3000)}x`, outcome: 'refused' },
];
