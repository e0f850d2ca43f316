// Issue 10, row 1 (the demo half): a link can never point the demo at another host. `?base-url=`
// takes only a path on this site; another host must be typed in and confirmed, with the host shown.
import { expect, waitUntil } from '@open-wc/testing';

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

describe('Security: the demo page', function () {
  this.timeout(15_000);
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
