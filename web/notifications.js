// @ts-check
// The bell: the caller's unread count, looked at every minute, and the list of notifications,
// newest first; opening one marks it read and goes to its record.
import { html, useEffect, useState } from "./vendor/preact-htm.module.js";
import { request } from "./api.js";
import { say, when } from "./ui.js";

/** @typedef {import('./schema').components['schemas']['Notification']} Notification */

/** What each kind of notification is about, in a few words (the webhooks' delivery log says
 * it too; `test` is a webhook's test message). */
/** @type {Record<string, string>} */
export const NOTIFICATION_KIND = {
  item_assigned: "整改事项交办",
  item_returned: "整改事项退回",
  item_verified: "整改事项销号",
  item_submitted: "整改事项待验收",
  item_due_soon: "整改事项即将到期",
  item_due_tomorrow: "整改事项明天到期",
  item_overdue: "整改事项逾期",
  item_escalated: "逾期督办",
  meeting_scheduled: "会议安排",
  meeting_moved: "会议改期",
  meeting_cancelled: "会议取消",
  meeting_tomorrow: "会议前一天提醒",
  minutes_finalized: "会议记录定稿",
  committee_term_due: "支委会换届提醒",
  test: "测试消息",
};

const LOOK_EVERY_MS = 60_000;

/** @param {{ onOpen: (n: Notification) => void }} props */
export function Bell({ onOpen }) {
  const [unread, setUnread] = useState(0);
  const [list, setList] = useState(/** @type {Notification[] | null} */ (null));
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const count = async () => {
    try {
      const { data } = await request("GET", "/me/notifications/unread-count");
      setUnread(/** @type {{ unread: number }} */ (data).unread);
    } catch {
      // The count is a hint; the next look tries again.
    }
  };
  useEffect(() => {
    count();
    const timer = setInterval(count, LOOK_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  const show = async () => {
    if (list) {
      setList(null);
      return;
    }
    try {
      const { data } = await request("GET", "/me/notifications?limit=50");
      setList(/** @type {{ items: Notification[] }} */ (data).items);
      setError(null);
    } catch (e) {
      setError(say(e));
    }
  };
  const open = async (/** @type {Notification} */ n) => {
    try {
      if (!n.read_at) await request("POST", `/me/notifications/${n.id}/read`);
      setList(null);
      count();
      onOpen(n);
    } catch (e) {
      setError(say(e));
    }
  };
  const readAll = async () => {
    try {
      await request("POST", "/me/notifications/read-all");
      setList(null);
      setUnread(0);
    } catch (e) {
      setError(say(e));
    }
  };
  return html`
    <button class="bell secondary" aria-expanded=${list !== null} onClick=${show}
      aria-label=${unread ? `通知，${unread} 条未读` : "通知"}>
      通知${unread > 0 && html`<span class="badge">${unread > 99 ? "99+" : unread}</span>`}
    </button>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${list && html`<section class="notifications">
      <h2>通知 <button class="secondary" onClick=${readAll}>全部标为已读</button></h2>
      ${list.length === 0 && html`<p class="status">暂无通知。</p>`}
      <ul class="list">
        ${list.map((n) => html`<li key=${n.id} class=${n.read_at ? "" : "unread"}>
          <a href="#" onClick=${(/** @type {Event} */ e) => { e.preventDefault(); open(n); }}>${n.message}</a>
          ${n.note && html`<span class="snippet">${n.note}</span>`}
          <span class="meta">${when(n.created_at)}${n.read_at ? "" : " · 未读"}</span>
        </li>`)}
      </ul>
    </section>`}`;
}
