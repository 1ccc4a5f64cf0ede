// Small helpers shared by the benchmark scripts.

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function summarize(label: string, values: number[], target?: string): string {
  const fmt = (n: number) => n.toFixed(1);
  return `${label}: n=${values.length} median ${fmt(percentile(values, 50))} ms, p95 ${fmt(
    percentile(values, 95),
  )} ms, max ${fmt(Math.max(...values))} ms${target ? ` (target ${target})` : ''}`;
}

export { launchChromium } from '../tests/support/browser';
