// @ts-check
// What every screen shares: the Chinese names of the API's values, how errors are said, a
// labelled field, and the paging of the API's lists.
import { html, useEffect, useRef, useState } from "./vendor/preact-htm.module.js";
import { ApiError, request } from "./api.js";

/** @type {Record<string, string>} */
export const MEETING_KIND = {
  general_assembly: "支部党员大会",
  committee_meeting: "支委会",
  group_meeting: "党小组会",
  party_lecture: "党课",
  organizational_life: "组织生活会",
  democratic_life: "民主生活会",
  theme_day: "主题党日",
  other: "其他",
};
/** @type {Record<string, string>} */
export const MEETING_STATUS = { scheduled: "已安排", held: "已召开", finalized: "已定稿", cancelled: "已取消" };
/** @type {Record<string, string>} */
export const ITEM_STATUS = { open: "未开始", in_progress: "整改中", submitted: "待验收", verified: "已销号" };
/** @type {Record<string, string>} */
export const ROLE = { secretary: "书记", member: "党员", reviewer: "上级督导" };
/** Party standing (政治面貌) as the branch records it. */
/** @type {Record<string, string>} */
export const PARTY_STANDING = {
  full_member: "正式党员",
  probationary_member: "预备党员",
  development_candidate: "发展对象",
  activist: "入党积极分子",
  non_member: "非党员",
};

/** Today in the reader's own zone, as `YYYY-MM-DD` (what a date input holds). */
export function today() {
  const now = new Date();
  const two = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** The moment in the reader's own time, in Chinese. */
export const when = (/** @type {string} */ iso) =>
  new Date(iso).toLocaleString("zh-CN", { dateStyle: "medium", timeStyle: "short" });

/** A sentence for an error: the server's own words, or what to do about a lost network. */
/** @type {Record<number, string>} */
const STATUS_SAYS = {
  401: "登录已过期，请重新登录",
  403: "您没有权限进行此操作",
  404: "记录不存在，或不在您的权限范围内",
  409: "当前状态不允许此操作",
  412: "记录已被他人修改，请重新加载后再试",
  413: "提交的内容过大",
  422: "填写的内容有误",
  503: "服务器暂时繁忙，请稍后再试",
};

export function say(/** @type {unknown} */ error) {
  if (error instanceof ApiError) {
    if (error.status === 429 && error.retryAfter) {
      const minutes = Math.ceil(error.retryAfter / 60);
      return `尝试次数过多，请约 ${minutes} 分钟后再试。`;
    }
    // The service words its problems in English: each status gets a Chinese sentence, with
    // the service's own detail after it for the particulars.
    const said = STATUS_SAYS[error.status];
    return said ? `${said}（${error.message}）` : error.message;
  }
  return "无法连接服务器，请检查网络后重试。";
}

/** A text field with its label and the server's word on it. */
export function Field(
  /** @type {{ id: string, label: string, value: string, onInput: (v: string) => void, error?: string | null, multiline?: boolean, type?: string, autocomplete?: string, placeholder?: string }} */ props,
) {
  const input = (/** @type {any} */ e) => props.onInput(e.currentTarget.value);
  return html`
    <label for=${props.id}>${props.label}</label>
    ${props.multiline
      ? html`<textarea id=${props.id} rows="3" value=${props.value} onInput=${input}></textarea>`
      : html`<input id=${props.id} type=${props.type ?? "text"} value=${props.value} onInput=${input}
          autocomplete=${props.autocomplete} placeholder=${props.placeholder} />`}
    ${props.error && html`<p class="error">${props.error}</p>`}`;
}

/** A list page of the API, with "more" following `next_cursor`. */
export function usePages(/** @type {string} */ path) {
  const [items, setItems] = useState(/** @type {any[]} */ ([]));
  const [cursor, setCursor] = useState(/** @type {string | null} */ (null));
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const [loading, setLoading] = useState(true);
  // Filters changed quickly send several requests; only the last one's answer is shown, as
  // an earlier one may arrive later.
  const asked = useRef(0);
  const load = async (/** @type {string | null} */ after) => {
    const ticket = ++asked.current;
    setLoading(true);
    try {
      const sep = path.includes("?") ? "&" : "?";
      const query = after ? `${sep}cursor=${encodeURIComponent(after)}` : "";
      const { data } = await request("GET", `${path}${query}`);
      if (ticket !== asked.current) return;
      const page = /** @type {{ items: any[], next_cursor: string | null }} */ (data);
      setItems((before) => (after ? [...before, ...page.items] : page.items));
      setCursor(page.next_cursor);
      setError(null);
    } catch (e) {
      if (ticket === asked.current) setError(say(e));
    } finally {
      if (ticket === asked.current) setLoading(false);
    }
  };
  useEffect(() => {
    load(null);
  }, [path]);
  return { items, cursor, error, loading, more: () => load(cursor), reload: () => load(null) };
}


/** What a form keeps of a failed request: the problem itself (to show its field errors) or,
 * for a failure that is no problem document, a sentence. */
export function refusal(/** @type {unknown} */ error) {
  return error instanceof ApiError ? error : say(error);
}

/** The service's message for one field (a JSON pointer such as `/title`), if it named it. */
export function fieldError(/** @type {ApiError | string | null} */ error, /** @type {string} */ name) {
  return error instanceof ApiError ? error.field(name) : null;
}

/** The refusal as a whole, in words, announced to screen readers. */
export function Refusal(/** @type {{ error: ApiError | string | null }} */ { error }) {
  return error && html`<p class="error" role="alert">${typeof error === "string" ? error : error.message}</p>`;
}
