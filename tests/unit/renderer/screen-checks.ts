// The checks both kiosk accessibility files make: axe-core and DESIGN.md's sizes on each screen,
// gathered per screen so that a failure names screen and rule; and "this control is in view".
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, sizeProblems } from '../../support/browser';

/** Findings per screen; the tests expect an empty object. */
export type Findings = Record<string, string[]>;

/** The portrait kiosk screen and a landscape one. */
export const KIOSK_VIEWPORTS = [
  { width: 1080, height: 1920 },
  { width: 1280, height: 800 },
];

export async function checkScreen(page: Page, screen: string, findings: Findings): Promise<void> {
  const found = [
    ...(await axeViolations(page)).map((v) => `axe ${v.id} (${v.impact}): ${v.nodes.join(' | ')}`),
    ...(await sizeProblems(page)).map((p) => `size ${p.what}: ${p.detail}`),
  ];
  if (found.length > 0) findings[screen] = found;
}

/** The whole control lies inside the viewport. */
export async function expectInView(
  control: Locator,
  viewport: { width: number; height: number },
): Promise<void> {
  const box = await control.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}
