// @ts-check
// The people of a unit — members and guests who attend and speak — for its secretary: the
// list, adding one, changing a name, position (职务) or kind under its ETag, a member's party
// standing (政治面貌) with its dated changes, and importing
// the branch's member list from a spreadsheet (checked first, then written in one go).
import { html, useState } from "./vendor/preact-htm.module.js";
import { ApiError, request } from "./api.js";
import { Standing } from "./standing.js";
import { Field, Refusal, fieldError, refusal, usePages } from "./ui.js";

/** @typedef {import('./schema').components['schemas']} Schemas */
/** @typedef {Schemas['Person']} Person */
/** @typedef {Schemas['MembershipOfMe']} Membership */
/** @typedef {Schemas['PeopleImport']} PeopleImport */

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

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** @type {Record<string, string>} */
const COLUMN = { name: "姓名", title: "职务", kind: "类别", username: "用户名" };
/** @type {Record<string, string>} */
const OUTCOME = { created: "新增", updated: "更新", unchanged: "不变" };

/** A problem of the file in words: `/rows/3/name` is "第 3 行 姓名". */
function where(/** @type {string} */ field) {
  const row = /^\/rows\/(\d+)\/(\w+)$/.exec(field);
  if (row) return `第 ${row[1]} 行 ${COLUMN[row[2]] ?? row[2]}`;
  return field === "/rows" ? "人员行" : "文件";
}

/**
 * Import the member list of `unit` from an .xlsx or .csv file: "检查" answers what would
 * happen (a dry run), "导入" does it; the one-time passwords of new accounts are shown once.
 * @param {{ unit: string, onDone: () => void }} props
 */
function ImportForm({ unit, onDone }) {
  const [file, setFile] = useState(/** @type {File | null} */ (null));
  const [result, setResult] = useState(/** @type {PeopleImport | null} */ (null));
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const [busy, setBusy] = useState(false);
  const send = async (/** @type {boolean} */ dryRun) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const type = /\.xlsx$/i.test(file.name) ? XLSX : /\.csv$/i.test(file.name) ? "text/csv" : undefined;
      const { data } = await request("POST", `/org-units/${unit}/people/import${dryRun ? "?dry_run=true" : ""}`, {
        file,
        fileType: type,
      });
      setResult(/** @type {PeopleImport} */ (data));
      if (!dryRun) onDone();
    } catch (e) {
      setResult(null);
      setError(refusal(e));
    } finally {
      setBusy(false);
    }
  };
  const problems = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return html`
    <form class="card wide" onSubmit=${(/** @type {Event} */ e) => { e.preventDefault(); send(true); }}>
      <h3>导入人员名单</h3>
      <p class="meta">Excel（.xlsx）或 CSV 文件，第一行为列名：姓名（必填）、职务、类别（党员或列席，空为党员）、用户名（填写则为此人创建账号）。已登记的同名人员会更新，不会重复登记。</p>
      <label for="import-file">名单文件</label>
      <input id="import-file" type="file" accept=".xlsx,.csv"
        onChange=${(/** @type {any} */ e) => { setFile(e.currentTarget.files?.[0] ?? null); setResult(null); setError(null); }} />
      <${Refusal} error=${error} />
      ${problems.length > 0 && html`<ul class="problems">
        ${problems.map((p) => html`<li>${where(p.field)}：${p.message}</li>`)}
      </ul>`}
      ${result && html`
        <p role="status">${result.dry_run ? "检查通过，尚未导入：" : "已导入："}新增 ${result.created} 人，更新 ${result.updated} 人，不变 ${result.unchanged} 人，新建账号 ${result.accounts_created} 个。</p>
        ${result.accounts_created > 0 && !result.dry_run && html`<p class="warning">一次性密码只显示这一次，请抄下后交给本人，首次登录须修改密码。</p>`}
        <div class="table-wrap"><table class="report">
          <thead><tr><th>行</th><th>姓名</th><th>类别</th><th>职务</th><th>结果</th><th>账号</th>${!result.dry_run && html`<th>一次性密码</th>`}</tr></thead>
          <tbody>${result.rows.map((r) => html`<tr key=${r.row}>
            <td>${r.row}</td><td>${r.name}</td><td>${PERSON_KIND[r.kind] ?? r.kind}</td><td>${r.title ?? ""}</td>
            <td>${OUTCOME[r.outcome] ?? r.outcome}</td>
            <td>${r.username ? `${r.username}${r.account_created ? "（新建）" : ""}` : ""}</td>
            ${!result.dry_run && html`<td><code>${r.one_time_password ?? ""}</code></td>`}
          </tr>`)}</tbody>
        </table></div>`}
      <div class="buttons">
        <button type="submit" disabled=${!file || busy}>检查</button>
        ${result?.dry_run && html`<button type="button" disabled=${busy} onClick=${() => send(false)}>导入</button>`}
      </div>
    </form>`;
}

/** @param {{ units: Membership[] }} props */
export function People({ units }) {
  const [unit, setUnit] = useState(units[0]?.org_unit_id ?? "");
  const [editing, setEditing] = useState(/** @type {string | null} */ (null));
  const [standing, setStanding] = useState(/** @type {string | null} */ (null));
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
            : html`<div class="buttons">
                <button class="secondary" aria-label=${`修改${p.name}`} onClick=${() => setEditing(p.id)}>修改</button>
                ${p.kind === "member" && html`<button class="secondary" aria-label=${`${p.name}的政治面貌`} aria-expanded=${standing === p.id}
                  onClick=${() => setStanding(standing === p.id ? null : p.id)}>政治面貌</button>`}
              </div>`}
          ${standing === p.id && html`<${Standing} personId=${p.id} canWrite=${true} />`}
        </li>`)}
      </ul>
      ${loading && html`<p class="status">正在加载…</p>`}
      ${cursor && !loading && html`<button onClick=${more}>加载更多</button>`}
      ${unit && html`<${PersonForm} unit=${unit} onDone=${reload} />`}
      ${unit && html`<${ImportForm} key=${unit} unit=${unit} onDone=${reload} />`}
    </section>`;
}
