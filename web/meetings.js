// @ts-check
// Meetings: the list in reach, newest first.
import { html } from "./vendor/preact-htm.module.js";
import { MEETING_KIND, MEETING_STATUS, usePages, when } from "./ui.js";

/** @typedef {import('./schema').components['schemas']['Meeting']} Meeting */

/** @param {{ onOpen: (id: string) => void }} props */
export function Meetings({ onOpen }) {
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

