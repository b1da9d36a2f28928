// @ts-check
// The people of a unit — members and guests who attend and speak — for its secretary: the
// list, adding one, and changing a name, position (职务) or kind under its ETag.
import { html, useState } from "./vendor/preact-htm.module.js";
import { ApiError, request } from "./api.js";
import { Field, Refusal, fieldError, refusal, usePages } from "./ui.js";

/** @typedef {import('./schema').components['schemas']} Schemas */
/** @typedef {Schemas['Person']} Person */
/** @typedef {Schemas['MembershipOfMe']} Membership */

/** @type {Record<string, string>} */
const PERSON_KIND = { member: "党员", guest: "列席人员" };

/**
 * Add a person, or change one (`person` given).
 * @param {{ unit: string, person?: Person, onDone: () => void, onCancel?: () => void }} props
 */
function PersonForm({ unit, person, onDone, onCancel }) {
  const [name, setName] = useState(person?.name ?? "");
  const [title, setTitle] = useState(person?.title ?? "");
  const [kind, setKind] = useState(/** @type {string} */ (person?.kind ?? "member"));
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const submit = async (/** @type {Event} */ event) => {
    event.preventDefault();
    setError(null);
    const fields = { name, title: title.trim() === "" ? null : title, kind };
    try {
      if (person) {
        await request("PATCH", `/people/${person.id}`, { body: fields, ifMatch: `"${person.version}"` });
      } else {
        await request("POST", "/people", { body: { org_unit_id: unit, ...fields } });
        setName("");
        setTitle("");
      }
      onDone();
    } catch (e) {
      setError(e instanceof ApiError && e.status === 412 ? "此人员信息已被他人修改，请取消后重新打开再改。" : refusal(e));
    }
  };
  const field = (/** @type {string} */ f) => fieldError(error, f);
  const id = person?.id ?? "new";
  return html`
    <form class=${person ? "actions" : "card wide"} onSubmit=${submit}>
      ${!person && html`<h3>添加人员</h3>`}
      <${Field} id=${`name-${id}`} label="姓名" value=${name} onInput=${setName} error=${field("/name")} />
      <${Field} id=${`title-${id}`} label="职务（可选）" value=${title} onInput=${setTitle} error=${field("/title")} />
      <label for=${`kind-${id}`}>类别</label>
      <select id=${`kind-${id}`} value=${kind} onChange=${(/** @type {any} */ e) => setKind(e.currentTarget.value)}>
        ${Object.entries(PERSON_KIND).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
      </select>
      <${Refusal} error=${error} />
      <div class="buttons">
        <button type="submit">${person ? "保存修改" : "添加"}</button>
        ${onCancel && html`<button type="button" class="secondary" onClick=${onCancel}>取消</button>`}
      </div>
    </form>`;
}

/** @param {{ units: Membership[] }} props */
export function People({ units }) {
  const [unit, setUnit] = useState(units[0]?.org_unit_id ?? "");
  const [editing, setEditing] = useState(/** @type {string | null} */ (null));
  const { items, cursor, error, loading, more, reload } = usePages(`/people?org_unit_id=${unit}&limit=100`);
  const rows = /** @type {Person[]} */ (items);
  return html`
    <section>
      <h2>人员</h2>
      ${units.length > 1 && html`<div class="filters">
        <label for="people-unit">党组织</label>
        <select id="people-unit" value=${unit} onChange=${(/** @type {any} */ e) => setUnit(e.currentTarget.value)}>
          ${units.map((u) => html`<option value=${u.org_unit_id}>${u.org_unit_name}</option>`)}
        </select>
      </div>`}
      ${error && html`<p class="error" role="alert">${error}</p>`}
      <ul class="list">
        ${rows.map((p) => html`<li key=${p.id}>
          <strong>${p.name}</strong>
          <span class="meta">${[PERSON_KIND[p.kind] ?? p.kind, p.title, p.user_id ? "已关联账号" : null].filter(Boolean).join(" · ")}</span>
          ${editing === p.id
            ? html`<${PersonForm} unit=${unit} person=${p} onDone=${() => { setEditing(null); reload(); }} onCancel=${() => setEditing(null)} />`
            : html`<div class="buttons"><button class="secondary" aria-label=${`修改${p.name}`} onClick=${() => setEditing(p.id)}>修改</button></div>`}
        </li>`)}
      </ul>
      ${loading && html`<p class="status">正在加载…</p>`}
      ${cursor && !loading && html`<button onClick=${more}>加载更多</button>`}
      ${unit && html`<${PersonForm} unit=${unit} onDone=${reload} />`}
    </section>`;
}
