// The React demo at /react/ under `npm start`: the mock RingCX in this page, one client, <App>.
import { setupWorker } from 'msw/browser';
import { createRoot } from 'react-dom/client';
import { RingCxClient } from '../../src/index.js';
import { createMockRingCx, DEMO_CREDENTIALS } from '../../src/mock/index.js';
import { App } from './app.js';

const mock = createMockRingCx({ baseUrl: '/mock-ringcx', latency: 300 });
await setupWorker(...mock.handlers).start({ onUnhandledRequest: 'bypass', quiet: true });

document.querySelector('#demo-username')!.textContent = DEMO_CREDENTIALS.username;
document.querySelector('#demo-password')!.textContent = DEMO_CREDENTIALS.password;
document.querySelector('#demo-platform')!.textContent = DEMO_CREDENTIALS.platformId;

// The mock starts empty on every load, so a session kept from an earlier load would be refused.
const client = new RingCxClient({ baseUrl: '/mock-ringcx', persistence: 'none' });
createRoot(document.querySelector('#root')!).render(<App client={client} />);
