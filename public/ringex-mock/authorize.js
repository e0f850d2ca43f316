// The mock consent page's script. Issues codes exactly as src/mock/ringex/code.ts does (payload
// base64url JSON, then an HMAC-SHA-256 over it with the same fixed key); keep the two in step.
// Like RingCentral's page, it sends the user back only to a well-formed http(s) redirect URI and
// shows an error otherwise. Whether the URI is registered is checked by the token endpoint.
const MOCK_CODE_KEY = 'ringcx-elements mock RingEX code key (not a secret)';
const encoder = new TextEncoder();

function base64url(bytes) {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function issueCode(clientId, redirectUri, challenge) {
  const nonce = base64url(crypto.getRandomValues(new Uint8Array(12)));
  const body = { c: clientId, r: redirectUri, h: challenge, n: nonce, x: Date.now() + 60_000 };
  const payload = base64url(encoder.encode(JSON.stringify(body)));
  const key = await crypto.subtle.importKey('raw', encoder.encode(MOCK_CODE_KEY), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = base64url(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(payload))));
  return `${payload}.${signature}`;
}

function problem(text) {
  document.getElementById('ask').hidden = true;
  const element = document.getElementById('problem');
  element.textContent = text;
  element.hidden = false;
}

function redirectTarget(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

const params = new URLSearchParams(location.search);
const clientId = params.get('client_id');
const state = params.get('state');
const challenge = params.get('code_challenge');
const target = redirectTarget(params.get('redirect_uri') ?? '');

function answer(fields) {
  for (const [name, value] of Object.entries(fields)) target.searchParams.set(name, value);
  if (state !== null) target.searchParams.set('state', state);
  location.replace(target.href);
}

async function allow() {
  if (!crypto.subtle) return problem('This mock needs a secure origin (https or localhost).');
  answer({ code: await issueCode(clientId, params.get('redirect_uri'), challenge) });
}

function deny() {
  answer({ error: 'access_denied', error_description: 'The user denied access' });
}

if (!target) problem('Invalid redirect_uri.');
else if (params.get('response_type') !== 'code') problem('Unsupported response_type.');
else if (!clientId) problem('Missing client_id.');
else if (!challenge || params.get('code_challenge_method') !== 'S256') problem('PKCE with S256 is required.');
else if (params.get('consent') === 'auto') void allow();
else if (params.get('consent') === 'deny') deny();
else {
  document.getElementById('ask').textContent = `The app “${clientId}” asks to sign you in to RingCX with your RingCentral account.`;
  document.getElementById('choices').hidden = false;
  document.getElementById('allow').addEventListener('click', () => void allow());
  document.getElementById('deny').addEventListener('click', deny);
}
