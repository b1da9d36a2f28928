// @ts-check
// The search box on every page, and its hits: snippets with the matched words highlighted —
// built from the snippet's text, never by inserting the server's HTML.
import { html, useState } from "./vendor/preact-htm.module.js";
import { request } from "./api.js";
import { say } from "./ui.js";

/** @typedef {import('./schema').components['schemas']['Hit']} Hit */

/** @type {Record<string, string>} */
const HIT_TYPE = { speech: "发言", meeting: "会议", rectification_item: "整改事项" };

/** The five entities the service escapes a snippet with, back to their characters. */
function unescape(/** @type {string} */ text) {
  return text.replace(/&(lt|gt|amp|quot|#39);/g, (_, e) =>
    ({ lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'" })[/** @type {"lt"} */ (e)] ?? _,
  );
}

/**
 * A snippet as text and `<mark>` elements: the service escapes the text and wraps matches in
 * `<mark>…</mark>`; split on those tags and unescape the rest, so nothing is parsed as HTML.
 */
export function Snippet(/** @type {{ text: string }} */ { text }) {
  const parts = text.split(/<mark>|<\/mark>/);
  return html`<span class="snippet">${parts.map((part, i) =>
    i % 2 === 1 ? html`<mark>${unescape(part)}</mark>` : unescape(part),
  )}</span>`;
}

/** @param {{ onOpen: (meeting: string) => void }} props */
export function SearchBox({ onOpen }) {
  const [q, setQ] = useState("");
  const [hits, setHits] = useState(/** @type {Hit[] | null} */ (null));
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const search = async (/** @type {Event} */ event) => {
    event.preventDefault();
    if (q.trim() === "") return;
    try {
      const { data } = await request("GET", `/search?q=${encodeURIComponent(q.trim())}&limit=20`);
      setHits(/** @type {{ items: Hit[] }} */ (data).items);
      setError(null);
    } catch (e) {
      setError(say(e));
      setHits(null);
    }
  };
  return html`
    <form class="search" role="search" onSubmit=${search}>
      <label for="q" class="hidden">搜索</label>
      <input id="q" type="search" placeholder="搜索发言、会议、整改事项" value=${q}
        onInput=${(/** @type {any} */ e) => setQ(e.currentTarget.value)} />
      <button type="submit">搜索</button>
    </form>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${hits && html`<section class="hits">
      <h2>搜索结果 <button class="secondary" onClick=${() => setHits(null)}>关闭</button></h2>
      ${hits.length === 0 && html`<p class="status">没有找到“${q}”。</p>`}
      <ul class="list">
        ${hits.map((hit) => html`<li key=${hit.id}>
          <span class="meta">${HIT_TYPE[hit.type] ?? hit.type}</span>
          ${hit.meeting_id
            ? html`<a href="#" onClick=${(/** @type {Event} */ e) => { e.preventDefault(); setHits(null); onOpen(/** @type {string} */ (hit.meeting_id)); }}>${hit.title}</a>`
            : html`<strong>${hit.title}</strong>`}
          <${Snippet} text=${hit.snippet} />
        </li>`)}
      </ul>
    </section>`}`;
}
