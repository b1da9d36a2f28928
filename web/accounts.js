// @ts-check
// The accounts of a unit, for its secretary: who may log in and with which role, a new
// account (with a one-time password, linked to a person of the unit), a password reset for
// someone who forgot theirs, and disabling an account that must no longer be used.
import { html, useState } from "./vendor/preact-htm.module.js";
import { ApiError, request } from "./api.js";
import { Field, ROLE, Refusal, fieldError, refusal, usePages } from "./ui.js";

/** @typedef {import('./schema').components['schemas']} Schemas */
/** @typedef {Schemas['Member']} Member */
/** @typedef {Schemas['Person']} Person */
/** @typedef {Schemas['MembershipOfMe']} Membership */

/** A one-time password, shown once, with what to do with it. */
function OneTime(/** @type {{ who: string, password: string }} */ { who, password }) {
  return html`<p class="warning" role="status">${who}的一次性密码：<code>${password}</code>（只显示这一次，请交给本人，首次登录须修改密码）</p>`;
}

/**
 * A new account in `unit`, optionally linked to a person of the unit who has none yet (so that
 * rectification items can be assigned to it).
 * @param {{ unit: string, onDone: () => void }} props
 */
function NewAccount({ unit, onDone }) {
  const [username, setUsername] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [role, setRole] = useState("member");
  const [person, setPerson] = useState("");
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const [made, setMade] = useState(/** @type {{ who: string, password: string } | null} */ (null));
  const people = usePages(`/people?org_unit_id=${unit}&limit=200`);
  const unlinked = /** @type {Person[]} */ (people.items).filter((p) => !p.user_id);
  const submit = async (/** @type {Event} */ event) => {
    event.preventDefault();
    setError(null);
    setMade(null);
    try {
      const { data } = await request("POST", "/users", {
        body: { username, display_name: displayName, org_unit_id: unit, role },
      });
      const created = /** @type {Schemas['CreatedUser']} */ (data);
      const linked = unlinked.find((p) => p.id === person);
      if (linked) {
        await request("PATCH", `/people/${linked.id}`, { body: { user_id: created.id }, ifMatch: `"${linked.version}"` });
      }
      setMade({ who: created.display_name, password: created.one_time_password ?? "" });
      setUsername("");
      setDisplayName("");
      setPerson("");
      people.reload();
      onDone();
    } catch (e) {
      setError(refusal(e));
    }
  };
  return html`
    <form class="card wide" onSubmit=${submit}>
      <h3>新建账号</h3>
      <${Field} id="account-username" label="用户名（字母、数字、. _ -）" value=${username} onInput=${setUsername} error=${fieldError(error, "/username")} />
      <${Field} id="account-name" label="显示名称" value=${displayName} onInput=${setDisplayName} error=${fieldError(error, "/display_name")} />
      <label for="account-role">角色</label>
      <select id="account-role" value=${role} onChange=${(/** @type {any} */ e) => setRole(e.currentTarget.value)}>
        ${Object.entries(ROLE).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
      </select>
      <label for="account-person">对应人员（可选）</label>
      <select id="account-person" value=${person} onChange=${(/** @type {any} */ e) => setPerson(e.currentTarget.value)}>
        <option value="">（不关联）</option>
        ${unlinked.map((p) => html`<option value=${p.id}>${p.name}</option>`)}
      </select>
      <${Refusal} error=${error} />
      ${made && html`<${OneTime} who=${made.who} password=${made.password} />`}
      <div class="buttons"><button type="submit">创建账号</button></div>
    </form>`;
}

/** @param {{ unit: string, member: Member, self: boolean, onChanged: () => void }} props */
function AccountRow({ unit, member, self, onChanged }) {
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const [oneTime, setOneTime] = useState(/** @type {string | null} */ (null));
  const act = async (/** @type {() => Promise<unknown>} */ action) => {
    setError(null);
    try {
      await action();
      onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  const reset = () =>
    act(async () => {
      if (!window.confirm(`重置${member.display_name}的密码？其现有登录将全部失效。`)) return;
      const { data } = await request("POST", `/users/${member.user_id}/password-reset`);
      setOneTime(/** @type {Schemas['PasswordReset']} */ (data).one_time_password);
    });
  const toggle = () =>
    act(() => request("PATCH", `/users/${member.user_id}`, { body: { disabled: !member.disabled } }));
  const changeRole = (/** @type {string} */ role) =>
    act(() => request("PUT", `/org-units/${unit}/members/${member.user_id}`, { body: { role } }));
  return html`<li>
    <strong>${member.display_name}</strong>
    <span class="meta">${[member.username, ROLE[member.role] ?? member.role, member.disabled ? "已停用" : null].filter(Boolean).join(" · ")}</span>
    ${!self && html`<div class="buttons">
      <label class="hidden" for=${`role-${member.user_id}`}>${member.display_name}的角色</label>
      <select id=${`role-${member.user_id}`} value=${member.role} onChange=${(/** @type {any} */ e) => changeRole(e.currentTarget.value)}>
        ${Object.entries(ROLE).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
      </select>
      <button class="secondary" aria-label=${`重置${member.display_name}的密码`} onClick=${reset}>重置密码</button>
      <button class="secondary" aria-label=${`${member.disabled ? "启用" : "停用"}${member.display_name}的账号`} onClick=${toggle}>${member.disabled ? "启用" : "停用"}</button>
    </div>`}
    ${oneTime && html`<${OneTime} who=${member.display_name} password=${oneTime} />`}
    ${error && html`<p class="error" role="alert">${error}</p>`}
  </li>`;
}

/** @param {{ units: Membership[], me: string }} props */
export function Accounts({ units, me }) {
  const [unit, setUnit] = useState(units[0]?.org_unit_id ?? "");
  const { items, cursor, error, loading, more, reload } = usePages(`/org-units/${unit}/members?limit=100`);
  const rows = /** @type {Member[]} */ (items);
  // A change to an account (a reset, say) clears the new-account form, so that no password
  // shown there is taken for the current one.
  const [changes, setChanges] = useState(0);
  const changed = () => {
    setChanges((n) => n + 1);
    reload();
  };
  return html`
    <section>
      <h2>账号</h2>
      ${units.length > 1 && html`<div class="filters">
        <label for="accounts-unit">党组织</label>
        <select id="accounts-unit" value=${unit} onChange=${(/** @type {any} */ e) => setUnit(e.currentTarget.value)}>
          ${units.map((u) => html`<option value=${u.org_unit_id}>${u.org_unit_name}</option>`)}
        </select>
      </div>`}
      ${error && html`<p class="error" role="alert">${error}</p>`}
      <ul class="list">
        ${rows.map((m) => html`<${AccountRow} key=${m.user_id} unit=${unit} member=${m} self=${m.user_id === me} onChanged=${changed} />`)}
      </ul>
      ${loading && html`<p class="status">正在加载…</p>`}
      ${cursor && !loading && html`<button onClick=${more}>加载更多</button>`}
      ${unit && html`<${NewAccount} key=${`${unit}-${changes}`} unit=${unit} onDone=${reload} />`}
    </section>`;
}
