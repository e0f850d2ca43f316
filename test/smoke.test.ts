import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';

const worker = setupWorker(http.get('https://example.test/ping', () => HttpResponse.text('pong')));
before(() => worker.start({ onUnhandledRequest: 'error', quiet: true }));
after(() => worker.stop());

it('reaches the mock', async () => {
  const res = await fetch('https://example.test/ping');
  expect(await res.text()).to.equal('pong');
});
it('fails on purpose', () => { expect(1).to.equal(2); });
