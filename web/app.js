// @ts-check
// minutebook's web client: Preact + htm from the vendored module, no build step. Every
// server text is rendered as text (htm escapes it); nothing is put into innerHTML.
import { html, render, useEffect, useState } from "./vendor/preact-htm.module.js";
import { ApiError, login, logout, request, resume } from "./api.js";

/** @typedef {import('./schema').components['schemas']} Schemas */
/** @typedef {Schemas['Me']} Me */
/** @typedef {Schemas['Meeting']} Meeting */
/** @typedef {Schemas['RectificationItem']} Item */

/** @type {Record<string, string>} */
const MEETING_KIND = {
  general_assembly: "支部党员大会",
  committee_meeting: "支委会",
  group_meeting: "党小组会",
  party_lecture: "党课",
  organizational_life: "组织生活会",
  democratic_life: "民主生活会",
  theme_day: "主题党日",
  other: "其他",
};
/** @type {Record<string, string>} */
const MEETING_STATUS = { scheduled: "已安排", held: "已召开", finalized: "已定稿", cancelled: "已取消" };
/** @type {Record<string, string>} */
const ITEM_STATUS = { open: "未开始", in_progress: "整改中", submitted: "待验收", verified: "已销号" };
/** @type {Record<string, string>} */
const ROLE = { secretary: "书记", member: "党员", reviewer: "上级督导" };

/** The moment in the reader's own time, in Chinese. */
const when = (/** @type {string} */ iso) =>
  new Date(iso).toLocaleString("zh-CN", { dateStyle: "medium", timeStyle: "short" });

/** A sentence for an error: the server's own words, or what to do about a lost network. */
function say(/** @type {unknown} */ error) {
  if (error instanceof ApiError) {
    if (error.status === 429 && error.retryAfter) {
      const minutes = Math.ceil(error.retryAfter / 60);
      return `尝试次数过多，请约 ${minutes} 分钟后再试。`;
    }
    return error.message;
  }
  return "无法连接服务器，请检查网络后重试。";
}

function Login(/** @type {{ onIn: () => void, notice: string | null }} */ { onIn, notice }) {
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

function ChangePassword(/** @type {{ forced: boolean, onDone: () => void }} */ { forced, onDone }) {
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

/** A list page of the API, with "more" following `next_cursor`. */
function usePages(/** @type {string} */ path) {
  const [items, setItems] = useState(/** @type {any[]} */ ([]));
  const [cursor, setCursor] = useState(/** @type {string | null} */ (null));
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const [loading, setLoading] = useState(true);
  const load = async (/** @type {string | null} */ after) => {
    setLoading(true);
    try {
      const sep = path.includes("?") ? "&" : "?";
      const query = after ? `${sep}cursor=${encodeURIComponent(after)}` : "";
      const { data } = await request("GET", `${path}${query}`);
      const page = /** @type {{ items: any[], next_cursor: string | null }} */ (data);
      setItems((before) => (after ? [...before, ...page.items] : page.items));
      setCursor(page.next_cursor);
      setError(null);
    } catch (e) {
      setError(say(e));
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    load(null);
  }, [path]);
  return { items, cursor, error, loading, more: () => load(cursor), reload: () => load(null) };
}

/** A text field with its label and the server's word on it. */
function Field(
  /** @type {{ id: string, label: string, value: string, onInput: (v: string) => void, error?: string | null, multiline?: boolean, type?: string }} */ props,
) {
  const input = (/** @type {any} */ e) => props.onInput(e.currentTarget.value);
  return html`
    <label for=${props.id}>${props.label}</label>
    ${props.multiline
      ? html`<textarea id=${props.id} rows="3" value=${props.value} onInput=${input}></textarea>`
      : html`<input id=${props.id} type=${props.type ?? "text"} value=${props.value} onInput=${input} />`}
    ${props.error && html`<p class="error">${props.error}</p>`}`;
}

/** The owner's moves on an item: report progress (the first one starts it), submit it. */
function OwnerActions(/** @type {{ item: Item, onChanged: () => void }} */ { item, onChanged }) {
  const [note, setNote] = useState("");
  const [percent, setPercent] = useState(String(item.progress_percent));
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const [busy, setBusy] = useState(false);
  const act = async (/** @type {() => Promise<unknown>} */ call) => {
    setBusy(true);
    setError(null);
    try {
      await call();
      setNote("");
      onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? e : say(e));
    } finally {
      setBusy(false);
    }
  };
  const report = (/** @type {Event} */ event) => {
    event.preventDefault();
    const body = { note, progress_percent: percent === "" ? null : Number(percent) };
    act(() => request("POST", `/rectification-items/${item.id}/updates`, { body }));
  };
  const submit = () =>
    act(() => request("POST", `/rectification-items/${item.id}/submit`, { ifMatch: `"${item.version}"` }));
  if (item.status === "submitted" || item.status === "verified") return null;
  const field = (/** @type {string} */ name) => (error instanceof ApiError ? error.field(name) : null);
  return html`
    <form class="actions" onSubmit=${report}>
      <${Field} id=${`note-${item.id}`} label="整改进展" multiline=${true} value=${note}
        onInput=${setNote} error=${field("/note")} />
      <${Field} id=${`percent-${item.id}`} label="完成进度（%）" type="number" value=${percent}
        onInput=${setPercent} error=${field("/progress_percent")} />
      ${error && html`<p class="error" role="alert">${typeof error === "string" ? error : error.message}</p>`}
      <div class="buttons">
        <button type="submit" disabled=${busy}>报告进展</button>
        ${item.status === "in_progress" &&
          html`<button type="button" class="secondary" disabled=${busy} onClick=${submit}>提交验收</button>`}
      </div>
    </form>`;
}

/** A verifier's moves on a submitted item: verify it (销号) or return it, with the reason. */
function VerifierActions(/** @type {{ item: Item, onChanged: () => void }} */ { item, onChanged }) {
  const [note, setNote] = useState("");
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const [busy, setBusy] = useState(false);
  const decide = async (/** @type {"verify" | "return"} */ move) => {
    setBusy(true);
    setError(null);
    try {
      await request("POST", `/rectification-items/${item.id}/${move}`, {
        body: { note },
        ifMatch: `"${item.version}"`,
      });
      onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? e : say(e));
    } finally {
      setBusy(false);
    }
  };
  return html`
    <div class="actions">
      <${Field} id=${`decision-${item.id}`} label="验收意见" multiline=${true} value=${note}
        onInput=${setNote} error=${error instanceof ApiError ? error.field("/note") : null} />
      ${error && html`<p class="error" role="alert">${typeof error === "string" ? error : error.message}</p>`}
      <div class="buttons">
        <button type="button" disabled=${busy} onClick=${() => decide("verify")}>验收销号</button>
        <button type="button" class="secondary" disabled=${busy} onClick=${() => decide("return")}>退回整改</button>
      </div>
    </div>`;
}

/** One item: what, by when, how far — and the moves the caller may make on it. */
function ItemCard(
  /** @type {{ item: Item, mode: "owner" | "verifier", onChanged: () => void }} */ { item, mode, onChanged },
) {
  return html`
    <li class=${item.overdue ? "overdue" : ""}>
      <strong>${item.problem}</strong>
      <span>${item.measure}</span>
      <span class="meta">${[
        `截止 ${item.due_on}`,
        ITEM_STATUS[item.status] ?? item.status,
        `进度 ${item.progress_percent}%`,
        item.overdue ? "已逾期" : null,
      ].filter(Boolean).join(" · ")}</span>
      ${item.return_note && item.status === "in_progress" && html`<span class="notice">退回意见：${item.return_note}</span>`}
      ${mode === "owner"
        ? html`<${OwnerActions} item=${item} onChanged=${onChanged} />`
        : html`<${VerifierActions} item=${item} onChanged=${onChanged} />`}
    </li>`;
}

/** A list of items: the caller's own (by due date), or those waiting for verification. */
function Items(/** @type {{ mode: "owner" | "verifier" }} */ { mode }) {
  const path = mode === "owner" ? "/rectification-items?owner=me" : "/rectification-items?status=submitted";
  const { items, cursor, error, loading, more, reload } = usePages(path);
  const rows = /** @type {Item[]} */ (items);
  const empty = mode === "owner" ? "没有需要您整改的事项。" : "没有待验收的事项。";
  return html`
    <section>
      <h2>${mode === "owner" ? "我的整改事项" : "待验收事项"}</h2>
      ${error && html`<p class="error" role="alert">${error}</p>`}
      ${!loading && rows.length === 0 && !error && html`<p class="status">${empty}</p>`}
      <ul class="list">
        ${rows.map((item) => html`<${ItemCard} key=${item.id} item=${item} mode=${mode} onChanged=${reload} />`)}
      </ul>
      ${loading && html`<p class="status">正在加载…</p>`}
      ${cursor && !loading && html`<button onClick=${more}>加载更多</button>`}
    </section>`;
}

function Meetings() {
  const { items, cursor, error, loading, more } = usePages("/meetings?limit=20");
  const rows = /** @type {Meeting[]} */ (items);
  return html`
    <section>
      <h2>会议</h2>
      ${error && html`<p class="error" role="alert">${error}</p>`}
      ${!loading && rows.length === 0 && !error && html`<p class="status">暂无会议。</p>`}
      <ul class="list">
        ${rows.map((meeting) => html`
          <li key=${meeting.id}>
            <strong>${meeting.title}</strong>
            <span class="meta">${[
              MEETING_KIND[meeting.kind] ?? meeting.kind,
              when(meeting.starts_at),
              MEETING_STATUS[meeting.status] ?? meeting.status,
              meeting.location,
            ].filter(Boolean).join(" · ")}</span>
          </li>`)}
      </ul>
      ${loading && html`<p class="status">正在加载…</p>`}
      ${cursor && !loading && html`<button onClick=${more}>加载更多</button>`}
    </section>`;
}

function Home(/** @type {{ me: Me, onOut: (notice: string | null) => void }} */ { me, onOut }) {
  const verifier = me.is_admin || me.memberships.some((m) => m.role === "secretary" || m.role === "reviewer");
  const first = me.memberships.some((m) => m.role === "reviewer") ? "verify"
    : me.memberships.some((m) => m.role === "secretary") ? "meetings" : "items";
  const [view, setView] = useState(/** @type {"items" | "verify" | "meetings" | "password"} */ (first));
  const roles = [...new Set(me.memberships.map((m) => ROLE[m.role] ?? m.role))];
  const out = async () => {
    await logout();
    onOut(null);
  };
  return html`
    <header>
      <span class="who">${me.display_name}${me.is_admin ? "（管理员）" : ""}${roles.length ? ` · ${roles.join("、")}` : ""}</span>
      <nav>
        <button class=${view === "meetings" ? "current" : ""} onClick=${() => setView("meetings")}>会议</button>
        <button class=${view === "items" ? "current" : ""} onClick=${() => setView("items")}>我的整改事项</button>
        ${verifier && html`<button class=${view === "verify" ? "current" : ""} onClick=${() => setView("verify")}>待验收</button>`}
        <button class=${view === "password" ? "current" : ""} onClick=${() => setView("password")}>修改密码</button>
        <button onClick=${out}>退出登录</button>
      </nav>
    </header>
    ${view === "meetings" && html`<${Meetings} />`}
    ${view === "items" && html`<${Items} mode="owner" />`}
    ${view === "verify" && html`<${Items} mode="verifier" />`}
    ${view === "password" &&
      html`<${ChangePassword} forced=${false} onDone=${() => onOut("密码已修改，请用新密码登录。")} />`}`;
}

function App() {
  const [me, setMe] = useState(/** @type {Me | null | undefined} */ (undefined));
  const [notice, setNotice] = useState(/** @type {string | null} */ (null));
  const enter = async () => {
    try {
      const { data } = await request("GET", "/me");
      setMe(/** @type {Me} */ (data));
    } catch (e) {
      setNotice(e instanceof ApiError && e.status === 401 ? "登录已过期，请重新登录。" : say(e));
      setMe(null);
    }
  };
  const leave = (/** @type {string | null} */ message) => {
    setNotice(message);
    setMe(null);
  };
  useEffect(() => {
    resume().then((ok) => (ok ? enter() : setMe(null)));
  }, []);
  if (me === undefined) return html`<p class="status">正在加载…</p>`;
  if (me === null) return html`<${Login} onIn=${enter} notice=${notice} />`;
  if (me.password_change_required) {
    return html`<${ChangePassword} forced=${true} onDone=${() => leave("密码已修改，请用新密码登录。")} />`;
  }
  return html`<${Home} me=${me} onOut=${leave} />`;
}

const root = document.getElementById("app");
if (root) {
  root.textContent = "";
  render(html`<${App} />`, root);
}
