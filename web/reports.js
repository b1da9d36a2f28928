// @ts-check
// Reports for reviewers and secretaries: the 三会一课 compliance of a year and the state of
// rectification, as tables with a simple bar chart (SVG built as elements, not as markup), and
// the ledgers (台账) of the unit and the units below it as spreadsheets to download.
import { html, useEffect, useState } from "./vendor/preact-htm.module.js";
import { download, request } from "./api.js";
import { ITEM_STATUS, MEETING_KIND, say } from "./ui.js";

/** @typedef {import('./schema').components['schemas']} Schemas */
/** @typedef {Schemas['ComplianceReport']} ComplianceReport */
/** @typedef {Schemas['RectificationReport']} RectificationReport */
/** @typedef {Schemas['MembershipOfMe']} Membership */

/** Horizontal bars, one per row, scaled to the largest value. */
function Bars(/** @type {{ rows: [string, number][], label: string }} */ { rows, label }) {
  const max = Math.max(1, ...rows.map(([, n]) => n));
  const height = rows.length * 28 + 8;
  return html`
    <svg class="bars" role="img" aria-label=${label} viewBox=${`0 0 320 ${height}`} width="100%">
      ${rows.map(([name, n], i) => html`
        <g key=${name} transform=${`translate(0 ${i * 28 + 4})`}>
          <text x="0" y="16" font-size="12">${name}</text>
          <rect x="90" y="4" height="16" width=${(n / max) * 190} fill="#b3121f" rx="3"></rect>
          <text x=${96 + (n / max) * 190} y="16" font-size="12">${n}</text>
        </g>`)}
    </svg>`;
}

/** @param {{ units: Membership[] }} props */
export function Reports({ units }) {
  const [unit, setUnit] = useState(units[0]?.org_unit_id ?? "");
  const [year, setYear] = useState(new Date().getFullYear());
  const [compliance, setCompliance] = useState(/** @type {ComplianceReport | null} */ (null));
  const [items, setItems] = useState(/** @type {RectificationReport | null} */ (null));
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const [downloading, setDownloading] = useState(false);
  /** Download a ledger; a refusal (too large, out of reach, busy) is shown like any other. */
  const ledger = (/** @type {string} */ path, /** @type {string} */ fallback) => {
    setDownloading(true);
    download(path, fallback)
      .then(() => setError(null))
      .catch((e) => setError(say(e)))
      .finally(() => setDownloading(false));
  };
  useEffect(() => {
    if (!unit) return;
    Promise.all([
      request("GET", `/reports/meeting-compliance?org_unit_id=${unit}&year=${year}`),
      request("GET", `/reports/rectification?org_unit_id=${unit}`),
    ])
      .then(([c, r]) => {
        setCompliance(/** @type {ComplianceReport} */ (c.data));
        setItems(/** @type {RectificationReport} */ (r.data));
        setError(null);
      })
      .catch((e) => setError(say(e)));
  }, [unit, year]);
  return html`
    <section>
      <h2>报表</h2>
      <div class="filters">
        <label for="report-unit">党组织</label>
        <select id="report-unit" value=${unit} onChange=${(/** @type {any} */ e) => setUnit(e.currentTarget.value)}>
          ${units.map((u) => html`<option value=${u.org_unit_id}>${u.org_unit_name}</option>`)}
        </select>
        <label for="report-year">年度</label>
        <input id="report-year" type="number" min="2000" max="2100" value=${year}
          onInput=${(/** @type {any} */ e) => setYear(Number(e.currentTarget.value))} />
      </div>
      <div class="buttons">
        <button class="secondary" disabled=${!unit || downloading}
          onClick=${() => ledger(`/org-units/${unit}/ledgers/rectification.xlsx`, "整改台账.xlsx")}>下载整改台账（Excel）</button>
        <button class="secondary" disabled=${!unit || downloading}
          onClick=${() => ledger(`/org-units/${unit}/ledgers/meetings.xlsx?year=${year}`, `${year}年会议台账.xlsx`)}>下载 ${year} 年会议台账（Excel）</button>
      </div>
      ${error && html`<p class="error" role="alert">${error}</p>`}
      ${items && html`
        <h3>整改情况（截至 ${items.as_of}）</h3>
        <${Bars} label="整改事项按状态统计" rows=${[
          [ITEM_STATUS.open, items.open],
          [ITEM_STATUS.in_progress, items.in_progress],
          [ITEM_STATUS.submitted, items.submitted],
          [ITEM_STATUS.verified, items.verified],
          ["已逾期", items.overdue],
        ]} />
        <table class="report">
          <thead><tr><th scope="col">责任人</th><th scope="col">总数</th><th scope="col">已销号</th><th scope="col">逾期</th></tr></thead>
          <tbody>${items.by_owner.map((o) => html`<tr key=${o.owner_id}>
            <th scope="row">${o.name}</th><td>${o.total}</td><td>${o.verified}</td><td>${o.overdue}</td></tr>`)}</tbody>
        </table>`}
      ${compliance && html`
        <h3>${compliance.year} 年“三会一课”落实情况</h3>
        <table class="report">
          <thead><tr><th scope="col">党组织</th><th scope="col">会议</th><th scope="col">应开期数</th><th scope="col">已达标</th><th scope="col">未达标期间</th></tr></thead>
          <tbody>${compliance.units.flatMap((u) => u.rules.map((r) => html`<tr key=${u.org_unit_id + r.meeting_kind}>
            <th scope="row">${u.name}</th>
            <td>${MEETING_KIND[r.meeting_kind] ?? r.meeting_kind}</td>
            <td>${r.periods_required}</td>
            <td>${r.periods_met}</td>
            <td class=${r.missed.length ? "missed" : ""}>${r.missed.join("、") || "—"}</td></tr>`))}</tbody>
        </table>`}
    </section>`;
}
