// @ts-check
// One meeting as its secretary keeps it: particulars, the minutes to download, attendance
// (with who may vote), its decisions and how they were voted, the speeches in order (add,
// move, delete), and finalizing. Readers see the same, read-only.
import { html, useEffect, useState } from "./vendor/preact-htm.module.js";
import { ApiError, download, request } from "./api.js";
import { MeetingAttachments } from "./attachments.js";
import { MeetingDecisions, votingSummary } from "./decisions.js";
import { Field, MEETING_KIND, MEETING_STATUS, Refusal, fieldError, refusal, say, when } from "./ui.js";

/** @typedef {import('./schema').components['schemas']} Schemas */
/** @typedef {Schemas['Meeting']} Meeting */
/** @typedef {Schemas['MeetingDetail']} MeetingDetail */
/** @typedef {Schemas['Speech']} Speech */
/** @typedef {Schemas['Attendee']} Attendee */
/** @typedef {Schemas['Person']} Person */

/** @type {Record<string, string>} */
export const SPEECH_KIND = {
  remarks: "讲话",
  report: "报告",
  self_criticism: "剖析发言",
  criticism: "批评意见",
  response: "表态发言",
  comment: "点评",
  lecture: "党课讲稿",
  other: "其他",
};
/** @type {Record<string, string>} */
const ATTENDANCE = { present: "出席", leave: "请假", absent: "缺席" };

/**
 * @param {{ id: string, canWrite: boolean, onBack: () => void }} props
 */
export function MeetingPage({ id, canWrite, onBack }) {
  const [meeting, setMeeting] = useState(/** @type {MeetingDetail | null} */ (null));
  const [etag, setEtag] = useState(/** @type {string | null} */ (null));
  const [attendance, setAttendance] = useState(/** @type {Attendee[]} */ ([]));
  const [speeches, setSpeeches] = useState(/** @type {Speech[]} */ ([]));
  const [people, setPeople] = useState(/** @type {Person[]} */ ([]));
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const [stale, setStale] = useState(false);
  const [editing, setEditing] = useState(false);
  const [itemFrom, setItemFrom] = useState(/** @type {string | null} */ (null));
  const [editingSpeech, setEditingSpeech] = useState(/** @type {string | null} */ (null));

  const load = async () => {
    try {
      const m = await request("GET", `/meetings/${id}`);
      const found = /** @type {MeetingDetail} */ (m.data);
      const [a, s, p] = await Promise.all([
        request("GET", `/meetings/${id}/attendance`),
        request("GET", `/meetings/${id}/speeches?limit=200`),
        request("GET", `/people?org_unit_id=${found.org_unit_id}&limit=200`),
      ]);
      setMeeting(found);
      setEtag(m.etag);
      setAttendance(/** @type {Attendee[]} */ (a.data));
      setSpeeches(/** @type {{ items: Speech[] }} */ (s.data).items);
      setPeople(/** @type {{ items: Person[] }} */ (p.data).items);
      setStale(false);
      setError(null);
    } catch (e) {
      setError(say(e));
    }
  };
  useEffect(() => {
    load();
  }, [id]);

  /** Run a change, then read the meeting again; a 412 offers to reload what changed. */
  const change = async (/** @type {() => Promise<unknown>} */ call) => {
    setError(null);
    try {
      await call();
      await load();
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        setStale(true);
      }
      setError(say(e));
    }
  };

  if (!meeting) {
    return html`<section>
      <button class="secondary" onClick=${onBack}>← 返回会议列表</button>
      ${error ? html`<p class="error" role="alert">${error}</p>` : html`<p class="status">正在加载…</p>`}
    </section>`;
  }
  const writable = canWrite && meeting.status !== "finalized" && meeting.status !== "cancelled";
  const name = (/** @type {string | null} */ person) =>
    people.find((p) => p.id === person)?.name ?? "（其他单位人员）";
  const finalize = () => {
    const sure = confirm(
      "定稿后，会议信息、出席情况、表决事项和全部发言都将不可再修改，会议记录成为正式记录。确定定稿吗？",
    );
    if (sure) change(() => request("POST", `/meetings/${id}/finalize`, { ifMatch: etag ?? undefined }));
  };
  const summary = meeting.attendance_summary;
  // Votes are the 支部党员大会's (the service records decisions for it only), counted against
  // the branch's full members: the voting summary and the decisions belong to it alone.
  const assembly = meeting.kind === "general_assembly";
  return html`
    <section class="meeting">
      <button class="secondary" onClick=${onBack}>← 返回会议列表</button>
      <h2>${meeting.title}</h2>
      <p class="meta">${[
        MEETING_KIND[meeting.kind] ?? meeting.kind,
        when(meeting.starts_at),
        meeting.location,
        MEETING_STATUS[meeting.status] ?? meeting.status,
      ].filter(Boolean).join(" · ")}</p>
      <p class="meta">应到 ${summary.expected} 人 · 实到 ${summary.present} 人 · 请假 ${summary.leave} 人 · 缺席 ${summary.absent} 人</p>
      ${assembly && html`<p class="meta voting">${votingSummary(meeting.voting_summary)}</p>`}
      ${meeting.record_digest && html`<p class="meta digest">定稿记录摘要（SHA-256）：<code>${meeting.record_digest}</code>（与打印件页脚核对）</p>`}
      ${meeting.summary && html`<p class="summary">${meeting.summary}</p>`}
      ${error && html`<p class="error" role="alert">${error}</p>`}
      ${stale && html`<p class="notice">会议已被他人修改。<button class="secondary" onClick=${load}>重新加载最新内容</button></p>`}
      <div class="buttons">
        <button class="secondary" onClick=${() => change(() => download(`/meetings/${id}/minutes.docx`, "会议记录.docx"))}>下载 Word 会议记录</button>
        <button class="secondary" onClick=${() => change(() => download(`/meetings/${id}/minutes.md`, "会议记录.md"))}>下载 Markdown</button>
        ${writable && html`<button class="secondary" onClick=${() => setEditing(true)}>编辑会议信息</button>`}
        ${writable && meeting.status === "held" && html`<button onClick=${finalize}>定稿</button>`}
      </div>
      ${editing && html`<${EditParticulars} meeting=${meeting} etag=${etag}
        onSaved=${() => { setEditing(false); load(); }} onCancel=${() => setEditing(false)} />`}

      <${AttendanceGrid} people=${people} attendance=${attendance} writable=${writable}
        onSave=${async (/** @type {unknown} */ list) => {
          setError(null);
          try {
            await request("PUT", `/meetings/${id}/attendance`, { body: list, ifMatch: etag ?? undefined });
          } catch (e) {
            if (e instanceof ApiError && e.status === 412) setStale(true);
            throw e;
          }
          await load();
        }} />

      ${assembly && html`<${MeetingDecisions} meetingId=${id} version=${meeting.version} writable=${writable}
        canRecord=${canWrite && meeting.status !== "cancelled"} onChanged=${load} />`}

      <${MeetingAttachments} meetingId=${id} writable=${writable} />

      <${MeetingContext} meeting=${meeting} />

      <h3>发言（${speeches.length}）</h3>
      <ol class="speeches">
        ${speeches.map((s, i) => html`
          <li key=${s.id}>
            <div class="meta">${[
              `第 ${s.position} 位`,
              name(s.speaker_id),
              SPEECH_KIND[s.kind] ?? s.kind,
              s.target_person_id ? `批评对象：${name(s.target_person_id)}` : null,
              s.written_statement ? "书面发言" : null,
              s.late_entered_on ? `补录（${s.late_entered_on} 录入）` : null,
              `${s.char_count} 字`,
            ].filter(Boolean).join(" · ")}</div>
            ${s.title && html`<strong>${s.title}</strong>`}
            <details><summary>全文</summary><p class="content">${s.content}</p></details>
            ${writable && html`<div class="buttons">
              <button class="secondary" disabled=${i === 0} aria-label=${`上移第 ${s.position} 位发言`}
                onClick=${() => change(() => request("PATCH", `/speeches/${s.id}`, { body: { position: s.position - 1 }, ifMatch: `"${s.version}"` }))}>上移</button>
              <button class="secondary" disabled=${i === speeches.length - 1} aria-label=${`下移第 ${s.position} 位发言`}
                onClick=${() => change(() => request("PATCH", `/speeches/${s.id}`, { body: { position: s.position + 1 }, ifMatch: `"${s.version}"` }))}>下移</button>
              <button class="secondary" aria-label=${`编辑第 ${s.position} 位发言`}
                onClick=${() => setEditingSpeech(editingSpeech === s.id ? null : s.id)}>编辑</button>
              <button class="secondary" aria-label=${`删除第 ${s.position} 位发言`}
                onClick=${() => confirm("删除这篇发言？") && change(() => request("DELETE", `/speeches/${s.id}`, { ifMatch: `"${s.version}"` }))}>删除</button>
            </div>`}
            ${editingSpeech === s.id && html`<${EditSpeech} speech=${s} people=${people}
              onSaved=${() => { setEditingSpeech(null); load(); }} onCancel=${() => setEditingSpeech(null)} />`}
            ${canWrite && meeting.status !== "cancelled" && html`<button class="secondary" aria-label=${`据第 ${s.position} 位发言创建整改事项`}
              onClick=${() => setItemFrom(itemFrom === s.id ? null : s.id)}>据此创建整改事项</button>`}
            ${itemFrom === s.id && html`<${NewItem} meeting=${meeting} speech=${s} people=${people} onDone=${() => undefined} />`}
          </li>`)}
      </ol>
      ${writable && html`<${NewSpeech} people=${people} attendance=${attendance}
        onAdd=${(/** @type {unknown} */ body) => request("POST", `/meetings/${id}/speeches`, { body }).then(load)} />`}
    </section>`;
}

/**
 * The attendance list: everyone expected, each present, on leave or absent (both with the
 * reason: the service refuses either without one).
 * @param {{ people: Person[], attendance: Attendee[], writable: boolean, onSave: (list: { person_id: string }[]) => Promise<void> }} props
 */
function AttendanceGrid({ people, attendance, writable, onSave }) {
  const initial = () =>
    Object.fromEntries(
      attendance.map((a) => [a.person_id, { status: a.status, reason: a.reason ?? "" }]),
    );
  const [rows, setRows] = useState(/** @type {Record<string, { status: string, reason: string }>} */ (initial()));
  useEffect(() => setRows(initial()), [attendance]);
  // Guests too: a visiting leader who speaks must be on the list (present: 列席).
  const listed = writable ? people : [];
  const set = (/** @type {string} */ person, /** @type {Partial<{ status: string, reason: string }>} */ patch) =>
    setRows({ ...rows, [person]: { ...(rows[person] ?? { status: "present", reason: "" }), ...patch } });
  // A refusal and the list it was for: the service names an entry by its place (`/3/reason`).
  const [refused, setRefused] = useState(/** @type {{ error: ApiError | string, sent: { person_id: string }[] } | null} */ (null));
  const save = async () => {
    // "Not listed" leaves a person off the list of those expected.
    const sent = Object.entries(rows).filter(([, r]) => r.status !== "").map(([person_id, r]) => ({
      person_id,
      status: r.status,
      reason: r.status === "present" ? null : r.reason,
    }));
    setRefused(null);
    try {
      await onSave(sent);
    } catch (e) {
      setRefused({ error: refusal(e), sent });
    }
  };
  /** The service's word on one person's row, if it named it. */
  const rowError = (/** @type {string} */ person) => {
    if (!refused || !(refused.error instanceof ApiError)) return null;
    const i = refused.sent.findIndex((r) => r.person_id === person);
    const named = (refused.error.problem.errors ?? []).filter((e) => e.field.startsWith(`/${i}/`));
    return named.length > 0 ? named.map((e) => e.message).join("；") : null;
  };
  if (!writable) {
    return html`<h3>出席情况</h3>
      <ul class="attendance">
        ${attendance.map((a) => html`<li key=${a.person_id}>${a.name} · ${ATTENDANCE[a.status] ?? a.status}${a.reason ? `（${a.reason}）` : ""}</li>`)}
      </ul>`;
  }
  return html`<h3>出席情况</h3>
    <table class="attendance">
      <thead><tr><th scope="col">姓名</th><th scope="col">情况</th><th scope="col">请假或缺席事由</th></tr></thead>
      <tbody>
        ${listed.map((p) => html`<tr key=${p.id}>
          <th scope="row">${p.name}</th>
          <td><select aria-label=${`${p.name}的出席情况`} value=${rows[p.id]?.status ?? ""}
              onChange=${(/** @type {any} */ e) => set(p.id, { status: e.currentTarget.value })}>
            <option value="">（不列入）</option>
            ${Object.entries(ATTENDANCE).map(([value, label]) => html`<option value=${value}>${p.kind === "guest" && value === "present" ? "列席" : label}</option>`)}
          </select></td>
          <td>${(rows[p.id]?.status === "leave" || rows[p.id]?.status === "absent") && html`<input
              aria-label=${`${p.name}的${rows[p.id].status === "leave" ? "请假" : "缺席"}事由`} value=${rows[p.id].reason}
              onInput=${(/** @type {any} */ e) => set(p.id, { reason: e.currentTarget.value })} />`}
            ${rowError(p.id) && html`<p class="error">${rowError(p.id)}</p>`}</td>
        </tr>`)}
      </tbody>
    </table>
    ${refused && html`<p class="error" role="alert">${typeof refused.error === "string" ? refused.error : say(refused.error)}</p>`}
    <button onClick=${save}>保存出席情况</button>`;
}

/**
 * Record a speech: speaker, kind (a criticism names whom it is addressed to), title, text.
 * Speakers are the people on the attendance list (the service refuses anyone else); someone
 * marked absent speaks by a written statement.
 * @param {{ people: Person[], attendance: Attendee[], onAdd: (body: unknown) => Promise<unknown> }} props
 */
function NewSpeech({ people, attendance, onAdd }) {
  const [speaker, setSpeaker] = useState("");
  const [kind, setKind] = useState("remarks");
  const [target, setTarget] = useState("");
  const [title, setTitle] = useState("");
  const [content, setContent] = useState("");
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const submit = async (/** @type {Event} */ event) => {
    event.preventDefault();
    setError(null);
    try {
      await onAdd({
        speaker_id: speaker,
        kind,
        title: title.trim() === "" ? null : title,
        content,
        target_person_id: kind === "criticism" ? target || null : null,
      });
      setTitle("");
      setContent("");
    } catch (e) {
      setError(refusal(e));
    }
  };
  const field = (/** @type {string} */ name) => fieldError(error, name);
  const choose = (/** @type {(v: string) => void} */ to) => (/** @type {any} */ e) => to(e.currentTarget.value);
  return html`
    <form class="card wide" onSubmit=${submit}>
      <h3>记录发言</h3>
      <label for="speaker">发言人</label>
      <select id="speaker" required value=${speaker} onChange=${choose(setSpeaker)}>
        <option value="">请选择</option>
        ${attendance.map((a) => html`<option value=${a.person_id}>${a.name}${a.title ? `（${a.title}）` : ""}${a.status === "absent" ? " · 缺席，书面发言" : ""}</option>`)}
      </select>
      ${attendance.length === 0 && html`<p class="notice">发言人须先列入出席情况（列席人员登记为“列席”）。</p>`}
      ${field("/speaker_id") && html`<p class="error">${field("/speaker_id")}</p>`}
      <label for="kind">类型</label>
      <select id="kind" value=${kind} onChange=${choose(setKind)}>
        ${Object.entries(SPEECH_KIND).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
      </select>
      ${kind === "criticism" && html`
        <label for="target">批评对象</label>
        <select id="target" required value=${target} onChange=${choose(setTarget)}>
          <option value="">请选择</option>
          ${people.filter((p) => p.id !== speaker).map((p) => html`<option value=${p.id}>${p.name}</option>`)}
        </select>
        ${field("/target_person_id") && html`<p class="error">${field("/target_person_id")}</p>`}`}
      <${Field} id="speech-title" label="标题（可选）" value=${title} onInput=${setTitle} error=${field("/title")} />
      <${Field} id="speech-content" label="发言内容" multiline=${true} value=${content} onInput=${setContent}
        error=${field("/content")} />
      <${Refusal} error=${error} />
      <button type="submit">保存发言</button>
    </form>`;
}

/** The particulars a secretary edits, with their Chinese names. */
const PARTICULARS = /** @type {const} */ ([
  ["title", "会议名称"],
  ["location", "地点"],
  ["summary", "会议纪要"],
]);

/**
 * Edit the particulars under optimistic locking: the PATCH carries the ETag the form was
 * opened with. When someone else changed the meeting meanwhile (412), the form shows what
 * they changed, and the secretary either takes their version or overwrites it deliberately.
 * @param {{ meeting: Meeting, etag: string | null, onSaved: () => void, onCancel: () => void }} props
 */
export function EditParticulars({ meeting, etag, onSaved, onCancel }) {
  const [base, setBase] = useState({ meeting, etag });
  const [values, setValues] = useState(
    /** @type {Record<string, string>} */ (
      Object.fromEntries(PARTICULARS.map(([k]) => [k, meeting[k] ?? ""]))
    ),
  );
  const [conflict, setConflict] = useState(/** @type {{ meeting: Meeting, etag: string | null } | null} */ (null));
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const body = () =>
    Object.fromEntries(
      PARTICULARS.map(([k]) => [k, k !== "title" && values[k].trim() === "" ? null : values[k]]),
    );
  const save = async (/** @type {string | null} */ tag) => {
    setError(null);
    try {
      await request("PATCH", `/meetings/${meeting.id}`, { body: body(), ifMatch: tag ?? undefined });
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        const current = await request("GET", `/meetings/${meeting.id}`);
        setConflict({ meeting: /** @type {Meeting} */ (current.data), etag: current.etag });
      } else {
        setError(refusal(e));
      }
    }
  };
  const field = (/** @type {string} */ name) => fieldError(error, `/${name}`);
  const changed = conflict
    ? PARTICULARS.filter(([k]) => (conflict.meeting[k] ?? "") !== (base.meeting[k] ?? ""))
    : [];
  return html`
    <form class="card wide" onSubmit=${(/** @type {Event} */ e) => { e.preventDefault(); save(base.etag); }}>
      <h3>编辑会议信息</h3>
      ${PARTICULARS.map(([k, label]) => html`<${Field} id=${`edit-${k}`} label=${label} value=${values[k]}
        multiline=${k === "summary"} onInput=${(/** @type {string} */ v) => setValues({ ...values, [k]: v })}
        error=${field(k)} />`)}
      <${Refusal} error=${error} />
      ${conflict && html`<div class="notice" role="alert">
        <p>您编辑期间，会议已被他人修改${changed.length ? "：" : "。"}</p>
        <ul>${changed.map(([k, label]) => html`<li key=${k}>${label}：“${base.meeting[k] ?? "（空）"}” → “${conflict.meeting[k] ?? "（空）"}”</li>`)}</ul>
        <div class="buttons">
          <button type="button" class="secondary" onClick=${() => {
            setValues(Object.fromEntries(PARTICULARS.map(([k]) => [k, conflict.meeting[k] ?? ""])));
            setBase(conflict);
            setConflict(null);
          }}>采用他人的版本</button>
          <button type="button" onClick=${() => { setBase(conflict); setConflict(null); save(conflict.etag); }}>用我的修改覆盖</button>
        </div>
      </div>`}
      <div class="buttons">
        <button type="submit">保存</button>
        <button type="button" class="secondary" onClick=${onCancel}>取消</button>
      </div>
    </form>`;
}

/**
 * Record a rectification item that came out of a speech: the problem, the measure, its owner
 * (a person of the unit) and the deadline.
 * @param {{ meeting: Meeting, speech: Speech, people: Person[], onDone: () => void }} props
 */
export function NewItem({ meeting, speech, people, onDone }) {
  const [problem, setProblem] = useState("");
  const [measure, setMeasure] = useState("");
  const [owner, setOwner] = useState(speech.target_person_id ?? speech.speaker_id);
  const [due, setDue] = useState("");
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const [saved, setSaved] = useState(false);
  const submit = async (/** @type {Event} */ event) => {
    event.preventDefault();
    setError(null);
    try {
      await request("POST", "/rectification-items", {
        body: {
          org_unit_id: meeting.org_unit_id,
          meeting_id: meeting.id,
          source_speech_id: speech.id,
          problem,
          measure,
          owner_id: owner,
          due_on: due,
        },
      });
      setSaved(true);
      onDone();
    } catch (e) {
      setError(refusal(e));
    }
  };
  if (saved) return html`<p class="notice">整改事项已创建。</p>`;
  const field = (/** @type {string} */ name) => fieldError(error, name);
  return html`
    <form class="actions" onSubmit=${submit}>
      <${Field} id=${`problem-${speech.id}`} label="查摆问题" multiline=${true} value=${problem}
        onInput=${setProblem} error=${field("/problem")} />
      <${Field} id=${`measure-${speech.id}`} label="整改措施" multiline=${true} value=${measure}
        onInput=${setMeasure} error=${field("/measure")} />
      <label for=${`owner-${speech.id}`}>责任人</label>
      <select id=${`owner-${speech.id}`} value=${owner} onChange=${(/** @type {any} */ e) => setOwner(e.currentTarget.value)}>
        ${people.map((p) => html`<option value=${p.id}>${p.name}</option>`)}
      </select>
      <${Field} id=${`due-${speech.id}`} label="整改时限" type="date" value=${due} onInput=${setDue}
        error=${field("/due_on")} />
      <${Refusal} error=${error} />
      <div class="buttons"><button type="submit">创建整改事项</button></div>
    </form>`;
}

/**
 * What the meeting carries over (the unit's items still open when it starts), and at a life
 * meeting who criticised whom.
 * @param {{ meeting: Meeting }} props
 */
export function MeetingContext({ meeting }) {
  const [carry, setCarry] = useState(/** @type {Schemas['RectificationItem'][] | null} */ (null));
  const [matrix, setMatrix] = useState(/** @type {Schemas['CriticismMatrix'] | null} */ (null));
  const life = meeting.kind === "organizational_life" || meeting.kind === "democratic_life";
  useEffect(() => {
    request("GET", `/meetings/${meeting.id}/carry-over`)
      .then(({ data }) => setCarry(/** @type {Schemas['RectificationItem'][]} */ (data)))
      .catch(() => setCarry([]));
    if (life) {
      request("GET", `/meetings/${meeting.id}/criticism-matrix`)
        .then(({ data }) => setMatrix(/** @type {Schemas['CriticismMatrix']} */ (data)))
        .catch(() => setMatrix(null));
    }
  }, [meeting.id, meeting.version]);
  return html`
    <h3>上次整改落实情况（${carry ? carry.length : "…"}）</h3>
    ${carry && carry.length === 0 && html`<p class="status">会议召开时没有未销号的整改事项。</p>`}
    ${carry && carry.length > 0 && html`<ul class="attendance">
      ${carry.map((i) => html`<li key=${i.id}>${i.problem}（截止 ${i.due_on}，进度 ${i.progress_percent}%）</li>`)}
    </ul>`}
    ${matrix && html`
      <h3>相互批评</h3>
      <table class="report">
        <thead><tr><th scope="col">提出人</th><th scope="col">被批评人</th><th scope="col">条数</th></tr></thead>
        <tbody>${matrix.pairs.map((p) => html`<tr key=${p.critic_id + p.target_id}>
          <td>${p.critic_name}</td><td>${p.target_name}</td><td>${p.count}</td></tr>`)}</tbody>
      </table>
      ${matrix.gave_none.length > 0 && html`<p class="notice">未提出批评意见：${matrix.gave_none.map((m) => m.name).join("、")}</p>`}
      ${matrix.received_none.length > 0 && html`<p class="notice">未收到批评意见：${matrix.received_none.map((m) => m.name).join("、")}</p>`}`}`;
}

/**
 * Edit a speech's title, kind, criticism target and text, under its own ETag.
 * @param {{ speech: Speech, people: Person[], onSaved: () => void, onCancel: () => void }} props
 */
export function EditSpeech({ speech, people, onSaved, onCancel }) {
  const [kind, setKind] = useState(/** @type {string} */ (speech.kind));
  const [target, setTarget] = useState(speech.target_person_id ?? "");
  const [title, setTitle] = useState(speech.title ?? "");
  const [content, setContent] = useState(speech.content);
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const submit = async (/** @type {Event} */ event) => {
    event.preventDefault();
    setError(null);
    try {
      await request("PATCH", `/speeches/${speech.id}`, {
        body: {
          kind,
          title: title.trim() === "" ? null : title,
          content,
          target_person_id: kind === "criticism" ? target || null : null,
        },
        ifMatch: `"${speech.version}"`,
      });
      onSaved();
    } catch (e) {
      setError(e instanceof ApiError && e.status === 412 ? "这篇发言已被他人修改，请取消后重新打开再改。" : refusal(e));
    }
  };
  const field = (/** @type {string} */ name) => fieldError(error, name);
  return html`
    <form class="actions" onSubmit=${submit}>
      <label for=${`kind-${speech.id}`}>类型</label>
      <select id=${`kind-${speech.id}`} value=${kind} onChange=${(/** @type {any} */ e) => setKind(e.currentTarget.value)}>
        ${Object.entries(SPEECH_KIND).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
      </select>
      ${kind === "criticism" && html`
        <label for=${`target-${speech.id}`}>批评对象</label>
        <select id=${`target-${speech.id}`} value=${target} onChange=${(/** @type {any} */ e) => setTarget(e.currentTarget.value)}>
          <option value="">请选择</option>
          ${people.filter((p) => p.id !== speech.speaker_id).map((p) => html`<option value=${p.id}>${p.name}</option>`)}
        </select>
        ${field("/target_person_id") && html`<p class="error">${field("/target_person_id")}</p>`}`}
      <${Field} id=${`title-${speech.id}`} label="标题（可选）" value=${title} onInput=${setTitle} error=${field("/title")} />
      <${Field} id=${`content-${speech.id}`} label="发言内容" multiline=${true} value=${content}
        onInput=${setContent} error=${field("/content")} />
      <${Refusal} error=${error} />
      <div class="buttons">
        <button type="submit">保存修改</button>
        <button type="button" class="secondary" onClick=${onCancel}>取消</button>
      </div>
    </form>`;
}
