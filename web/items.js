// @ts-check
// Rectification items: a member's own (report progress, submit) and those waiting for a
// verifier (verify, return).
import { html, useEffect, useState } from "./vendor/preact-htm.module.js";
import { ApiError, request } from "./api.js";
import { ItemEvidence } from "./attachments.js";
import { Field, ITEM_STATUS, Refusal, fieldError, refusal, say, usePages } from "./ui.js";

/** @typedef {import('./schema').components['schemas']['RectificationItem']} Item */

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
      setError(refusal(e));
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
  const field = (/** @type {string} */ name) => fieldError(error, name);
  return html`
    <form class="actions" onSubmit=${report}>
      <${Field} id=${`note-${item.id}`} label="整改进展" multiline=${true} value=${note}
        onInput=${setNote} error=${field("/note")} />
      <${Field} id=${`percent-${item.id}`} label="完成进度（%）" type="number" value=${percent}
        onInput=${setPercent} error=${field("/progress_percent")} />
      <${Refusal} error=${error} />
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
      setError(refusal(e));
    } finally {
      setBusy(false);
    }
  };
  return html`
    <div class="actions">
      <${Field} id=${`decision-${item.id}`} label="验收意见" multiline=${true} value=${note}
        onInput=${setNote} error=${fieldError(error, "/note")} />
      <${Refusal} error=${error} />
      <div class="buttons">
        <button type="button" disabled=${busy} onClick=${() => decide("verify")}>验收销号</button>
        <button type="button" class="secondary" disabled=${busy} onClick=${() => decide("return")}>退回整改</button>
      </div>
    </div>`;
}

/** One item: what, by when, how far, its evidence — and the moves the caller may make on it. */
function ItemCard(
  /** @type {{ item: Item, mode: "owner" | "verifier", names: Record<string, string>, onChanged: () => void, focused?: boolean, keeps: string[] }} */ { item, mode, names, onChanged, focused, keeps },
) {
  // Evidence is added by the owner, or a secretary of the item's unit, until it is verified.
  const canUpload = item.status !== "verified" && (mode === "owner" || keeps.includes(item.org_unit_id));
  return html`
    <li class=${[item.overdue ? "overdue" : "", focused ? "focused" : ""].join(" ").trim()}>
      <strong>${item.problem}</strong>
      <span>${item.measure}</span>
      <span class="meta">${[
        `截止 ${item.due_on}`,
        ITEM_STATUS[item.status] ?? item.status,
        `进度 ${item.progress_percent}%`,
        item.overdue ? "已逾期" : null,
        item.late_entered_on ? `补录（${item.late_entered_on} 录入）` : null,
        mode === "verifier" && names[item.owner_id] ? `责任人 ${names[item.owner_id]}` : null,
        mode === "verifier" && names[item.org_unit_id] ? names[item.org_unit_id] : null,
      ].filter(Boolean).join(" · ")}</span>
      ${item.return_note && item.status === "in_progress" && html`<span class="notice">退回意见：${item.return_note}</span>`}
      <${ItemEvidence} item=${item} canUpload=${canUpload} />
      ${mode === "owner"
        ? html`<${OwnerActions} item=${item} onChanged=${onChanged} />`
        : item.status === "submitted" && html`<${VerifierActions} item=${item} onChanged=${onChanged} />`}
    </li>`;
}

/** @typedef {{ items: { id: string, name: string }[], next_cursor: string | null }} NamedPage */

/**
 * Names of the units in reach (every page) and of the owners of `rows` (looked up together by
 * their ids as rows arrive), to show with items, which carry only ids.
 * @param {Item[]} rows
 */
function useNames(rows) {
  const [names, setNames] = useState(/** @type {Record<string, string>} */ ({}));
  const learn = (/** @type {NamedPage} */ page) =>
    setNames((known) => ({ ...known, ...Object.fromEntries(page.items.map((x) => [x.id, x.name])) }));
  useEffect(() => {
    (async () => {
      /** @type {string | null} */
      let cursor = null;
      do {
        const after = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
        const { data } = await request("GET", `/org-units?limit=200${after}`);
        const page = /** @type {NamedPage} */ (data);
        learn(page);
        cursor = page.next_cursor;
      } while (cursor);
    })().catch(() => undefined);
  }, []);
  const owners = [...new Set(rows.map((r) => r.owner_id))].filter((id) => !(id in names));
  const key = owners.join(",");
  useEffect(() => {
    for (let i = 0; i < owners.length; i += 200) {
      const ids = owners.slice(i, i + 200).join(",");
      request("GET", `/people?ids=${ids}&limit=200`)
        .then(({ data }) => learn(/** @type {NamedPage} */ (data)))
        .catch(() => undefined);
    }
  }, [key]);
  return names;
}

/**
 * A list of items: the caller's own (by due date), or — for secretaries and reviewers — the
 * items in reach by status (waiting for verification first) and overdue.
 */
export function Items(
  /** @type {{ mode: "owner" | "verifier", focus?: string | null, keeps?: string[] }} */ { mode, focus, keeps = [] },
) {
  const [status, setStatus] = useState("submitted");
  const [overdue, setOverdue] = useState(false);
  const query = new URLSearchParams();
  if (mode === "owner") query.set("owner", "me");
  if (mode === "verifier" && status) query.set("status", status);
  if (mode === "verifier" && overdue) query.set("overdue", "true");
  const { items, cursor, error, loading, more, reload } = usePages(`/rectification-items?${query}`);
  // The item a link asked for, shown first whatever the filters.
  const [focused, setFocused] = useState(/** @type {Item | null} */ (null));
  const [focusError, setFocusError] = useState(/** @type {string | null} */ (null));
  const loadFocus = async () => {
    setFocusError(null);
    if (!focus) {
      setFocused(null);
      return;
    }
    try {
      const { data } = await request("GET", `/rectification-items/${focus}`);
      setFocused(/** @type {Item} */ (data));
    } catch (e) {
      setFocused(null);
      setFocusError(say(e));
    }
  };
  useEffect(() => {
    loadFocus();
  }, [focus]);
  const changed = () => {
    reload();
    loadFocus();
  };
  const rows = /** @type {Item[]} */ (items).filter((item) => item.id !== focus);
  const names = useNames(focused ? [focused, ...rows] : rows);
  const empty = mode === "owner" ? "没有需要您整改的事项。" : "没有符合条件的整改事项。";
  return html`
    <section>
      <h2>${mode === "owner" ? "我的整改事项" : "整改事项"}</h2>
      ${mode === "verifier" && html`<div class="filters">
        <label for="item-status">状态</label>
        <select id="item-status" value=${status} onChange=${(/** @type {any} */ e) => setStatus(e.currentTarget.value)}>
          <option value="submitted">待验收</option>
          <option value="">全部</option>
          ${Object.entries(ITEM_STATUS).filter(([v]) => v !== "submitted").map(([v, label]) => html`<option value=${v}>${label}</option>`)}
        </select>
        <label><input type="checkbox" checked=${overdue}
          onChange=${(/** @type {any} */ e) => setOverdue(e.currentTarget.checked)} /> 只看逾期</label>
      </div>`}
      ${focusError && html`<p class="error" role="alert">无法打开消息中的整改事项：${focusError}</p>`}
      ${focused && html`<ul class="list focus" aria-label="消息中的整改事项">
        <${ItemCard} key=${focused.id} item=${focused} mode=${mode} names=${names} onChanged=${changed} focused=${true} keeps=${keeps} />
      </ul>`}
      ${error && html`<p class="error" role="alert">${error}</p>`}
      ${!loading && rows.length === 0 && !focused && !error && html`<p class="status">${empty}</p>`}
      <ul class="list">
        ${rows.map((item) => html`<${ItemCard} key=${item.id} item=${item} mode=${mode} names=${names} onChanged=${changed} keeps=${keeps} />`)}
      </ul>
      ${loading && html`<p class="status">正在加载…</p>`}
      ${cursor && !loading && html`<button onClick=${more}>加载更多</button>`}
    </section>`;
}
