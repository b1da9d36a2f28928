// @ts-check
// Attachments: a meeting's 签到表, photos and materials, and the 佐证材料 of a rectification
// item or its progress updates — listed with thumbnails, downloaded, uploaded (also straight
// from a phone's camera) and deleted. The file goes to the service as it is; the service
// decides its type from the content.
import { html, useEffect, useState } from "./vendor/preact-htm.module.js";
import { ApiError, download, fetchFile, request } from "./api.js";
import { say, when } from "./ui.js";

/** @typedef {import('./schema').components['schemas']} Schemas */
/** @typedef {Schemas['Attachment']} Attachment */
/** @typedef {Schemas['ProgressUpdate']} ProgressUpdate */

/** A meeting's kinds of attachment, in the order they are listed. */
/** @type {Record<string, string>} */
export const ATTACHMENT_KIND = { sign_in_sheet: "签到表", photo: "会议照片", material: "会议材料", other: "其他" };
/** What the file chooser offers: what the service accepts. */
const ACCEPT = "image/*,application/pdf,.docx,.xlsx,.pptx";
/** A short word for a file that has no thumbnail. */
/** @type {Record<string, string>} */
const TYPE_WORD = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PPT",
  "image/heic": "HEIC",
};

/** A size as people read it: KB below a megabyte, else MB with one decimal. */
export function size(/** @type {number} */ bytes) {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why an upload failed, in words: the limit and the accepted types said plainly. */
export function uploadRefusal(/** @type {unknown} */ error, /** @type {File} */ file) {
  if (error instanceof ApiError && error.status === 413) {
    // The service names its limit (it is configurable): "at most 20971520 bytes".
    const limit = /at most (\d+) bytes/.exec(error.message);
    return limit
      ? `“${file.name}”未能上传：文件超过 ${Math.round(Number(limit[1]) / (1024 * 1024))} MB。`
      : `“${file.name}”未能上传：文件过大。`;
  }
  if (error instanceof ApiError && error.status === 415) {
    return `“${file.name}”未能上传：只能上传图片（JPEG/PNG/WebP/HEIC）、PDF 或 Word/Excel/PowerPoint 文件。（${error.message.split(";")[0]}）`;
  }
  return `“${file.name}”未能上传：${say(error)}`;
}

/** A picture's thumbnail, fetched with the token and shown as a data: address (the page's
 * policy allows no other kind of image but its own files). */
function Thumbnail(/** @type {{ attachment: Attachment }} */ { attachment }) {
  const [src, setSrc] = useState(/** @type {string | null} */ (null));
  useEffect(() => {
    let gone = false;
    fetchFile(`/attachments/${attachment.id}/thumbnail`)
      .then(({ blob }) => {
        const reader = new FileReader();
        reader.onload = () => {
          if (!gone && typeof reader.result === "string") setSrc(reader.result);
        };
        reader.readAsDataURL(blob);
      })
      .catch(() => undefined);
    return () => {
      gone = true;
    };
  }, [attachment.id]);
  return src
    ? html`<img class="thumb" src=${src} alt=${`${attachment.file_name}的缩略图`} />`
    : html`<span class="thumb placeholder" aria-hidden="true">图片</span>`;
}

/**
 * A list of attachments: thumbnail (or the kind of document), name, size, when; download, and
 * delete after a confirmation when `canDelete`.
 * @param {{ attachments: Attachment[], canDelete: boolean, onChanged: () => void, label: string }} props
 */
export function AttachmentList({ attachments, canDelete, onChanged, label }) {
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const act = async (/** @type {() => Promise<unknown>} */ call) => {
    setError(null);
    try {
      await call();
    } catch (e) {
      setError(say(e));
    }
  };
  // A link to the file, but fetched with the access token (a plain link would carry none)
  // and saved through `<a download>` under its name.
  const save = (/** @type {Event} */ event, /** @type {Attachment} */ a) => {
    event.preventDefault();
    act(() => download(`/attachments/${a.id}/content`, a.file_name));
  };
  const remove = (/** @type {Attachment} */ a) => {
    if (!confirm(`删除附件“${a.file_name}”？`)) return;
    act(async () => {
      await request("DELETE", `/attachments/${a.id}`);
      onChanged();
    });
  };
  return html`
    <ul class="attachments" aria-label=${label}>
      ${attachments.map((a) => html`<li key=${a.id}>
        ${a.has_thumbnail
          ? html`<${Thumbnail} attachment=${a} />`
          : html`<span class="thumb placeholder" aria-hidden="true">${TYPE_WORD[a.media_type] ?? "文件"}</span>`}
        <div class="about">
          <span class="name">${a.file_name}</span>
          <span class="meta">${size(a.size_bytes)} · ${when(a.created_at)}</span>
          <div class="buttons">
            <a class="button secondary" href=${`/api/v1/attachments/${a.id}/content`} download=${a.file_name}
              aria-label=${`下载${a.file_name}`} onClick=${(/** @type {Event} */ e) => save(e, a)}>下载</a>
            ${canDelete && html`<button class="secondary" aria-label=${`删除${a.file_name}`}
              onClick=${() => remove(a)}>删除</button>`}
          </div>
        </div>
      </li>`)}
    </ul>
    ${error && html`<p class="error" role="alert">${error}</p>`}`;
}

/**
 * Choose a file (or take a photo when `camera`) and upload it to `target(file)`, saying what
 * is happening meanwhile and how it ended.
 * @param {{ id: string, target: (file: File) => string, camera: boolean, onUploaded: () => Promise<void> }} props
 */
export function Uploader({ id, target, camera, onUploaded }) {
  const [busy, setBusy] = useState(/** @type {string | null} */ (null));
  const [done, setDone] = useState(/** @type {string | null} */ (null));
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const chosen = async (/** @type {any} */ event) => {
    /** @type {HTMLInputElement} */
    const input = event.currentTarget;
    const file = input.files?.[0];
    // The same file may be chosen again after a refusal.
    input.value = "";
    if (!file) return;
    setDone(null);
    setError(null);
    setBusy(`正在上传“${file.name}”（${size(file.size)}）…`);
    try {
      const { data } = await request("POST", target(file), { file, fileType: file.type || undefined });
      // The list first, then the word: the name the service kept (its extension says what the
      // content is, whatever the file was called).
      await onUploaded();
      setDone(`已上传“${/** @type {Attachment} */ (data).file_name}”。`);
    } catch (e) {
      setError(uploadRefusal(e, file));
    } finally {
      setBusy(null);
    }
  };
  return html`
    <div class="upload">
      <div class="buttons">
        <label class=${`file-button${busy ? " busy" : ""}`}>选择文件
          <input id=${`${id}-file`} class="hidden" type="file" accept=${ACCEPT} disabled=${busy !== null}
            onChange=${chosen} /></label>
        ${camera && html`<label class=${`file-button${busy ? " busy" : ""}`}>拍照上传
          <input id=${`${id}-camera`} class="hidden" type="file" accept="image/*" capture="environment"
            disabled=${busy !== null} onChange=${chosen} /></label>`}
      </div>
      <p class="status" role="status">${busy ?? done ?? ""}</p>
      ${error && html`<p class="error" role="alert">${error}</p>`}
    </div>`;
}

/**
 * A meeting's attachments by kind; its secretaries upload and delete while the meeting is
 * open (`writable`), everyone else who reads it downloads.
 * @param {{ meetingId: string, writable: boolean }} props
 */
export function MeetingAttachments({ meetingId, writable }) {
  const [attachments, setAttachments] = useState(/** @type {Attachment[] | null} */ (null));
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const [kind, setKind] = useState("sign_in_sheet");
  const load = async () => {
    try {
      const { data } = await request("GET", `/meetings/${meetingId}/attachments`);
      setAttachments(/** @type {Attachment[]} */ (data));
      setError(null);
    } catch (e) {
      setError(say(e));
    }
  };
  useEffect(() => {
    load();
  }, [meetingId]);
  const list = attachments ?? [];
  return html`
    <section class="attachments-of" aria-labelledby="attachments-heading" aria-busy=${attachments === null ? "true" : "false"}>
      <h3 id="attachments-heading">附件（${list.length}）</h3>
      ${error && html`<p class="error" role="alert">${error}</p>`}
      ${attachments && list.length === 0 && html`<p class="status">暂无附件。</p>`}
      ${Object.entries(ATTACHMENT_KIND).map(([k, label]) => {
        const of = list.filter((a) => a.kind === k);
        return of.length > 0 && html`<div key=${k}>
          <h4>${label}（${of.length}）</h4>
          <${AttachmentList} attachments=${of} canDelete=${writable} onChanged=${load} label=${label} />
        </div>`;
      })}
      ${writable && html`<div class="card wide">
        <label for="attachment-kind">上传附件：类别</label>
        <select id="attachment-kind" value=${kind} onChange=${(/** @type {any} */ e) => setKind(e.currentTarget.value)}>
          ${Object.entries(ATTACHMENT_KIND).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
        </select>
        <p class="meta">图片（JPEG/PNG/WebP/HEIC）、PDF 或 Word/Excel/PowerPoint 文件，不超过 20 MB。</p>
        <${Uploader} id="meeting-attachment" camera=${kind === "sign_in_sheet" || kind === "photo"}
          target=${(/** @type {File} */ file) =>
            `/meetings/${meetingId}/attachments?${new URLSearchParams({ kind, name: file.name })}`}
          onUploaded=${load} />
      </div>`}
    </section>`;
}

/**
 * A rectification item's 佐证材料: its own and each progress update's. Its owner (and its
 * unit's secretaries) add and remove them until the item is verified (`canUpload`).
 * @param {{ item: { id: string, version: number, status: string }, canUpload: boolean }} props
 */
export function ItemEvidence({ item, canUpload }) {
  const [attachments, setAttachments] = useState(/** @type {Attachment[] | null} */ (null));
  const [updates, setUpdates] = useState(/** @type {ProgressUpdate[]} */ ([]));
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const [to, setTo] = useState("");
  const load = async () => {
    try {
      const [a, u] = await Promise.all([
        request("GET", `/rectification-items/${item.id}/attachments`),
        request("GET", `/rectification-items/${item.id}/updates?limit=200`),
      ]);
      setAttachments(/** @type {Attachment[]} */ (a.data));
      setUpdates(/** @type {{ items: ProgressUpdate[] }} */ (u.data).items);
      setError(null);
    } catch (e) {
      setError(say(e));
    }
  };
  // Again when the item changes: a new progress update can take evidence of its own.
  useEffect(() => {
    load();
  }, [item.id, item.version, item.status]);
  const list = attachments ?? [];
  const own = list.filter((a) => a.update_id === null);
  const update = (/** @type {ProgressUpdate} */ u, /** @type {number} */ chars = Infinity) =>
    `${when(u.created_at)}${u.progress_percent === null ? "" : ` · ${u.progress_percent}%`}：${
      u.note.length > chars ? `${u.note.slice(0, chars)}…` : u.note}`;
  return html`
    <div class="evidence">
      <h4>佐证材料（${list.length}）</h4>
      ${error && html`<p class="error" role="alert">${error}</p>`}
      ${attachments && list.length === 0 && !canUpload && html`<p class="status">暂无佐证材料。</p>`}
      ${own.length > 0 && html`<${AttachmentList} attachments=${own} canDelete=${canUpload} onChanged=${load}
        label="整改事项的佐证材料" />`}
      ${updates.map((u) => {
        const of = list.filter((a) => a.update_id === u.id);
        return of.length > 0 && html`<div key=${u.id}>
          <p class="meta update">进展 ${update(u)}</p>
          <${AttachmentList} attachments=${of} canDelete=${canUpload} onChanged=${load} label=${`进展的佐证材料：${u.note}`} />
        </div>`;
      })}
      ${canUpload && html`
        ${updates.length > 0 && html`
          <label for=${`evidence-to-${item.id}`}>佐证材料附于</label>
          <select id=${`evidence-to-${item.id}`} value=${to} onChange=${(/** @type {any} */ e) => setTo(e.currentTarget.value)}>
            <option value="">整改事项本身</option>
            ${updates.map((u) => html`<option value=${u.id}>进展 ${update(u, 30)}</option>`)}
          </select>`}
        <${Uploader} id=${`evidence-${item.id}`} camera=${true}
          target=${(/** @type {File} */ file) => {
            const query = new URLSearchParams({ name: file.name });
            if (to) query.set("update_id", to);
            return `/rectification-items/${item.id}/attachments?${query}`;
          }}
          onUploaded=${load} />`}
    </div>`;
}
