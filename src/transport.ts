// The transport: how one request reaches RingCX and how its answer, or its failure, comes back as a
// value or a typed error. It knows nothing of sessions; whoever sends says which headers to add and
// which secrets the request carries, and `secrets()` names the ones the client holds, so no error
// ever echoes one back.
import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance, type Options as KyOptions } from 'ky';
import { HttpError } from './errors/http-error.js';
import { InvalidInputError } from './errors/invalid-input-error.js';
import { NetworkError } from './errors/network-error.js';
import { RedirectError } from './errors/redirect-error.js';
import { RateLimitError } from './errors/rate-limit-error.js';
import { ResponseFormatError } from './errors/response-format-error.js';
import { isRingCxError } from './errors/ringcx-error.js';
import { TimeoutError } from './errors/timeout-error.js';
import { parseErrorBody } from './parse.js';
import { redactText, redactUrl } from './redact.js';
import type { CallOptions } from './types.js';

export type Method = 'GET' | 'POST' | 'DELETE';

/** One request, as the client and the session manager ask for it. */
export interface SendOptions extends CallOptions {
  body?: URLSearchParams;
  /**
   * The parameters of a sign-in, exchange or refresh: in a form body, or in the query string
   * where the server reads only that (see `credentialsIn`).
   */
  params?: Record<string, string>;
  searchParams?: Record<string, string>;
  headers?: Record<string, string>;
  /** Milliseconds to wait for this answer, instead of the transport's `timeout`. */
  timeout?: number;
  /** What this request sends that an error body might echo back: kept out of the error. */
  secrets?: Array<string | null | undefined>;
}

export interface TransportOptions {
  baseUrl: string;
  timeout: number;
  retries: number;
  fetch?: typeof fetch | undefined;
  /** The secrets the client holds right now (tokens), redacted from every error. */
  secrets: () => Array<string | null | undefined>;
  /** Where `params` go: undefined for the body with the query fallback. */
  credentialsIn?: 'body' | 'query' | undefined;
}

/** Base URLs whose server refused parameters in a body: they get the query form, for this page. */
const queryForm = new Set<string>();

/** The longest `Retry-After` (seconds) a read waits out before retrying on its own. */
const MAX_RETRY_AFTER = 5;

export class Transport {
  private readonly http: KyInstance;

  constructor(private readonly options: TransportOptions) {
    this.http = ky.create({
      prefix: options.baseUrl,
      timeout: options.timeout,
      retry: 0,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  /**
   * Sends a request; an error status, a network failure or a timeout rejects with a typed error.
   * `params` go in a form body, or in the query string where the server wants them there.
   */
  async send(method: Method, path: string, options: SendOptions = {}): Promise<Response> {
    const { params, ...rest } = options;
    if (!params) return this.sendOnce(method, path, rest);
    const { credentialsIn, baseUrl } = this.options;
    const inQuery = { ...rest, searchParams: { ...rest.searchParams, ...params } };
    if (credentialsIn === 'query' || (credentialsIn === undefined && queryForm.has(baseUrl))) return this.sendOnce(method, path, inQuery);
    try {
      return await this.sendOnce(method, path, { ...rest, body: new URLSearchParams(params) });
    } catch (error) {
      if (credentialsIn !== undefined || !refusesBody(error)) throw error;
      queryForm.add(baseUrl);
      return this.sendOnce(method, path, inQuery);
    }
  }

  private async sendOnce(method: Method, path: string, options: SendOptions): Promise<Response> {
    try {
      return await this.http(path, this.rules(method, options));
    } catch (error) {
      throw this.toError(error, method, path, options);
    }
  }

  /** Reads a success answer with `parse` (given the text and the status); a body that cannot be read rejects with a typed error. */
  async read<T>(response: Response, method: Method, path: string, parse: (text: string, status: number) => T): Promise<T> {
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new NetworkError(method, this.urlFor(path), error instanceof Error ? error.name : undefined);
    }
    try {
      return parse(text, response.status);
    } catch (error) {
      if (error instanceof ResponseFormatError) {
        throw new ResponseFormatError(error.message, { method, url: this.urlFor(path) });
      }
      throw error;
    }
  }

  /**
   * The transport rules: everything decided per request (retries, timeout, headers, body) is
   * decided here and nowhere else. Reads (GET) are retried with backoff; writes never are.
   * No request follows a redirect (it would carry the password or a token to wherever it points)
   * or sends or accepts cookies (the page's cookies are not RingCX's business, even through a proxy).
   */
  private rules(method: Method, options: SendOptions): KyOptions {
    return {
      method,
      redirect: 'manual',
      credentials: 'omit',
      headers: options.headers,
      body: options.body,
      searchParams: options.searchParams,
      signal: options.signal,
      retry: method === 'GET' ? this.readRetry() : 0,
      ...(options.timeout ? { timeout: options.timeout } : {}),
    };
  }

  private readRetry(): KyOptions['retry'] {
    return {
      limit: this.options.retries,
      methods: ['get'],
      backoffLimit: 3_000,
      jitter: true,
      maxRetryAfter: MAX_RETRY_AFTER * 1000,
      shouldRetry: ({ error }) => {
        // A server asking for a longer pause gets it from the person, told how long, not from a spinner.
        if (isHTTPError(error)) return (retryAfterSeconds(error.response.headers) ?? 0) > MAX_RETRY_AFTER ? false : undefined;
        // fetch() rejects with a TypeError only when the network failed (our requests are always
        // well-formed). ky knows each engine's usual wording; WebKit has others, such as a
        // service worker's error response, so the type is what counts.
        return error.name === 'TypeError' ? true : undefined;
      },
    };
  }

  /** What a failure of ky or fetch means, as one of our errors; an abort stays the caller's reason. */
  private toError(error: unknown, method: Method, path: string, options: SendOptions): unknown {
    if (isRingCxError(error)) return error;
    if (options.signal?.aborted) return options.signal.reason;
    const url = this.urlFor(path);
    if (isTimeoutError(error)) return new TimeoutError(method, url, options.timeout ?? this.options.timeout);
    if (isHTTPError(error)) {
      const { status, headers, type } = error.response;
      if (type === 'opaqueredirect' || (status >= 300 && status < 400)) return new RedirectError(method, url, status);
      const text = typeof error.data === 'string' ? error.data : error.data === undefined ? '' : JSON.stringify(error.data);
      const api = parseErrorBody(text);
      const secrets = [...this.options.secrets(), ...(options.secrets ?? [])];
      // Redact before cutting: a secret cut in half would no longer be found.
      const body = text ? redactText(text, secrets).slice(0, 500) : undefined;
      const generalMessage = api?.generalMessage === undefined ? undefined : redactText(api.generalMessage, secrets);
      const errorCode = api?.errorCode === undefined ? undefined : redactText(api.errorCode, secrets);
      // The message is ours alone: a server's words (which may echo what was sent) stay in
      // `generalMessage` and `body`, redacted.
      const message = `RingCX answered ${status} (${method} ${url}).`;
      const details = { status, method, url, body, errorCode, generalMessage };
      if (status === 429) return new RateLimitError(message, { ...details, retryAfter: retryAfterSeconds(headers) });
      return new HttpError(message, details);
    }
    if (isNetworkError(error)) return new NetworkError(method, url, (error as Error).cause);
    // fetch rejects with a TypeError for anything else the network did; no request object kept.
    return new NetworkError(method, url, error instanceof Error ? error.message : undefined);
  }

  /** The URL of `path`, with secrets redacted: the only form an error carries. */
  urlFor(path: string): string {
    return redactUrl(`${this.options.baseUrl}/${path}`);
  }
}

/**
 * The absolute form of a base URL, without query, hash or trailing slash. A relative one resolves
 * against the page's address, never against a `<base href>` (which markup alone can inject).
 * Refused: userinfo (`user:pass@`, which would end up in messages) and plain `http:` to anything
 * but this machine (the password would cross the network in clear text).
 */
export function resolveBaseUrl(baseUrl: string): string {
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new InvalidInputError('baseUrl', 'The RingCX base URL is empty.');
  }
  let url: URL | undefined;
  try {
    url = new URL(baseUrl.trim(), globalThis.location?.href);
  } catch {
    // Not a URL at all: refused just below, with the same words as another scheme.
  }
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
    throw new InvalidInputError('baseUrl', 'The RingCX base URL is not a valid http(s) URL.');
  }
  if (url.username !== '' || url.password !== '') {
    throw new InvalidInputError('baseUrl', 'The RingCX base URL must not hold a username or password (user:pass@).');
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new InvalidInputError('baseUrl', 'The RingCX base URL must use https: (plain http: is allowed only to localhost).');
  }
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/+$/, '');
}

/** This machine: `localhost` (and its subdomains), 127.0.0.0/8 and [::1]. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]';
}

/** A server built on the published spec reads these parameters from the query only, and says so. */
function refusesBody(error: unknown): boolean {
  if (!(error instanceof HttpError)) return false;
  if (error.status === 415) return true;
  const said = `${error.generalMessage ?? ''} ${error.body ?? ''}`;
  return error.status === 400 && /Required request parameter '[\w.-]+'[^]*?is not present/i.test(said);
}

function retryAfterSeconds(headers: Headers): number | undefined {
  const value = headers.get('Retry-After');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}
