// @ts-check
// The decisions of a meeting (决议) and how each was voted. The secretary records the motion,
// the method and the counts, with written opinions, exclusions and (for a show of hands) who
// voted how; the service works out who was due and present with a vote and whether the
// motion passed, and says by which rule — the card shows that sentence, never a count of its own.
import { html, useEffect, useState } from "./vendor/preact-htm.module.js";
import { ApiError, request } from "./api.js";
import { DECIDED_STANDING, DecidedStanding } from "./standing.js";
import { Field, PARTY_STANDING, fieldError, refusal, say } from "./ui.js";

/** @typedef {import('./schema').components['schemas']} Schemas */
/** @typedef {Schemas['MeetingDecision']} MeetingDecision */
/** @typedef {Schemas['DecisionList']} DecisionList */
/** @typedef {Schemas['RollEntry']} RollEntry */
/** @typedef {Schemas['VotingSummary']} VotingSummary */
/** @typedef {Schemas['DecisionKind']} DecisionKind */
/** @typedef {Schemas['Vote']} Vote */

/** @type {Record<string, string>} */
export const DECISION_KIND = {
  admission: "接收预备党员",
  confirmation: "预备党员转正",
  extension: "延长预备期",
  cancellation: "取消预备党员资格",
  commendation: "表彰",
  discipline: "处分建议",
  election: "选举",
  other: "其他",
};
/** @type {Record<string, string>} */
export const VOTING_METHOD = { show_of_hands: "举手表决", secret_ballot: "无记名投票" };
/** @type {Record<string, string>} */
export const VOTE = { in_favour: "赞成", against: "反对", abstaining: "弃权" };

/** The standing a decision on membership is about; the service checks it on the meeting's day. */
/** @type {Record<string, string>} */
const CANDIDATE_STANDING = {
  admission: "development_candidate",
  confirmation: "probationary_member",
  extension: "probationary_member",
  cancellation: "probationary_member",
};

/** 应到/实到 with voting rights, in the words the minutes use. */
export function votingSummary(/** @type {VotingSummary} */ s) {
  const probationary = s.probationary_members > 0 ? `；预备党员 ${s.probationary_members} 人，不参加表决` : "";
  return `应到会有表决权党员 ${s.full_members} 人，实到 ${s.full_present} 人${probationary}`;
}

/** @type {Record<string, string>} */
const FIELD = {
  "/kind": "类型",
  "/motion": "表决事项",
  "/candidate_ids": "表决对象",
  "/method": "表决方式",
  "/in_favour": "赞成票数",
  "/against": "反对票数",
  "/abstaining": "弃权票数",
  "/written_opinions": "书面意见",
  "/exclusions": "不计入应到人数的党员",
  "/votes": "记名表决",
};

/** A field the service named, in words: `/written_opinions/0/person_id` is "第 1 份书面意见". */
function where(/** @type {string} */ field) {
  const part = /^\/(candidate_ids|written_opinions|exclusions|votes)\/(\d+)(?:\/(\w+))?$/.exec(field);
  if (part) {
    const n = Number(part[2]) + 1;
    if (part[1] === "candidate_ids") return "表决对象";
    if (part[1] === "written_opinions") return `第 ${n} 份书面意见${part[3] === "vote" ? "的意见" : "的提交人"}`;
    if (part[1] === "votes") return `第 ${n} 个记名表决`;
    const what = { reason: "的事由", approval: "的批准情况" }[part[3] ?? ""] ?? "";
    return `第 ${n} 名不计入应到人数的党员${what}`;
  }
  // An empty field is the counts as a whole (more excluded than members, and the like).
  return FIELD[field] ?? "票数";
}

/** A judgement's problem (`/votes/0/person_id: …`) with its field in words. */
function problem(/** @type {string} */ text) {
  const named = /^(\/\S*): ([\s\S]*)$/.exec(text);
  return named ? `${where(named[1])}：${named[2]}` : text;
}

/** A refusal: each field the service named, in words, with its rule. */
function Refused(/** @type {{ error: ApiError | string | null }} */ { error }) {
  if (!error) return null;
  const errors = error instanceof ApiError && error.status === 422 ? (error.problem.errors ?? []) : [];
  if (errors.length === 0) {
    return html`<p class="error" role="alert">${error instanceof ApiError ? say(error) : error}</p>`;
  }
  return html`<div class="error" role="alert">
    <p>填写的内容有误，未保存：</p>
    <ul class="problems">${errors.map((e) => html`<li key=${e.field}>${where(e.field)}：${e.message}</li>`)}</ul>
  </div>`;
}

/**
 * The decisions section of a meeting: each decision as a card with its result and the rule
 * that decided it; for the secretary while the meeting is open, recording, correcting and
 * deleting them, and (also once finalized) registering the change of standing a passed
 * decision on membership made. `version` is the meeting's: a new attendance list re-reads
 * the judgements.
 * `onChanged` reads the meeting again (recording a decision marks it held).
 * @param {{ meetingId: string, version: number, writable: boolean, canRecord: boolean, onChanged: () => void }} props
 */
export function MeetingDecisions({ meetingId, version, writable, canRecord, onChanged }) {
  const [list, setList] = useState(/** @type {DecisionList | null} */ (null));
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(/** @type {string | null} */ (null));
  const load = async () => {
    try {
      const { data } = await request("GET", `/meetings/${meetingId}/decisions`);
      setList(/** @type {DecisionList} */ (data));
      setError(null);
    } catch (e) {
      setError(say(e));
    }
  };
  useEffect(() => {
    load();
  }, [meetingId, version]);
  const changed = () => {
    load();
    onChanged();
  };
  const remove = async (/** @type {MeetingDecision} */ d) => {
    if (!confirm(`删除第 ${d.position} 项表决“${d.motion}”？删除后不可恢复。`)) return;
    try {
      await request("DELETE", `/decisions/${d.id}`, { ifMatch: `"${d.version}"` });
      setEditing(null);
      changed();
    } catch (e) {
      setError(say(e));
    }
  };
  const decisions = list?.decisions ?? [];
  // A meeting that voted on nothing and can no longer record a vote needs no empty section.
  if (list && decisions.length === 0 && !writable && !error) return null;
  return html`
    <section class="decisions-of" aria-labelledby="decisions-heading">
      <h3 id="decisions-heading">表决事项（决议）（${list ? decisions.length : "…"}）</h3>
      ${error && html`<p class="error" role="alert">${error}</p>`}
      ${list && decisions.length === 0 && html`<p class="status">尚未记录表决事项。</p>`}
      <ol class="decisions">
        ${decisions.map((d) => html`<li key=${d.id}>
          <${DecisionCard} decision=${d} />
          ${canRecord && list && d.judgement.passed && !d.judgement.problem && DECIDED_STANDING[d.kind] && d.candidates.length === 1 &&
            html`<${DecidedStanding} key=${d.version} decisionId=${d.id} personId=${d.candidates[0].person_id}
              name=${d.candidates[0].name} standing=${DECIDED_STANDING[d.kind]} day=${list.day} />`}
          ${writable && !d.standing_recorded && editing !== d.id && html`<div class="buttons">
            <button class="secondary" aria-label=${`修改第 ${d.position} 项表决`}
              onClick=${() => { setAdding(false); setEditing(d.id); }}>修改</button>
            <button class="secondary" aria-label=${`删除第 ${d.position} 项表决`} onClick=${() => remove(d)}>删除</button>
          </div>`}
          ${writable && editing === d.id && list && html`<${DecisionForm} meetingId=${meetingId} roll=${list.roll}
            decision=${d} onSaved=${() => { setEditing(null); changed(); }} onCancel=${() => setEditing(null)} />`}
        </li>`)}
      </ol>
      ${writable && list && !adding && html`<button onClick=${() => { setEditing(null); setAdding(true); }}>记录表决事项</button>`}
      ${writable && list && adding && html`<${DecisionForm} meetingId=${meetingId} roll=${list.roll}
        onSaved=${() => { setAdding(false); changed(); }} onCancel=${() => setAdding(false)} />`}
    </section>`;
}

/** @param {{ decision: MeetingDecision }} props */
function DecisionCard({ decision: d }) {
  const j = d.judgement;
  const names = d.candidates.map((c) => c.name).join("、");
  const membership = d.kind in CANDIDATE_STANDING;
  const named = Object.entries(VOTE)
    .map(([vote, label]) => [label, d.votes.filter((v) => v.vote === vote).map((v) => v.name)])
    .filter(([, who]) => who.length > 0)
    .map(([label, who]) => `${label}：${/** @type {string[]} */ (who).join("、")}`);
  const due = [
    `应到会有表决权党员 ${j.due} 人`,
    j.excluded > 0 ? `（正式党员 ${j.full_members} 人，经批准不计入 ${j.excluded} 人）` : "",
    `，实到 ${j.present} 人`,
    j.written > 0 ? `，书面意见 ${j.written} 份` : "",
    j.probationary_present > 0 ? `；到会预备党员 ${j.probationary_present} 人，不参加表决` : "",
  ].join("");
  return html`
    <div class="meta">${[`第 ${d.position} 项`, DECISION_KIND[d.kind] ?? d.kind, VOTING_METHOD[d.method] ?? d.method].join(" · ")}</div>
    <p class="motion">${d.motion}</p>
    ${names && html`<p>${membership ? "表决对象" : "涉及人员"}：${names}</p>`}
    <p class="counts">赞成 ${d.in_favour} 票 · 反对 ${d.against} 票 · 弃权 ${d.abstaining} 票</p>
    <p class="meta">${due}</p>
    ${d.written_opinions.length > 0 && html`<p>书面意见：${d.written_opinions.map((o) => `${o.name}（${VOTE[o.vote] ?? o.vote}）`).join("、")}</p>`}
    ${d.exclusions.length > 0 && html`<div>经批准不计入应到会人数：
      <ul class="exclusions">${d.exclusions.map((e) => html`<li key=${e.person_id}>${e.name}：${e.reason}（${e.approval}）</li>`)}</ul>
    </div>`}
    ${named.length > 0 && html`<p>记名表决：${named.join("；")}</p>`}
    ${j.problem
      ? html`<p class="result pending">待更正</p>
        <p class="warning" role="note">出席情况或政治面貌已变动，这项表决的记录已不成立，更正后方可定稿：${problem(j.problem)}</p>`
      : html`<p class=${`result ${j.passed ? "passed" : "failed"}`}>${j.passed ? "通过" : "未通过"}</p>`}
    <p class="basis">依据：${j.reason}</p>`;
}

/** @typedef {{ person_id: string, vote: string }} OpinionRow */
/** @typedef {{ person_id: string, reason: string, approval: string }} ExclusionRow */

/**
 * Record a decision, or correct one (`decision` given: the whole of it is sent again under its
 * ETag). People are chosen from the roll of the meeting's day; the service decides.
 * @param {{ meetingId: string, roll: RollEntry[], decision?: MeetingDecision, onSaved: () => void, onCancel: () => void }} props
 */
function DecisionForm({ meetingId, roll, decision, onSaved, onCancel }) {
  const key = decision?.id ?? "new";
  const [kind, setKind] = useState(/** @type {string} */ (decision?.kind ?? "admission"));
  const [motion, setMotion] = useState(decision?.motion ?? "");
  const [candidates, setCandidates] = useState(decision?.candidates.map((c) => c.person_id) ?? []);
  const [method, setMethod] = useState(
    /** @type {string} */ (decision?.method ?? (kind === "admission" || kind === "confirmation" ? "secret_ballot" : "show_of_hands")),
  );
  const [counts, setCounts] = useState({
    in_favour: String(decision?.in_favour ?? 0),
    against: String(decision?.against ?? 0),
    abstaining: String(decision?.abstaining ?? 0),
  });
  const [opinions, setOpinions] = useState(
    /** @type {OpinionRow[]} */ (decision?.written_opinions.map((o) => ({ person_id: o.person_id, vote: o.vote })) ?? []),
  );
  const [exclusions, setExclusions] = useState(
    /** @type {ExclusionRow[]} */ (decision?.exclusions.map((e) => ({ person_id: e.person_id, reason: e.reason, approval: e.approval })) ?? []),
  );
  const [votes, setVotes] = useState(
    /** @type {Record<string, string>} */ (Object.fromEntries(decision?.votes.map((v) => [v.person_id, v.vote]) ?? [])),
  );
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const [busy, setBusy] = useState(false);

  // Only full members vote; those not present may give a written opinion or be left out.
  const full = roll.filter((r) => r.standing === "full_member");
  const absent = full.filter((r) => r.attendance !== "present");
  const present = full.filter((r) => r.attendance === "present");
  const need = CANDIDATE_STANDING[kind];
  const offered = need ? roll.filter((r) => r.standing === need || candidates.includes(r.person_id)) : roll;
  const name = (/** @type {string} */ person) => roll.find((r) => r.person_id === person)?.name ?? "（不在本支部名册）";
  const field = (/** @type {string} */ f) => fieldError(error, f);
  const choose = (/** @type {(v: string) => void} */ to) => (/** @type {any} */ e) => to(e.currentTarget.value);
  const number = (/** @type {string} */ v) => (/^\s*\d+\s*$/.test(v) ? Number(v) : v.trim() === "" ? null : v);

  // Who voted how, in the order sent: a refusal names an entry by its place in this list.
  const named = Object.entries(votes)
    .filter(([, v]) => v)
    .map(([person_id, vote]) => ({ person_id, vote }));
  const voters = [
    ...present.map((r) => ({ person_id: r.person_id, name: r.name })),
    ...named.filter((v) => !present.some((r) => r.person_id === v.person_id)).map((v) => ({ person_id: v.person_id, name: name(v.person_id) })),
  ];
  const chooseKind = (/** @type {string} */ next) => {
    setKind(next);
    // Admission and confirmation are voted by secret ballot (发展党员工作细则 Art. 21, 33).
    if (!decision && (next === "admission" || next === "confirmation")) setMethod("secret_ballot");
    if (CANDIDATE_STANDING[next]) setCandidates(candidates.slice(0, 1));
  };
  /** Add the written opinions and the named votes up into the three counts. */
  const countUp = () => {
    const all = [...opinions.map((o) => o.vote), ...Object.values(votes).filter(Boolean)];
    setCounts({
      in_favour: String(all.filter((v) => v === "in_favour").length),
      against: String(all.filter((v) => v === "against").length),
      abstaining: String(all.filter((v) => v === "abstaining").length),
    });
  };
  const submit = async (/** @type {Event} */ event) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    const body = {
      kind,
      motion,
      candidate_ids: candidates,
      method,
      in_favour: number(counts.in_favour),
      against: number(counts.against),
      abstaining: number(counts.abstaining),
      written_opinions: opinions,
      exclusions,
      votes: method === "show_of_hands" ? named : [],
    };
    try {
      if (decision) {
        await request("PUT", `/decisions/${decision.id}`, { body, ifMatch: `"${decision.version}"` });
      } else {
        await request("POST", `/meetings/${meetingId}/decisions`, { body });
      }
      onSaved();
    } catch (e) {
      setError(e instanceof ApiError && e.status === 412 ? "这项表决已被他人修改，请取消后重新打开再改。" : refusal(e));
    } finally {
      setBusy(false);
    }
  };
  const fieldNote = (/** @type {string} */ f) => field(f) && html`<p class="error">${field(f)}</p>`;

  return html`
    <form class=${decision ? "actions decision-form" : "card wide decision-form"} onSubmit=${submit}>
      ${!decision && html`<h3>记录表决事项</h3>`}
      <label for=${`decision-kind-${key}`}>类型</label>
      <select id=${`decision-kind-${key}`} value=${kind} onChange=${choose(chooseKind)}>
        ${Object.entries(DECISION_KIND).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
      </select>
      ${fieldNote("/kind")}
      <${Field} id=${`decision-motion-${key}`} label="表决事项" multiline=${true} value=${motion} onInput=${setMotion}
        placeholder="如：讨论接收刘洋同志为中共预备党员" error=${field("/motion")} />

      ${need
        ? html`
          <label for=${`decision-candidate-${key}`}>表决对象</label>
          <select id=${`decision-candidate-${key}`} value=${candidates[0] ?? ""}
            onChange=${(/** @type {any} */ e) => setCandidates(e.currentTarget.value ? [e.currentTarget.value] : [])}>
            <option value="">请选择</option>
            ${offered.map((r) => html`<option value=${r.person_id}>${r.name}${r.standing ? `（${PARTY_STANDING[r.standing] ?? r.standing}）` : ""}</option>`)}
          </select>
          ${offered.length === 0 && html`<p class="notice">会议当天本支部没有${PARTY_STANDING[need]}（请先在“人员”中登记其政治面貌）。</p>`}`
        : html`
          <details class="pick">
            <summary>涉及人员（可选，已选 ${candidates.length} 人）</summary>
            ${roll.map((r) => html`<label class="check" key=${r.person_id}>
              <input type="checkbox" checked=${candidates.includes(r.person_id)}
                onChange=${(/** @type {any} */ e) => setCandidates(e.currentTarget.checked
                  ? [...candidates, r.person_id]
                  : candidates.filter((c) => c !== r.person_id))} />${r.name}</label>`)}
          </details>`}
      ${fieldNote("/candidate_ids")}${fieldNote("/candidate_ids/0")}

      <label for=${`decision-method-${key}`}>表决方式</label>
      <select id=${`decision-method-${key}`} value=${method} onChange=${choose(setMethod)}>
        ${Object.entries(VOTING_METHOD).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
      </select>
      ${(kind === "admission" || kind === "confirmation") && html`<p class="meta">接收预备党员、预备党员转正须采用无记名投票，每名对象单独表决。</p>`}
      ${fieldNote("/method")}${fieldNote("/votes")}

      <fieldset class="counts">
        <legend>表决结果（票数均含书面意见）</legend>
        ${Object.entries(VOTE).map(([k, label]) => html`<div key=${k}>
          <${Field} id=${`decision-${k}-${key}`} label=${`${label}（票）`} type="number" value=${counts[/** @type {keyof typeof counts} */ (k)]}
            onInput=${(/** @type {string} */ v) => setCounts({ ...counts, [k]: v })} />
        </div>`)}
        ${Object.keys(VOTE).map((k) => field(`/${k}`) && html`<p class="error" key=${k}>${where(`/${k}`)}：${field(`/${k}`)}</p>`)}
      </fieldset>

      <fieldset>
        <legend>书面意见</legend>
        <p class="meta">因故不能到会的正式党员会前提交的书面意见，计入票数，不计入到会人数。</p>
        ${opinions.map((o, i) => html`<div class="row" key=${i}>
          <select aria-label=${`第 ${i + 1} 份书面意见：提交人`} value=${o.person_id}
            onChange=${(/** @type {any} */ e) => setOpinions(opinions.map((x, j) => (j === i ? { ...x, person_id: e.currentTarget.value } : x)))}>
            <option value="">请选择</option>
            ${absent.map((r) => html`<option value=${r.person_id}>${r.name}</option>`)}
            ${o.person_id && !absent.some((r) => r.person_id === o.person_id) && html`<option value=${o.person_id}>${name(o.person_id)}</option>`}
          </select>
          <select aria-label=${`第 ${i + 1} 份书面意见：意见`} value=${o.vote}
            onChange=${(/** @type {any} */ e) => setOpinions(opinions.map((x, j) => (j === i ? { ...x, vote: e.currentTarget.value } : x)))}>
            ${Object.entries(VOTE).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
          </select>
          <button type="button" class="secondary" aria-label=${`移除第 ${i + 1} 份书面意见`}
            onClick=${() => setOpinions(opinions.filter((_, j) => j !== i))}>移除</button>
          ${fieldNote(`/written_opinions/${i}/person_id`)}${fieldNote(`/written_opinions/${i}/vote`)}
        </div>`)}
        ${absent.length === 0 && opinions.length === 0 && html`<p class="meta">出席名单上的正式党员都已到会。</p>`}
        ${absent.length > 0 && html`<button type="button" class="secondary"
          onClick=${() => setOpinions([...opinions, { person_id: "", vote: "in_favour" }])}>添加书面意见</button>`}
        ${fieldNote("/written_opinions")}
      </fieldset>

      <fieldset>
        <legend>不计入应到会人数的党员</legend>
        <p class="meta">经上级党组织批准（如长期患病、出国半年以上等），写明事由和批准情况。</p>
        ${exclusions.map((x, i) => html`<div class="row wrap" key=${i}>
          <select aria-label=${`不计入应到人数的第 ${i + 1} 名党员`} value=${x.person_id}
            onChange=${(/** @type {any} */ e) => setExclusions(exclusions.map((y, j) => (j === i ? { ...y, person_id: e.currentTarget.value } : y)))}>
            <option value="">请选择</option>
            ${absent.map((r) => html`<option value=${r.person_id}>${r.name}</option>`)}
            ${x.person_id && !absent.some((r) => r.person_id === x.person_id) && html`<option value=${x.person_id}>${name(x.person_id)}</option>`}
          </select>
          <input aria-label=${`第 ${i + 1} 名的事由`} placeholder="事由，如：因病长期住院" value=${x.reason}
            onInput=${(/** @type {any} */ e) => setExclusions(exclusions.map((y, j) => (j === i ? { ...y, reason: e.currentTarget.value } : y)))} />
          <input aria-label=${`第 ${i + 1} 名的批准情况`} placeholder="批准情况，如：经机关党委批准" value=${x.approval}
            onInput=${(/** @type {any} */ e) => setExclusions(exclusions.map((y, j) => (j === i ? { ...y, approval: e.currentTarget.value } : y)))} />
          <button type="button" class="secondary" aria-label=${`移除不计入应到人数的第 ${i + 1} 名党员`}
            onClick=${() => setExclusions(exclusions.filter((_, j) => j !== i))}>移除</button>
          ${fieldNote(`/exclusions/${i}/person_id`)}${fieldNote(`/exclusions/${i}/reason`)}${fieldNote(`/exclusions/${i}/approval`)}
        </div>`)}
        ${absent.length > 0 && html`<button type="button" class="secondary"
          onClick=${() => setExclusions([...exclusions, { person_id: "", reason: "", approval: "" }])}>添加不计入的党员</button>`}
        ${fieldNote("/exclusions")}
      </fieldset>

      ${method === "show_of_hands" && voters.length > 0 && html`
        <details class="pick" open=${named.length > 0}>
          <summary>记名表决（可选）：到会正式党员各自的表决</summary>
          ${voters.map((r) => html`<div class="row" key=${r.person_id}>
            <label for=${`vote-${key}-${r.person_id}`} class="plain">${r.name}</label>
            <select id=${`vote-${key}-${r.person_id}`} value=${votes[r.person_id] ?? ""}
              onChange=${(/** @type {any} */ e) => setVotes({ ...votes, [r.person_id]: e.currentTarget.value })}>
              <option value="">（不记名）</option>
              ${Object.entries(VOTE).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
            </select>
            ${fieldNote(`/votes/${named.findIndex((v) => v.person_id === r.person_id)}/person_id`)}
          </div>`)}
          <button type="button" class="secondary" onClick=${countUp}>按记名表决和书面意见合计票数</button>
        </details>`}

      <${Refused} error=${error} />
      <div class="buttons">
        <button type="submit" disabled=${busy}>${decision ? "保存修改" : "保存表决事项"}</button>
        <button type="button" class="secondary" onClick=${onCancel}>取消</button>
      </div>
    </form>`;
}
