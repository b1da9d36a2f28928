// @ts-check
// Signing in and the password: the login (saying how long a throttled one must wait) and the
// change of password (also the one a reset requires).
import { html, useState } from "./vendor/preact-htm.module.js";
import { ApiError, login, request } from "./api.js";
import { say } from "./ui.js";

export function Login(/** @type {{ onIn: () => void, notice: string | null }} */ { onIn, notice }) {
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const [busy, setBusy] = useState(false);
  const submit = async (/** @type {Event} */ event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
      onIn();
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? "用户名或密码不正确。" : say(e));
    } finally {
      setBusy(false);
    }
  };
  return html`
    <form class="card login" onSubmit=${submit}>
      <h1>minutebook 会议记录</h1>
      ${notice && html`<p class="notice">${notice}</p>`}
      <label for="username">用户名</label>
      <input id="username" autocomplete="username" required value=${username}
        onInput=${(/** @type {any} */ e) => setUsername(e.currentTarget.value)} />
      <label for="password">密码</label>
      <input id="password" type="password" autocomplete="current-password" required value=${password}
        onInput=${(/** @type {any} */ e) => setPassword(e.currentTarget.value)} />
      ${error && html`<p class="error" role="alert">${error}</p>`}
      <button type="submit" disabled=${busy}>${busy ? "正在登录…" : "登录"}</button>
    </form>`;
}

export function ChangePassword(/** @type {{ forced: boolean, onDone: () => void }} */ { forced, onDone }) {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const submit = async (/** @type {Event} */ event) => {
    event.preventDefault();
    setError(null);
    try {
      await request("PUT", "/me/password", { body: { current_password: current, new_password: next } });
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e : say(e));
    }
  };
  const field = (/** @type {string} */ name) =>
    error instanceof ApiError && error.field(name) && html`<p class="error">${error.field(name)}</p>`;
  return html`
    <form class="card" onSubmit=${submit}>
      <h2>修改密码</h2>
      ${forced && html`<p class="notice">密码已被重置，请先设置新密码。</p>`}
      <label for="current">当前密码</label>
      <input id="current" type="password" autocomplete="current-password" required value=${current}
        onInput=${(/** @type {any} */ e) => setCurrent(e.currentTarget.value)} />
      ${field("/current_password")}
      <label for="new">新密码（12 至 128 个字符）</label>
      <input id="new" type="password" autocomplete="new-password" required minlength="12" maxlength="128"
        value=${next} onInput=${(/** @type {any} */ e) => setNext(e.currentTarget.value)} />
      ${field("/new_password")}
      ${error && html`<p class="error" role="alert">${typeof error === "string" ? error : error.message}</p>`}
      <button type="submit">保存新密码</button>
    </form>`;
}

