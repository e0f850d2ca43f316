// The benchmarks' web server (127.0.0.1, a free port): the bench pages, the builds, the msw worker,
// and /bench-api/, a tiny real RingCX (sign-in, refresh, token list) that counts what it is asked.
// A real server, unlike the in-page msw mock, keeps one state for every frame and every reload.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };

/** A RingCX with just what the benchmarks call. Access tokens are JWTs whose `exp` is enforced. */
export function createBenchApi() {
  const accessTokens = new Map(); // token -> expiry, ms since the epoch
  const refreshTokens = new Set();
  const api = {
    counts: { login: 0, refresh: 0, listTokens: 0, other: 0 },
    /** Lifetime of the access token a sign-in gives, in seconds; 0 makes it born expired. */
    loginLifetime: 300,
    reset() {
      for (const name of Object.keys(api.counts)) api.counts[name] = 0;
      api.loginLifetime = 300;
    },
    handle,
  };

  function issue(lifetime) {
    const iat = Math.floor(Date.now() / 1000);
    const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const accessToken = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: '1001', plat: 'aws80', iat, exp: iat + lifetime })}.${randomBytes(16).toString('base64url')}`;
    accessTokens.set(accessToken, (iat + lifetime) * 1000);
    const refreshToken = randomBytes(24).toString('base64url');
    refreshTokens.add(refreshToken);
    return {
      accessToken,
      refreshToken,
      tokenType: 'Bearer',
      platformId: 'aws80',
      mainAccountId: '99990000',
      adminId: 1001,
      agentDetails: [{ firstName: 'Ada', lastName: 'Admin', email: 'admin@example.com', username: 'admin@example.com' }],
    };
  }

  async function handle(request, response, path) {
    const body = await readBody(request);
    const send = (status, value, type = 'application/json') =>
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(type === 'application/json' ? JSON.stringify(value) : value);
    const route = `${request.method} ${path}`;
    if (route === 'POST /api/auth/login/admin') {
      api.counts.login++;
      return send(200, issue(api.loginLifetime));
    }
    if (route === 'POST /api/auth/token/refresh') {
      api.counts.refresh++;
      const token = new URLSearchParams(body).get('refresh_token');
      if (!refreshTokens.delete(token)) return send(401, { generalMessage: 'Invalid refresh token' });
      return send(200, issue(300));
    }
    if (route === 'GET /voice/api/v1/admin/token') {
      api.counts.listTokens++;
      const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
      const expiry = accessTokens.get(token);
      if (expiry === undefined) return send(401, { generalMessage: 'Invalid or missing authentication token' });
      if (Date.now() >= expiry) return send(401, 'Jwt is expired', 'text/plain');
      return send(200, ['aws80:00000000-0000-4000-8000-000000000001']);
    }
    api.counts.other++;
    return send(404, { generalMessage: 'Not found' });
  }

  return api;
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

/**
 * Starts the server. `mounts` maps URL prefixes (such as `/pages/`) to folders; `files` maps exact
 * paths to files. Resolves to `{ origin, api, close }`.
 */
export async function startServer({ mounts, files }) {
  const api = createBenchApi();
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    try {
      if (pathname.startsWith('/bench-api/')) return await api.handle(request, response, pathname.slice('/bench-api'.length));
      const file = files[pathname] ?? fileUnder(mounts, decodeURIComponent(pathname));
      if (!file) return response.writeHead(404).end();
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(await readFile(file));
    } catch (error) {
      if (!response.headersSent) response.writeHead(error.code === 'ENOENT' ? 404 : 500);
      response.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    api,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The file a URL path names inside one of the mounted folders; never outside them. */
function fileUnder(mounts, pathname) {
  for (const [prefix, folder] of Object.entries(mounts)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(folder, pathname.slice(prefix.length)));
    if (file.startsWith(normalize(folder) + sep)) return file;
  }
  return undefined;
}
