// Imported first by csp.ts, so that it listens before anything else runs.

export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
}

export const violations: Violation[] = [];

/** An image the page's `img-src 'self'` refuses: the last violation, made on purpose. */
const PROBE = 'https://csp-probe.invalid/last.png';
let probeSeen: (() => void) | undefined;

/**
 * Settles once every violation caused so far has been reported: violation events are dispatched
 * as tasks, in order, so one caused now on purpose arrives after all of them. It is not listed.
 */
export function violationsReported(): Promise<void> {
  return new Promise((resolve) => {
    probeSeen = resolve;
    new Image().src = PROBE;
  });
}

document.addEventListener('securitypolicyviolation', (event) => {
  if (event.blockedURI === PROBE) {
    probeSeen?.();
    return;
  }
  violations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: event.sourceFile,
    line: event.lineNumber,
  });
});
