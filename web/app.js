// @ts-check
// minutebook's web client: Preact + htm from the vendored module, no build step. Every
// server text is rendered as text (htm escapes it); nothing is put into innerHTML.
import { html, render, useEffect, useState } from "./vendor/preact-htm.module.js";
import { ApiError, logout, request, resume } from "./api.js";
import { ChangePassword, Login } from "./account.js";
import { Items } from "./items.js";
import { MeetingPage } from "./meeting.js";
import { Meetings } from "./meetings.js";
import { SearchBox } from "./search.js";
import { ROLE, say } from "./ui.js";

/** @typedef {import('./schema').components['schemas']['Me']} Me */

function Home(/** @type {{ me: Me, onOut: (notice: string | null) => void }} */ { me, onOut }) {
  const verifier = me.is_admin || me.memberships.some((m) => m.role === "secretary" || m.role === "reviewer");
  const first = me.memberships.some((m) => m.role === "reviewer") ? "verify"
    : me.memberships.some((m) => m.role === "secretary") ? "meetings" : "items";
  const secretary = me.is_admin || me.memberships.some((m) => m.role === "secretary");
  const [view, setView] = useState(/** @type {"items" | "verify" | "meetings" | "password"} */ (first));
  const [meeting, setMeeting] = useState(/** @type {string | null} */ (null));
  const go = (/** @type {"items" | "verify" | "meetings" | "password"} */ to) => {
    setMeeting(null);
    setView(to);
  };
  const open = (/** @type {string} */ id) => {
    setView("meetings");
    setMeeting(id);
  };
  const roles = [...new Set(me.memberships.map((m) => ROLE[m.role] ?? m.role))];
  const out = async () => {
    await logout();
    onOut(null);
  };
  return html`
    <header>
      <span class="who">${me.display_name}${me.is_admin ? "（管理员）" : ""}${roles.length ? ` · ${roles.join("、")}` : ""}</span>
      <nav>
        <button class=${view === "meetings" ? "current" : ""} onClick=${() => go("meetings")}>会议</button>
        <button class=${view === "items" ? "current" : ""} onClick=${() => go("items")}>我的整改事项</button>
        ${verifier && html`<button class=${view === "verify" ? "current" : ""} onClick=${() => go("verify")}>待验收</button>`}
        <button class=${view === "password" ? "current" : ""} onClick=${() => go("password")}>修改密码</button>
        <button onClick=${out}>退出登录</button>
      </nav>
    </header>
    <${SearchBox} onOpen=${open} />
    ${view === "meetings" && !meeting && html`<${Meetings} onOpen=${open} />`}
    ${view === "meetings" && meeting &&
      html`<${MeetingPage} id=${meeting} canWrite=${secretary} onBack=${() => setMeeting(null)} />`}
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
