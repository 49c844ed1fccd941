import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** No serious or critical axe violation (WCAG 2.1 A/AA) in `include` (the page's main content unless told). */
export async function expectAccessible(page: Page, name: string, include = 'main'): Promise<void> {
  const results = await new AxeBuilder({ page }).include(include).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${name}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}
