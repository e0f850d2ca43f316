// WebKitGTK for @web/test-runner: a small classic-WebDriver client for WebKitWebDriver driving
// MiniBrowser (the engine of Safari, not Safari itself). MiniBrowser has no headless mode, so it
// runs on a virtual X display (Xvfb) unless one is given in DISPLAY.
//
// Every test file gets its own WebDriver session, that is its own MiniBrowser process with its own
// ephemeral storage, as Playwright gives Chromium a fresh context per file.
// The launcher's `type` is 'webdriver' and it has the methods that @web/test-runner-commands calls
// for that type (sendKeys, sendMouse*), so tests use the same commands in every engine.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const VIEWPORT = { width: 800, height: 600 };

/** WebDriver's code points for the key names that tests press. */
const KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
};

const BUTTONS = { left: 0, middle: 1, right: 2 };

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display number; resolves with the display name once it accepts clients. */
async function startXvfb() {
  // -displayfd makes Xvfb pick a free display and print its number once it is ready.
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /^(\d+)\s*$/m.exec(out);
      if (match) resolve(`:${match[1]}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
    xvfb.once('error', reject);
  });
  return { xvfb, display };
}

class WebKitLauncher {
  name = 'WebKit';
  type = 'webdriver';

  /**
   * One test file at a time: WebKitWebDriver holds one session, and a page gets focus events only
   * while its window has the focus.
   * @param {{ driverPath: string, browserPath: string }} options
   */
  constructor({ driverPath, browserPath }) {
    this.driverPath = driverPath;
    this.browserPath = browserPath;
    this.concurrency = 1;
    /** @type {Map<string, { id: string, url: string }>} test-runner session id -> WebDriver session */
    this.sessions = new Map();
    this.children = [];
  }

  async initialize() {
    let display = process.env.DISPLAY;
    if (!display) {
      const started = await startXvfb();
      this.children.push(started.xvfb);
      display = started.display;
    }
    const port = await freePort();
    const driver = spawn(this.driverPath, [`--port=${port}`], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display },
    });
    this.children.push(driver);
    this.base = `http://127.0.0.1:${port}`;
    // The driver prints nothing useful when ready: poll its status endpoint.
    for (let attempt = 0; ; attempt += 1) {
      if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
      try {
        await this.command('GET', '/status');
        return;
      } catch (error) {
        if (attempt > 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  async command(method, path, body) {
    const response = await fetch(this.base + path, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      const { error, message } = json.value ?? {};
      throw new Error(`WebDriver ${method} ${path}: ${response.status} ${error ?? ''} ${message ?? ''}`);
    }
    return json.value;
  }

  webdriverSession(sessionId) {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`No WebKit session for test session ${sessionId}`);
    return session;
  }

  async startSession(sessionId, url) {
    const created = await this.command('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: this.browserPath, args: ['--automation'] },
        },
      },
    });
    const session = { id: created.sessionId, url };
    this.sessions.set(sessionId, session);
    await this.command('POST', `/session/${session.id}/window/rect`, VIEWPORT).catch(() => {});
    await this.command('POST', `/session/${session.id}/url`, { url });
  }

  isActive(sessionId) {
    return this.sessions.has(sessionId);
  }

  async getBrowserUrl(sessionId) {
    const session = this.sessions.get(sessionId);
    if (!session) return undefined;
    return this.command('GET', `/session/${session.id}/url`).catch(() => session.url);
  }

  async stopSession(sessionId) {
    const session = this.webdriverSession(sessionId);
    this.sessions.delete(sessionId);
    await this.command('DELETE', `/session/${session.id}`).catch(() => {});
    return {};
  }

  async startDebugSession() {
    throw new Error('Debugging is not supported in WebKit here: run the tests in Chromium to debug.');
  }

  async stop() {
    for (const sessionId of [...this.sessions.keys()]) await this.stopSession(sessionId);
    for (const child of this.children.reverse()) child.kill();
  }

  /** For @web/test-runner-commands' sendKeys: each entry is one key name or one character. */
  async sendKeys(sessionId, keys) {
    const actions = [];
    for (const key of keys) {
      const value = KEYS[key] ?? key;
      if ([...value].length !== 1) throw new Error(`Unknown key for WebKit: ${key}`);
      actions.push({ type: 'keyDown', value }, { type: 'keyUp', value });
    }
    await this.performActions(sessionId, [{ type: 'key', id: 'keyboard', actions }]);
  }

  async sendMouseMove(sessionId, x, y) {
    await this.pointer(sessionId, [{ type: 'pointerMove', x, y, origin: 'viewport', duration: 0 }]);
  }

  async sendMouseClick(sessionId, x, y, button = 'left') {
    const code = BUTTONS[button] ?? 0;
    await this.pointer(sessionId, [
      { type: 'pointerMove', x, y, origin: 'viewport', duration: 0 },
      { type: 'pointerDown', button: code },
      { type: 'pointerUp', button: code },
    ]);
  }

  async sendMouseDown(sessionId, button = 'left') {
    await this.pointer(sessionId, [{ type: 'pointerDown', button: BUTTONS[button] ?? 0 }]);
  }

  async sendMouseUp(sessionId, button = 'left') {
    await this.pointer(sessionId, [{ type: 'pointerUp', button: BUTTONS[button] ?? 0 }]);
  }

  async resetMouse(sessionId) {
    const session = this.webdriverSession(sessionId);
    await this.command('DELETE', `/session/${session.id}/actions`);
  }

  pointer(sessionId, actions) {
    return this.performActions(sessionId, [
      { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions },
    ]);
  }

  async performActions(sessionId, actions) {
    const session = this.webdriverSession(sessionId);
    await this.command('POST', `/session/${session.id}/actions`, { actions });
  }
}

/** @param {{ driverPath: string, browserPath: string }} options */
export function webkitLauncher(options) {
  return new WebKitLauncher(options);
}
