// Debian's Chromium through playwright-core, and the checks every kiosk screen gets (axe-core and
// DESIGN.md's size numbers). Shared by the renderer tests, the e2e tests and the benchmarks.
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';

export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** WCAG 2.x A, AA and AAA, plus axe's best practices (landmarks, one h1). */
export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag2aaa',
  'wcag21a',
  'wcag21aa',
  'wcag21aaa',
  'wcag22a',
  'wcag22aa',
  'wcag22aaa',
  'best-practice',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** Runs axe-core on the page as it is now and returns its violations (empty is the goal). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } })
      .axe;
    type AxeResults = {
      violations: Array<{
        id: string;
        impact: string | null;
        nodes: Array<{ target: string[]; failureSummary?: string }>;
      }>;
    };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  }, AXE_TAGS);
}

export interface SizeProblem {
  what: string;
  detail: string;
}

/**
 * DESIGN.md's numbers that axe does not check: every button at least 60×60 CSS px, every visible
 * text at least 24 px, line-height at least 1.3.
 */
export async function sizeProblems(page: Page): Promise<SizeProblem[]> {
  return page.evaluate(() => {
    const problems: { what: string; detail: string }[] = [];
    const label = (el: Element) =>
      `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    for (const button of document.querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < 60 || box.height < 60)
        problems.push({ what: label(button), detail: `${box.width}×${box.height}` });
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !(node.textContent ?? '').trim()) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue; // visually hidden, for screen readers only
      const style = getComputedStyle(el);
      const size = Number.parseFloat(style.fontSize);
      const lineHeight = Number.parseFloat(style.lineHeight);
      if (size < 24) problems.push({ what: label(el), detail: `font-size ${size}px` });
      if (lineHeight / size < 1.3 - 0.005)
        problems.push({ what: label(el), detail: `line-height ${lineHeight / size}` });
    }
    return problems;
  });
}
