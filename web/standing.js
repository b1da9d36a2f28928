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
 * A member's standing today (said to be assumed while no change is recorded), the changes
 * newest first, and for the secretary the form to record one.
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
    const refused = await recordChange(personId, name, { standing, effective_on: effectiveOn, note });
    if (refused) {
      setError(refused);
      return;
    }
    setNote("");
    setSaved(`已登记：${effectiveOn} 起为${PARTY_STANDING[standing]}。`);
    onSaved();
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

/** What a passed decision on membership makes of its candidate. */
/** @type {Record<string, string>} */
export const DECIDED_STANDING = {
  admission: "probationary_member",
  extension: "probationary_member",
  confirmation: "full_member",
  cancellation: "non_member",
};

/**
 * Record the change of standing a passed decision made, naming that decision, so that the
 * person's history shows the meeting that decided it. The service checks the decision, the
 * standing it makes and the day (an admission's probation starts on the meeting's day).
 * @param {{ decisionId: string, personId: string, name: string, standing: string, day: string }} props
 */
export function DecidedStanding({ decisionId, personId, name, standing, day }) {
  const [open, setOpen] = useState(false);
  const [effectiveOn, setEffectiveOn] = useState(day);
  const [note, setNote] = useState("");
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const [saved, setSaved] = useState(/** @type {string | null} */ (null));
  const label = PARTY_STANDING[standing] ?? standing;
  // Recorded already (on another visit): said so, not offered again.
  useEffect(() => {
    request("GET", `/people/${personId}/standing`)
      .then(({ data }) => {
        const done = /** @type {StandingHistory} */ (data).changes.find((c) => c.decision_id === decisionId);
        if (done) setSaved(`已据此登记：${name}自 ${done.effective_on} 起为${PARTY_STANDING[done.standing] ?? done.standing}。`);
      })
      .catch(() => undefined);
  }, [decisionId, personId]);
  if (saved) return html`<p class="success" role="status">${saved}</p>`;
  if (!open) {
    return html`<div class="buttons"><button class="secondary" onClick=${() => setOpen(true)}>据此登记${name}的政治面貌</button></div>`;
  }
  const submit = async (/** @type {Event} */ event) => {
    event.preventDefault();
    setError(null);
    const refused = await recordChange(personId, name, { standing, effective_on: effectiveOn, decision_id: decisionId, note });
    if (refused) {
      setError(refused);
      return;
    }
    setSaved(`已登记：${name}自 ${effectiveOn} 起为${label}。`);
  };
  const field = (/** @type {string} */ f) => fieldError(error, f);
  return html`
    <form class="actions" onSubmit=${submit}>
      <p><strong>据此表决登记：${name}为${label}</strong></p>
      <${Field} id=${`decided-on-${decisionId}`} label=${standing === "probationary_member" ? "生效日期（预备期自支部党员大会通过之日起）" : "生效日期"}
        type="date" value=${effectiveOn} onInput=${setEffectiveOn} error=${field("/effective_on")} />
      <${Field} id=${`decided-note-${decisionId}`} label="说明（可选）" value=${note} onInput=${setNote} error=${field("/note")} />
      ${error && html`<p class="error" role="alert">${typeof error === "string" ? error : say(error)}</p>`}
      <div class="buttons">
        <button type="submit">登记</button>
        <button type="button" class="secondary" onClick=${() => setOpen(false)}>取消</button>
      </div>
    </form>`;
}

/**
 * Record a change of `name`'s standing: what to show when it is refused, else null.
 * @param {string} personId
 * @param {string} name
 * @param {{ standing: string, effective_on: string, note: string, decision_id?: string }} change
 * @returns {Promise<ApiError | string | null>}
 */
async function recordChange(personId, name, change) {
  try {
    await request("POST", `/people/${personId}/standing`, {
      body: { ...change, note: change.note.trim() === "" ? null : change.note },
    });
    return null;
  } catch (e) {
    return e instanceof ApiError && e.status === 409
      ? `${name}在 ${change.effective_on} 已登记过一次变动；一天只能登记一次。`
      : refusal(e);
  }
}
