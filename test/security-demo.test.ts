// Issue 10, row 1 (the demo half): a link can never point the demo at another host. `?base-url=`
// takes only a path on this site; another host must be typed in and confirmed, with the host shown.
import { expect, waitUntil } from '@open-wc/testing';
import { foreignHost, linkedBaseUrl } from '../demo/base-url.js';

const attacker = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

async function openDemo(query: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.title = 'demo';
  frame.src = `/demo/index.html${query}`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('ringcx-login')?.hasAttribute('base-url'), 'the demo did not start', { timeout: 8000 });
  return frame.contentDocument!;
}

const baseUrls = (doc: Document) => [...doc.querySelectorAll('ringcx-login, ringcx-token-list, ringcx-accounts')].map((e) => e.getAttribute('base-url'));

// WebKit stalls the whole run when a frame starts the demo's own msw worker beside the test page's;
// there the rule is checked on its functions below.
const webKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);

describe('Security: the demo page', function () {
  this.timeout(15_000);
  before(function () {
    if (webKit) this.skip();
  });
  afterEach(() => document.querySelectorAll('iframe[title="demo"]').forEach((frame) => frame.remove()));

  it('ignores ?base-url= pointing at another host, and says so', async () => {
    for (const link of [`${attacker}/ringcx`, `//${new URL(attacker).host}/ringcx`]) {
      const doc = await openDemo(`?base-url=${encodeURIComponent(link)}`);
      expect(baseUrls(doc), link).to.deep.equal(['/mock-ringcx', '/mock-ringcx', '/mock-ringcx']);
      expect(doc.querySelector<HTMLElement>('#base-url-ignored')!.hidden, link).to.equal(false);
      document.querySelector('iframe[title="demo"]')!.remove();
    }
  });

  it('takes another host only when typed and confirmed, showing the host', async () => {
    const doc = await openDemo('');
    doc.querySelector<HTMLInputElement>('#base-url')!.value = 'https://ringcx.example.com';
    doc.querySelector<HTMLFormElement>('#base-url-form')!.requestSubmit();
    const confirmBox = doc.querySelector<HTMLElement>('#base-url-confirm')!;
    expect(confirmBox.hidden).to.equal(false);
    expect(confirmBox.textContent).to.contain('ringcx.example.com');
    expect(baseUrls(doc)).to.deep.equal(['/mock-ringcx', '/mock-ringcx', '/mock-ringcx']);
    doc.querySelector<HTMLButtonElement>('#base-url-yes')!.click();
    expect(baseUrls(doc)).to.deep.equal(['https://ringcx.example.com', 'https://ringcx.example.com', 'https://ringcx.example.com']);
  });
});

describe('Security: the demo page’s base URL rule', () => {
  const page = new URL('https://intranet.example/demo/?x=1');

  it('a link may choose only a path on this site', () => {
    expect(linkedBaseUrl('/ringcx', page)).to.equal('/ringcx');
    expect(linkedBaseUrl('/ringcx/', page)).to.equal('/ringcx');
    for (const link of ['https://attacker.example/ringcx', '//attacker.example/ringcx', '/\\attacker.example', 'ringcx', 'javascript:alert(1)', '', null]) {
      expect(linkedBaseUrl(link, page), String(link)).to.equal(undefined);
    }
  });

  it('names the host of a typed base URL on another origin', () => {
    expect(foreignHost('https://ringcx.example.com/x', page)).to.equal('ringcx.example.com');
    expect(foreignHost('/ringcx', page)).to.equal(undefined);
    expect(foreignHost('https://intranet.example/ringcx', page)).to.equal(undefined);
  });
});
