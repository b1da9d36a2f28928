// @ts-check
// minutebook's web client: Preact + htm from the vendored module, no build step. Every
// server text is rendered as text (htm escapes it); nothing is put into innerHTML.
import { html, render, useEffect, useState } from "./vendor/preact-htm.module.js";
import { ApiError, LOGGED_OUT, logout, request, resume } from "./api.js";
import { CalendarAddress, ChangePassword, EmailSettings, Login } from "./account.js";
import { Accounts } from "./accounts.js";
import { Items } from "./items.js";
import { MeetingPage } from "./meeting.js";
import { Meetings } from "./meetings.js";
import { NewMeeting } from "./newmeeting.js";
import { Bell } from "./notifications.js";
import { People } from "./people.js";
import { Reports } from "./reports.js";
import { SearchBox } from "./search.js";
import { ROLE, say } from "./ui.js";
import { Webhooks } from "./webhooks.js";

/** @typedef {import('./schema').components['schemas']['Me']} Me */

/** @typedef {"items" | "verify" | "meetings" | "new-meeting" | "people" | "accounts" | "webhooks" | "reports" | "calendar" | "settings" | "password"} View */

/** A record as messages link to it (webhooks, emails): `{public url}/#/meetings/{id}`, `…/#/items/{id}`. */
const LINK = /^#\/(meetings|items)\/([0-9a-fA-F-]{36})\/?$/;

function Home(/** @type {{ me: Me, onOut: (notice: string | null) => void }} */ { me, onOut }) {
  const has = (/** @type {string} */ role) => me.memberships.some((m) => m.role === role);
  const secretary = me.is_admin || has("secretary");
  const verifier = secretary || has("reviewer");
  const overseen = me.memberships.filter((m) => m.role !== "member");
  const kept = me.memberships.filter((m) => m.role === "secretary");
  const [view, setView] = useState(/** @type {View} */ (has("reviewer") ? "verify" : secretary ? "meetings" : "items"));
  const [meeting, setMeeting] = useState(/** @type {string | null} */ (null));
  // The item a link asked for, shown first in its list.
  const [focus, setFocus] = useState(/** @type {string | null} */ (null));
  const roles = [...new Set(me.memberships.map((m) => ROLE[m.role] ?? m.role))];
  const go = (/** @type {View} */ to) => {
    setMeeting(null);
    setFocus(null);
    setView(to);
  };
  const open = (/** @type {string} */ id) => {
    setFocus(null);
    setView("meetings");
    setMeeting(id);
  };
  // A linked item opens where its reader works on it: their own items if they own it, else
  // (secretaries, reviewers) the items in reach. One the reader cannot see says so there.
  const showItem = async (/** @type {string} */ id) => {
    let mine = !verifier;
    if (verifier) {
      try {
        const { data } = await request("GET", `/rectification-items/${id}`);
        const item = /** @type {import('./schema').components['schemas']['RectificationItem']} */ (data);
        const { data: owner } = await request("GET", `/people/${item.owner_id}`);
        mine = /** @type {import('./schema').components['schemas']['Person']} */ (owner).user_id === me.id;
      } catch {
        // Not in reach: the list says so.
      }
    }
    setMeeting(null);
    setFocus(id);
    setView(mine ? "items" : "verify");
  };
  // The link a message was opened by (also one that waited for the login); then the address
  // is plain again, so that a reload or the next login starts from the usual screen.
  useEffect(() => {
    const follow = () => {
      const link = LINK.exec(location.hash);
      if (!link) return;
      history.replaceState(null, "", location.pathname + location.search);
      if (link[1] === "meetings") open(link[2]);
      else showItem(link[2]);
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  // A notification opens its meeting, or the items its reader works on.
  const notified = (/** @type {import('./notifications.js').Notification} */ n) => {
    if (n.entity_type === "meeting") open(n.entity_id);
    else go(verifier && (n.kind === "item_submitted" || n.kind === "item_escalated") ? "verify" : "items");
  };
  const out = async () => {
    await logout();
    onOut(null);
  };
  /** @type {[View, string, boolean][]} */
  const tabs = [
    ["meetings", "会议", true],
    ["items", "我的整改事项", true],
    ["verify", "整改事项", verifier],
    ["people", "人员", kept.length > 0],
    ["accounts", "账号", kept.length > 0],
    ["webhooks", "消息推送", kept.length > 0],
    ["reports", "报表", overseen.length > 0],
    ["calendar", "日历订阅", true],
    ["settings", "个人设置", true],
    ["password", "修改密码", true],
  ];
  return html`
    <header>
      <span class="who">${me.display_name}${me.is_admin ? "（管理员）" : ""}${roles.length ? ` · ${roles.join("、")}` : ""}</span>
      <nav>
        ${tabs.filter(([, , shown]) => shown).map(([name, label]) => html`
          <button class=${view === name ? "current" : ""} onClick=${() => go(name)}>${label}</button>`)}
        <button onClick=${out}>退出登录</button>
      </nav>
    </header>
    <${Bell} onOpen=${notified} />
    <${SearchBox} onOpen=${open} />
    ${view === "meetings" && !meeting && html`
      ${kept.length > 0 && html`<button onClick=${() => go("new-meeting")}>新建会议</button>`}
      <${Meetings} units=${me.memberships} onOpen=${open} />`}
    ${view === "meetings" && meeting &&
      html`<${MeetingPage} id=${meeting} canWrite=${secretary} onBack=${() => setMeeting(null)} />`}
    ${view === "new-meeting" && html`<${NewMeeting} units=${kept} onCreated=${open} onCancel=${() => go("meetings")} />`}
    ${view === "items" && html`<${Items} mode="owner" focus=${focus} />`}
    ${view === "verify" && html`<${Items} mode="verifier" focus=${focus} keeps=${kept.map((m) => m.org_unit_id)} />`}
    ${view === "people" && html`<${People} units=${kept} />`}
    ${view === "accounts" && html`<${Accounts} units=${kept} me=${me.id} />`}
    ${view === "webhooks" && html`<${Webhooks} units=${kept} />`}
    ${view === "reports" && html`<${Reports} units=${overseen} />`}
    ${view === "calendar" && html`<${CalendarAddress} />`}
    ${view === "settings" && html`<${EmailSettings} />`}
    ${view === "password" &&
      html`<${ChangePassword} forced=${false} onDone=${() => onOut("密码已修改，请用新密码登录。")} />`}`;
}

function App() {
  const [me, setMe] = useState(/** @type {Me | null | undefined} */ (undefined));
  const [notice, setNotice] = useState(/** @type {string | null} */ (null));
  // A login that ends mid-work: log in again over the screen, which stays as it was.
  const [expired, setExpired] = useState(false);
  const enter = async () => {
    try {
      const { data } = await request("GET", "/me");
      setMe(/** @type {Me} */ (data));
      setExpired(false);
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
    const lost = () => setExpired(true);
    window.addEventListener(LOGGED_OUT, lost);
    return () => window.removeEventListener(LOGGED_OUT, lost);
  }, []);
  const back = async () => {
    const { data } = await request("GET", "/me");
    // Someone else logged in at this screen: nothing of the previous user's may stay.
    if (/** @type {Me} */ (data).id !== me?.id) {
      location.reload();
      return;
    }
    setExpired(false);
  };
  if (me === undefined) return html`<p class="status">正在加载…</p>`;
  if (me === null) return html`<${Login} onIn=${enter} notice=${notice} />`;
  if (me.password_change_required) {
    return html`<${ChangePassword} forced=${true} onDone=${() => leave("密码已修改，请用新密码登录。")} />`;
  }
  return html`
    <div inert=${expired}><${Home} me=${me} onOut=${leave} /></div>
    ${expired && html`<div class="overlay" role="dialog" aria-modal="true" aria-label="重新登录">
      <${Login} notice="登录已过期，请重新登录；您填写的内容仍然保留。" onIn=${back} />
    </div>`}`;
}

const root = document.getElementById("app");
if (root) {
  root.textContent = "";
  render(html`<${App} />`, root);
}
