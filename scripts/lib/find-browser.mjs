// Finds the browsers for the tests, benchmarks and screenshots: Chromium (`findBrowser`), Firefox
// (`findFirefox`) and WebKitGTK (`findWebKit`). Each looks at its environment variable, then the
// PATH and usual places. On Debian as root a missing browser is installed from Debian's packages;
// otherwise the error says exactly what to install. Nothing is ever downloaded from elsewhere.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Flags for headless Chromium here: no GPU, and none of its background traffic (this machine's
 * network is closed, and Chromium would keep trying).
 */
export const CHROMIUM_FLAGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Preferences for headless Firefox here: the machine has no network but the loopback, so keep it from calling home. */
export const FIREFOX_PREFS = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
};

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const PLACES = [
  '/usr/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

function onPath(names = NAMES) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

async function fromPlaywright() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Installs Debian packages when this is Debian and we are root; returns whether it could try. */
function installDebian(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.error(`Installing Debian's ${packages.join(', ')} (apt-get)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  return true;
}

function fromEnv(name) {
  const path = process.env[name];
  if (!path) return undefined;
  if (existsSync(path)) return path;
  throw new Error(`${name} points to ${path}, which does not exist.`);
}

function installDebianChromium() {
  return installDebian(['chromium']) && existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export async function findBrowser() {
  const found = fromEnv('CHROME_PATH') ?? PLACES.find((place) => existsSync(place)) ?? onPath() ?? (await fromPlaywright()) ?? installDebianChromium();
  if (found) return found;
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
      'macOS/Windows: Google Chrome), or set CHROME_PATH to its executable.',
  );
}

const FIREFOX_NAMES = ['firefox-esr', 'firefox'];

/** Firefox (ESR or release): FIREFOX_PATH, then the PATH, then Debian's `firefox-esr` package. */
export async function findFirefox() {
  const found =
    fromEnv('FIREFOX_PATH') ??
    onPath(FIREFOX_NAMES) ??
    (installDebian(['firefox-esr']) ? onPath(FIREFOX_NAMES) : undefined);
  if (found) return found;
  throw new Error(
    'No Firefox found. Install one (Debian/Ubuntu: `sudo apt-get install firefox-esr`; ' +
      'elsewhere Firefox from Mozilla), or set FIREFOX_PATH to its executable.',
  );
}

const MINIBROWSER_PLACES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
];

function webKitParts() {
  const driverPath = fromEnv('WEBKIT_DRIVER_PATH') ?? onPath(['WebKitWebDriver']);
  const browserPath = fromEnv('WEBKIT_BROWSER_PATH') ?? MINIBROWSER_PLACES.find((place) => existsSync(place));
  // MiniBrowser needs an X display: Xvfb unless the caller gives DISPLAY.
  const display = process.env.DISPLAY || onPath(['Xvfb']);
  return driverPath && browserPath && display ? { driverPath, browserPath } : undefined;
}

/**
 * WebKitGTK: WebKitWebDriver driving MiniBrowser on a virtual display (Xvfb).
 * WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH override the places; on Debian as root the packages
 * `webkit2gtk-driver` and `xvfb` are installed when missing.
 */
export async function findWebKit() {
  const found =
    webKitParts() ?? (installDebian(['webkit2gtk-driver', 'libwebkit2gtk-4.1-0', 'xvfb']) ? webKitParts() : undefined);
  if (found) return found;
  throw new Error(
    'No WebKitGTK found. It needs WebKitWebDriver, MiniBrowser and Xvfb (Debian/Ubuntu: ' +
      '`sudo apt-get install webkit2gtk-driver xvfb`), or set WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH.',
  );
}
