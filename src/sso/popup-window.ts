// The one piece of single sign-on that must run synchronously inside the click: browsers allow a
// popup only while the user gesture lasts, and the rest of the flow (src/sso/flow.ts) is loaded
// with import() after it. Kept tiny because it sits in the main bundle.

/**
 * Opens an empty popup for the RingCentral sign-in page. Call it synchronously in the click
 * handler, before any `await`, and hand the window to the flow. Null when the browser blocked it.
 *
 * A new window every time (`_blank`): a reused named window could still show an earlier
 * sign-in's answer.
 */
export function openSignInWindow(width = 500, height = 650): Window | null {
  const left = Math.max(0, screenX + (outerWidth - width) / 2);
  const top = Math.max(0, screenY + (outerHeight - height) / 2);
  return open('', '_blank', `popup,width=${width},height=${height},left=${left},top=${top}`);
}
