// @ts-check
// Scheduling a meeting: unit, kind, title, time, place and agenda; the time is taken in the
// reader's own zone and sent with its offset.
import { html, useState } from "./vendor/preact-htm.module.js";
import { ApiError, request } from "./api.js";
import { Field, MEETING_KIND, Refusal, fieldError, refusal } from "./ui.js";

/** @typedef {import('./schema').components['schemas']['MembershipOfMe']} Membership */

/** @param {{ units: Membership[], onCreated: (id: string) => void, onCancel: () => void }} props */
export function NewMeeting({ units, onCreated, onCancel }) {
  const [unit, setUnit] = useState(units[0]?.org_unit_id ?? "");
  const [kind, setKind] = useState("committee_meeting");
  const [title, setTitle] = useState("");
  const [startsAt, setStartsAt] = useState("");
  const [location, setLocation] = useState("");
  const [agenda, setAgenda] = useState("");
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const submit = async (/** @type {Event} */ event) => {
    event.preventDefault();
    setError(null);
    try {
      const { data } = await request("POST", "/meetings", {
        body: {
          org_unit_id: unit,
          kind,
          title,
          starts_at: startsAt ? new Date(startsAt).toISOString() : "",
          location: location.trim() === "" ? null : location,
          agenda: agenda.split("\n").map((line) => line.trim()).filter(Boolean),
        },
      });
      onCreated(/** @type {{ id: string }} */ (data).id);
    } catch (e) {
      setError(refusal(e));
    }
  };
  const field = (/** @type {string} */ name) => fieldError(error, name);
  const choose = (/** @type {(v: string) => void} */ to) => (/** @type {any} */ e) => to(e.currentTarget.value);
  return html`
    <form class="card wide" onSubmit=${submit}>
      <h2>新建会议</h2>
      <label for="meeting-unit">党组织</label>
      <select id="meeting-unit" value=${unit} onChange=${choose(setUnit)}>
        ${units.map((u) => html`<option value=${u.org_unit_id}>${u.org_unit_name}</option>`)}
      </select>
      <label for="meeting-kind">会议类型</label>
      <select id="meeting-kind" value=${kind} onChange=${choose(setKind)}>
        ${Object.entries(MEETING_KIND).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
      </select>
      <${Field} id="meeting-title" label="会议名称" value=${title} onInput=${setTitle} error=${field("/title")} />
      <${Field} id="meeting-starts" label="开始时间" type="datetime-local" value=${startsAt}
        onInput=${setStartsAt} error=${field("/starts_at")} />
      <${Field} id="meeting-location" label="地点（可选）" value=${location} onInput=${setLocation}
        error=${field("/location")} />
      <${Field} id="meeting-agenda" label="议程（每行一项，可选）" multiline=${true} value=${agenda}
        onInput=${setAgenda} error=${field("/agenda")} />
      <${Refusal} error=${error} />
      <div class="buttons">
        <button type="submit">创建会议</button>
        <button type="button" class="secondary" onClick=${onCancel}>取消</button>
      </div>
    </form>`;
}
