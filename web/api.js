// @ts-check
// The client's only way to the service: the public REST API, as any front end would use it —
// bearer tokens with silent refresh and rotation, problem+json errors, ETags, cursors.

/** @typedef {import('./schema').components['schemas']} Schemas */
/** @typedef {Schemas['Problem']} Problem */
/** @typedef {Schemas['TokenPair']} TokenPair */

// Where the refresh token lives: sessionStorage. It survives a reload of the tab (so a
// secretary does not lose the session mid-meeting), is gone when the tab closes, and only
// scripts of this origin can read it — and the page's Content-Security-Policy lets no script
// run but the app's own files. The access token (15 minutes) stays in memory only. No cookie
// is used, so no request can be forged from another site.
const REFRESH_KEY = "minutebook.refresh";
/** The event a request sends when the service no longer knows the login. */
export const LOGGED_OUT = "minutebook:logged-out";

/** @type {string | null} */
let accessToken = null;
/** @type {Promise<boolean> | null} */
let refreshing = null;

export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {Partial<Problem>} problem
   * @param {number | null} retryAfter seconds, from `Retry-After`
   */
  constructor(status, problem, retryAfter) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The message for one field (a JSON pointer such as `/title`, or a parameter name). */
  field(/** @type {string} */ name) {
    return this.problem.errors?.find((e) => e.field === name)?.message ?? null;
  }
}

/** @param {TokenPair} pair */
function keep(pair) {
  accessToken = pair.access_token;
  sessionStorage.setItem(REFRESH_KEY, pair.refresh_token);
}

function forget() {
  accessToken = null;
  sessionStorage.removeItem(REFRESH_KEY);
}

/** @param {Response} response */
async function failure(response) {
  /** @type {Partial<Problem>} */
  let problem = { title: response.statusText };
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    problem = await response.json();
  }
  const after = Number(response.headers.get("retry-after"));
  return new ApiError(response.status, problem, Number.isFinite(after) && after > 0 ? after : null);
}

/**
 * Log in; the pair is kept for the following requests.
 * @param {string} username
 * @param {string} password
 * @returns {Promise<TokenPair>}
 */
export async function login(username, password) {
  const response = await fetch("/api/v1/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw await failure(response);
  /** @type {TokenPair} */
  const pair = await response.json();
  keep(pair);
  return pair;
}

/** Spend the refresh token for a new pair; one refresh at a time, shared by every caller. */
export function refresh() {
  refreshing ??= (async () => {
    const token = sessionStorage.getItem(REFRESH_KEY);
    if (!token) return false;
    const response = await fetch("/api/v1/auth/refresh", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ refresh_token: token }),
    });
    if (!response.ok) {
      forget();
      return false;
    }
    keep(await response.json());
    return true;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** End the login on the server too (its refresh chain), then forget it here. */
export async function logout() {
  const token = sessionStorage.getItem(REFRESH_KEY);
  forget();
  if (token) {
    await fetch("/api/v1/auth/logout", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ refresh_token: token }),
    }).catch(() => undefined);
  }
}

/**
 * A request to the API with the access token; on a 401 the token is refreshed once and the
 * request sent again. Answers the body (or null for 204) and the ETag.
 * @template T
 * @param {string} method
 * @param {string} path under /api/v1, with its query string
 * @param {{ body?: unknown, file?: Blob, fileType?: string, ifMatch?: string }} [options]
 *   `body` is sent as JSON; `file` as it is, with `fileType` as its media type
 * @returns {Promise<{ data: T, etag: string | null }>}
 */
export async function request(method, path, options = {}) {
  const send = () => {
    /** @type {Record<string, string>} */
    const headers = {};
    if (accessToken) headers.authorization = `Bearer ${accessToken}`;
    if (options.file) headers["content-type"] = options.fileType ?? "application/octet-stream";
    else if (options.body !== undefined) headers["content-type"] = "application/json";
    if (options.ifMatch) headers["if-match"] = options.ifMatch;
    return fetch(`/api/v1${path}`, {
      method,
      headers,
      body: options.file ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
  };
  let response = await send();
  if (response.status === 401 && (await refresh())) {
    response = await send();
  }
  if (response.status === 401) {
    // The login is over (expired, revoked, or the password changed elsewhere): the page asks
    // for the password again over what is on screen, so nothing typed is lost.
    window.dispatchEvent(new Event(LOGGED_OUT));
  }
  if (!response.ok) throw await failure(response);
  const data = response.status === 204 ? null : await response.json();
  return { data, etag: response.headers.get("etag") };
}

/** Whether a refresh token from an earlier load of this tab can start a session. */
export async function resume() {
  return accessToken !== null || (await refresh());
}

/**
 * A file of the API (an attachment, its thumbnail, the minutes) with the access token: its
 * bytes and the name the server gives in `Content-Disposition` (else `fallback`).
 * @param {string} path under /api/v1
 * @param {string} [fallback]
 * @returns {Promise<{ blob: Blob, name: string }>}
 */
export async function fetchFile(path, fallback = "") {
  const send = () =>
    fetch(`/api/v1${path}`, { headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {} });
  let response = await send();
  if (response.status === 401 && (await refresh())) {
    response = await send();
  }
  if (response.status === 401) window.dispatchEvent(new Event(LOGGED_OUT));
  if (!response.ok) throw await failure(response);
  const disposition = response.headers.get("content-disposition") ?? "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const name = encoded ? decodeURIComponent(encoded[1]) : fallback;
  return { blob: await response.blob(), name };
}

/**
 * Download a file of the API with the access token, and hand it to the browser to save under
 * the name the server gives.
 * @param {string} path under /api/v1
 * @param {string} fallback the file name when the server gives none
 */
export async function download(path, fallback) {
  const { blob, name } = await fetchFile(path, fallback);
  // Saved through an `<a download>`: a link to bytes in memory, never opened as a page.
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
