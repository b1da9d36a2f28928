// @ts-check
// Meetings: the list in reach, newest first, filtered by unit, kind, status and time.
import { html, useState } from "./vendor/preact-htm.module.js";
import { MEETING_KIND, MEETING_STATUS, usePages, when } from "./ui.js";

/** @typedef {import('./schema').components['schemas']} Schemas */
/** @typedef {Schemas['Meeting']} Meeting */
/** @typedef {Schemas['MembershipOfMe']} Membership */

/** @param {{ units: Membership[], onOpen: (id: string) => void }} props */
export function Meetings({ units, onOpen }) {
  const [filter, setFilter] = useState({ org_unit_id: "", kind: "", status: "", from: "", to: "" });
  const query = new URLSearchParams({ limit: "20" });
  // The time filters are days in the reader's zone, both included: from its first instant to
  // the first instant of the day after the last.
  const day = (/** @type {string} */ date, /** @type {number} */ after) => {
    const start = new Date(`${date}T00:00`);
    start.setDate(start.getDate() + after);
    return start.toISOString();
  };
  for (const [key, value] of Object.entries(filter)) {
    if (!value) continue;
    query.set(key, key === "from" ? day(value, 0) : key === "to" ? day(value, 1) : value);
  }
  const { items, cursor, error, loading, more } = usePages(`/meetings?${query}`);
  const rows = /** @type {Meeting[]} */ (items);
  const set = (/** @type {string} */ key) => (/** @type {any} */ e) => setFilter({ ...filter, [key]: e.currentTarget.value });
  return html`
    <section>
      <h2>会议</h2>
      <div class="filters">
        ${units.length > 1 && html`
          <label for="filter-unit">党组织</label>
          <select id="filter-unit" value=${filter.org_unit_id} onChange=${set("org_unit_id")}>
            <option value="">全部</option>
            ${units.map((u) => html`<option value=${u.org_unit_id}>${u.org_unit_name}</option>`)}
          </select>`}
        <label for="filter-kind">类型</label>
        <select id="filter-kind" value=${filter.kind} onChange=${set("kind")}>
          <option value="">全部</option>
          ${Object.entries(MEETING_KIND).map(([v, label]) => html`<option value=${v}>${label}</option>`)}
        </select>
        <label for="filter-status">状态</label>
        <select id="filter-status" value=${filter.status} onChange=${set("status")}>
          <option value="">全部</option>
          ${Object.entries(MEETING_STATUS).map(([v, label]) => html`<option value=${v}>${label}</option>`)}
        </select>
        <label for="filter-from">从</label>
        <input id="filter-from" type="date" value=${filter.from} onInput=${set("from")} />
        <label for="filter-to">到</label>
        <input id="filter-to" type="date" value=${filter.to} onInput=${set("to")} />
      </div>
      ${error && html`<p class="error" role="alert">${error}</p>`}
      ${!loading && rows.length === 0 && !error && html`<p class="status">暂无会议。</p>`}
      <ul class="list">
        ${rows.map((meeting) => html`
          <li key=${meeting.id}>
            <a href="#" onClick=${(/** @type {Event} */ e) => { e.preventDefault(); onOpen(meeting.id); }}>${meeting.title}</a>
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
