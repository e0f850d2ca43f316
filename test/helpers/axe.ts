// Runs axe-core in the test page and fails with a readable list of violations.
import { expect } from '@open-wc/testing';

interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }>;
}
declare global {
  interface Window {
    axe?: { run(context: Element, options?: object): Promise<AxeResult> };
  }
}

let loading: Promise<void> | undefined;

function loadAxe(): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('axe-core did not load'));
    document.head.append(script);
  });
  return loading;
}

/** Asserts that axe-core finds no violations in `element` (shadow roots included). */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  await loadAxe();
  const result = await window.axe!.run(element, { resultTypes: ['violations'] });
  const found = result.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
  expect(found, found.join('\n')).to.deep.equal([]);
}
