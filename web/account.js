// @ts-check
// Signing in and the caller's own settings: the login (saying how long a throttled one must
// wait), the change of password (also the one a reset requires), the calendar address and the
// email reminders.
import { html, useEffect, useState } from "./vendor/preact-htm.module.js";
import { ApiError, login, request } from "./api.js";
import { Field, Refusal, fieldError, refusal, say } from "./ui.js";

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
      setError(refusal(e));
    }
  };
  const field = (/** @type {string} */ name) =>
    fieldError(error, name) && html`<p class="error">${fieldError(error, name)}</p>`;
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
      <${Refusal} error=${error} />
      <button type="submit">保存新密码</button>
    </form>`;
}


/** The address of the caller's calendar feed, for a calendar app to subscribe to. */
export function CalendarAddress() {
  const [url, setUrl] = useState(/** @type {string | null} */ (null));
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const [copied, setCopied] = useState(false);
  const issue = async () => {
    try {
      const { data } = await request("POST", "/me/calendar-token");
      setUrl(/** @type {{ url: string }} */ (data).url);
      setCopied(false);
      setError(null);
    } catch (e) {
      setError(say(e));
    }
  };
  const copy = async () => {
    if (!url) return;
    await navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      () => setError("无法自动复制，请手动选中地址复制。"),
    );
  };
  return html`
    <section class="card wide">
      <h2>日历订阅</h2>
      <p>在手机或电脑的日历应用中订阅此地址，即可看到您所在党组织的会议安排。地址即凭证，请勿外传；重新生成后，旧地址随即失效。</p>
      <button onClick=${issue}>${url ? "重新生成地址" : "生成订阅地址"}</button>
      ${url && html`
        <label for="calendar-url">订阅地址</label>
        <input id="calendar-url" readonly value=${url} onFocus=${(/** @type {any} */ e) => e.currentTarget.select()} />
        <button class="secondary" onClick=${copy}>${copied ? "已复制" : "复制地址"}</button>`}
      ${error && html`<p class="error" role="alert">${error}</p>`}
    </section>`;
}

/** @typedef {import('./schema').components['schemas']['Me']} Me */

/** 邮件提醒: the address notifications are emailed to, and whether the caller wants them by
 * email at all (they are always in the app). Named 个人设置 in the emails' footer. */
export function EmailSettings() {
  const [email, setEmail] = useState("");
  const [wanted, setWanted] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const [delivered, setDelivered] = useState(true);
  // The fields appear once the current settings are in, so nothing typed is overwritten.
  const show = (/** @type {Me} */ me) => {
    setEmail(me.email ?? "");
    setWanted(me.email_notifications);
    setDelivered(me.email_delivery);
    setLoaded(true);
  };
  useEffect(() => {
    request("GET", "/me").then(({ data }) => show(/** @type {Me} */ (data)), (e) => setError(refusal(e)));
  }, []);
  const submit = async (/** @type {Event} */ event) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      const address = email.trim();
      const { data } = await request("PATCH", "/me", {
        body: { email: address === "" ? null : address, email_notifications: wanted },
      });
      show(/** @type {Me} */ (data));
      setSaved(true);
    } catch (e) {
      setError(refusal(e));
    }
  };
  return html`
    <section>
      <h2>个人设置</h2>
      <form class="card wide" noValidate onSubmit=${submit}>
        <h3>邮件提醒</h3>
        <p class="meta">通知总会在系统内显示；填写邮箱并勾选下面一项后，也会发到您的邮箱。</p>
        ${loaded && !delivered && html`<p class="meta">本系统尚未开启邮件发送：设置会保存，开启后生效。</p>`}
        ${!loaded && !error && html`<p class="status">正在加载…</p>`}
        ${loaded && html`<${Field} id="my-email" type="email" autocomplete="email" label="邮箱地址（留空则不接收邮件）"
          value=${email} onInput=${(/** @type {string} */ v) => { setEmail(v); setSaved(false); }}
          error=${fieldError(error, "/email")} />
        <label><input id="email-wanted" type="checkbox" checked=${wanted}
          onChange=${(/** @type {any} */ e) => { setWanted(e.currentTarget.checked); setSaved(false); }} /> 通过邮件接收提醒</label>
        ${wanted && email.trim() === "" && html`<p class="warning">未填写邮箱，收不到邮件提醒。</p>`}
        <${Refusal} error=${error} />
        ${saved && html`<p class="success" role="status">已保存。</p>`}
        <div class="buttons"><button type="submit">保存</button></div>`}
      </form>
    </section>`;
}
