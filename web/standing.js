// @ts-check
// A person's party standing (政治面貌): today's, every dated change with the meeting that
// decided it, and for the secretary a change to record. Votes are counted with the standing
// on a meeting's day, so each change carries the day it takes effect.
import { html, useEffect, useState } from "./vendor/preact-htm.module.js";
import { ApiError, request } from "./api.js";
import { Field, PARTY_STANDING, fieldError, refusal, say, today, when } from "./ui.js";

/** @typedef {import('./schema').components['schemas']} Schemas */
/** @typedef {Schemas['StandingHistory']} StandingHistory */

/**
 * @param {{ personId: string, canWrite: boolean }} props
 */
export function Standing({ personId, canWrite }) {
  const [history, setHistory] = useState(/** @type {StandingHistory | null} */ (null));
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const load = async () => {
    try {
      const { data } = await request("GET", `/people/${personId}/standing`);
      setHistory(/** @type {StandingHistory} */ (data));
      setError(null);
    } catch (e) {
      setError(say(e));
    }
  };
  useEffect(() => {
    load();
  }, [personId]);
  if (!history) {
    return html`<div class="standing">${error ? html`<p class="error" role="alert">${error}</p>` : html`<p class="status">正在加载…</p>`}</div>`;
  }
  const now = history.standing ? PARTY_STANDING[history.standing] ?? history.standing : "未登记";
  return html`
    <div class="standing" role="group" aria-label=${`${history.name}的政治面貌`}>
      <p><strong>政治面貌：${now}</strong>${history.assumed ? html`<span class="meta">（未登记变动，按正式党员计）</span>` : ""}</p>
      ${history.changes.length > 0 && html`<h4>变动记录</h4>
        <ol class="changes" aria-label=${`${history.name}的政治面貌变动`}>
          ${[...history.changes].reverse().map((c) => html`<li key=${c.id}>
            <strong>${c.effective_on} 起为${PARTY_STANDING[c.standing] ?? c.standing}</strong>
            ${c.meeting_title && html`<span>经“${c.meeting_title}”决定</span>`}
            ${c.note && html`<span>${c.note}</span>`}
            <span class="meta">${when(c.recorded_at)} 登记</span>
          </li>`)}
        </ol>`}
      ${error && html`<p class="error" role="alert">${error}</p>`}
      ${canWrite && html`<${StandingForm} personId=${personId} name=${history.name} onSaved=${load} />`}
    </div>`;
}

/**
 * Record a change of standing: the new standing, the day it takes effect, an optional note.
 * @param {{ personId: string, name: string, onSaved: () => void }} props
 */
function StandingForm({ personId, name, onSaved }) {
  const [standing, setStanding] = useState("development_candidate");
  const [effectiveOn, setEffectiveOn] = useState(today());
  const [note, setNote] = useState("");
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const [saved, setSaved] = useState(/** @type {string | null} */ (null));
  const submit = async (/** @type {Event} */ event) => {
    event.preventDefault();
    setError(null);
    setSaved(null);
    try {
      await request("POST", `/people/${personId}/standing`, {
        body: { standing, effective_on: effectiveOn, note: note.trim() === "" ? null : note },
      });
      setNote("");
      setSaved(`已登记：${effectiveOn} 起为${PARTY_STANDING[standing]}。`);
      onSaved();
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 409
          ? `${name}在 ${effectiveOn} 已登记过一次变动；一天只能登记一次。`
          : refusal(e),
      );
    }
  };
  const field = (/** @type {string} */ f) => fieldError(error, f);
  return html`
    <form class="actions" onSubmit=${submit}>
      <h4>登记政治面貌变动</h4>
      <label for=${`standing-${personId}`}>政治面貌</label>
      <select id=${`standing-${personId}`} value=${standing} onChange=${(/** @type {any} */ e) => setStanding(e.currentTarget.value)}>
        ${Object.entries(PARTY_STANDING).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
      </select>
      ${field("/standing") && html`<p class="error">${field("/standing")}</p>`}
      <${Field} id=${`standing-on-${personId}`} label="生效日期（预备党员为预备期开始之日）" type="date" value=${effectiveOn}
        onInput=${setEffectiveOn} error=${field("/effective_on")} />
      <${Field} id=${`standing-note-${personId}`} label="说明（可选）" value=${note} onInput=${setNote}
        placeholder="如：由机关第二党支部转入" error=${field("/note")} />
      ${error && html`<p class="error" role="alert">${typeof error === "string" ? error : say(error)}</p>`}
      ${saved && html`<p class="success" role="status">${saved}</p>`}
      <div class="buttons"><button type="submit">登记变动</button></div>
    </form>`;
}
