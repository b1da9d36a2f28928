// @ts-check
// 消息推送: a unit's webhooks — its 企业微信, 钉钉 or 飞书 group robot, or a receiver of signed
// JSON — for its secretaries: add one, turn it off and on, change its address or secret,
// delete it, send a test message, and read what was delivered. The secret is write-only: the
// service says only whether one is set, and shows the address with its tokens cut.
import { html, useEffect, useState } from "./vendor/preact-htm.module.js";
import { ApiError, request } from "./api.js";
import { NOTIFICATION_KIND } from "./notifications.js";
import { Field, Refusal, fieldError, refusal, say, usePages, when } from "./ui.js";

/** @typedef {import('./schema').components['schemas']} Schemas */
/** @typedef {Schemas['Webhook']} Webhook */
/** @typedef {Schemas['Delivery']} Delivery */
/** @typedef {Schemas['WebhookKind']} Kind */
/** @typedef {Schemas['MembershipOfMe']} Membership */

/** @type {Record<Kind, string>} */
export const PLATFORM = { generic: "通用(签名JSON)", wecom: "企业微信", dingtalk: "钉钉", feishu: "飞书" };

/** Where each platform keeps the robot's address and secret. */
/** @type {Record<Kind, string>} */
const WHERE = {
  wecom: "在企业微信群聊中打开“群设置 → 群机器人 → 添加机器人”，复制机器人的 Webhook 地址（https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…）。企业微信机器人不需要密钥。",
  dingtalk: "在钉钉群中打开“群设置 → 机器人 → 添加机器人 → 自定义”，复制 Webhook 地址（https://oapi.dingtalk.com/robot/send?access_token=…）；安全设置选“加签”时，把以 SEC 开头的密钥填在下面。",
  feishu: "在飞书群中打开“设置 → 群机器人 → 添加机器人 → 自定义机器人”，复制 Webhook 地址（https://open.feishu.cn/open-apis/bot/v2/hook/…）；开启了“签名校验”时，把其密钥填在下面。",
  generic: "由贵单位自己的系统接收的 JSON 消息。每条消息带请求头 X-Minutebook-Timestamp 与 X-Minutebook-Signature（sha256=，以密钥对“时间戳.请求体”计算的 HMAC-SHA256），接收方据此核验并拒绝重放。密钥必填，至少 16 个字符。",
};

/** @type {Record<string, string>} */
const DELIVERY_STATUS = { pending: "等待重试", delivered: "已送达", failed: "失败", skipped: "已跳过" };

/** A delivery's state in words; a pending one that was never tried waits for its first go. */
const deliveryStatus = (/** @type {Delivery} */ d) =>
  d.status === "pending" && d.attempts === 0 ? "等待发送" : (DELIVERY_STATUS[d.status] ?? d.status);

/** A webhook's attributes in one line. */
const describe = (/** @type {Webhook} */ hook) =>
  [PLATFORM[hook.kind] ?? hook.kind, hook.enabled ? "已启用" : "已停用", hook.has_secret ? "有密钥" : "无密钥"].join(" · ");

/** @param {{ unit: string, onDone: () => void }} props */
function NewWebhook({ unit, onDone }) {
  const [name, setName] = useState("");
  const [kind, setKind] = useState(/** @type {Kind} */ ("wecom"));
  const [url, setUrl] = useState("");
  const [secret, setSecret] = useState("");
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const [busy, setBusy] = useState(false);
  const submit = async (/** @type {Event} */ event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // A secret typed for another platform is not sent with a 企业微信 robot, which has none.
      const body = { name, kind, url: url.trim(), secret: secret === "" || kind === "wecom" ? null : secret };
      await request("POST", `/org-units/${unit}/webhooks`, { body });
      setName("");
      setUrl("");
      setSecret("");
      onDone();
    } catch (e) {
      setError(refusal(e));
    } finally {
      setBusy(false);
    }
  };
  return html`
    <form class="card wide" onSubmit=${submit}>
      <h3>添加消息推送</h3>
      <${Field} id="webhook-name" label="名称" value=${name} onInput=${setName} error=${fieldError(error, "/name")} />
      <label for="webhook-kind">平台</label>
      <select id="webhook-kind" value=${kind} onChange=${(/** @type {any} */ e) => setKind(e.currentTarget.value)}>
        ${Object.entries(PLATFORM).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
      </select>
      <p class="meta">${WHERE[kind]}</p>
      <${Field} id="webhook-url" label="Webhook 地址" value=${url} onInput=${setUrl} error=${fieldError(error, "/url")}
        autocomplete="off" />
      ${kind !== "wecom" && html`<${Field} id="webhook-secret" type="password" autocomplete="new-password"
        label=${kind === "generic" ? "密钥（必填，至少 16 个字符）" : "密钥（可选）"}
        value=${secret} onInput=${setSecret} error=${fieldError(error, "/secret")} />`}
      <${Refusal} error=${error} />
      <div class="buttons"><button type="submit" disabled=${busy}>添加</button></div>
    </form>`;
}

/**
 * Change a webhook's name, address or secret; what is left empty stays as it is (the address
 * and the secret are not shown whole, so they are typed anew or not at all).
 * @param {{ hook: Webhook, onDone: () => void, onCancel: () => void }} props
 */
function EditWebhook({ hook, onDone, onCancel }) {
  const [name, setName] = useState(hook.name);
  const [url, setUrl] = useState("");
  const [secret, setSecret] = useState("");
  const [dropSecret, setDropSecret] = useState(false);
  const [error, setError] = useState(/** @type {ApiError | string | null} */ (null));
  const submit = async (/** @type {Event} */ event) => {
    event.preventDefault();
    setError(null);
    /** @type {Schemas['WebhookChange']} */
    const change = {};
    if (name !== hook.name) change.name = name;
    if (url.trim() !== "") change.url = url.trim();
    if (dropSecret) change.secret = null;
    else if (secret !== "") change.secret = secret;
    try {
      if (Object.keys(change).length > 0) await request("PATCH", `/webhooks/${hook.id}`, { body: change });
      onDone();
    } catch (e) {
      setError(refusal(e));
    }
  };
  const id = hook.id;
  return html`
    <form class="actions" onSubmit=${submit}>
      <${Field} id=${`webhook-name-${id}`} label="名称" value=${name} onInput=${setName} error=${fieldError(error, "/name")} />
      <${Field} id=${`webhook-url-${id}`} label="新的 Webhook 地址（不改请留空）" value=${url} onInput=${setUrl}
        autocomplete="off" error=${fieldError(error, "/url")} />
      ${hook.kind !== "wecom" && html`
        <${Field} id=${`webhook-secret-${id}`} type="password" autocomplete="new-password"
          label=${hook.has_secret ? "新的密钥（不改请留空）" : "密钥（可选）"}
          value=${secret} onInput=${setSecret} error=${fieldError(error, "/secret")} />
        ${hook.has_secret && hook.kind !== "generic" && html`<label>
          <input type="checkbox" checked=${dropSecret} onChange=${(/** @type {any} */ e) => setDropSecret(e.currentTarget.checked)} />
          删除密钥</label>`}`}
      <${Refusal} error=${error} />
      <div class="buttons">
        <button type="submit">保存修改</button>
        <button type="button" class="secondary" onClick=${onCancel}>取消</button>
      </div>
    </form>`;
}

/** A webhook's delivery log, newest first. */
function Deliveries(/** @type {{ hook: Webhook }} */ { hook }) {
  const { items, cursor, error, loading, more } = usePages(`/webhooks/${hook.id}/deliveries?limit=20`);
  const rows = /** @type {Delivery[]} */ (items);
  return html`
    <div class="actions">
      <h3>送达记录</h3>
      ${error && html`<p class="error" role="alert">${error}</p>`}
      ${!loading && rows.length === 0 && !error && html`<p class="status">还没有发送过消息。</p>`}
      ${rows.length > 0 && html`<div class="table-wrap"><table class="report deliveries">
        <thead><tr><th>时间</th><th>事件</th><th>状态</th><th>尝试次数</th><th>最近状态码</th><th>最近错误</th></tr></thead>
        <tbody>${rows.map((d) => html`<tr key=${d.id}>
          <td data-label="时间">${when(d.created_at)}</td>
          <td data-label="事件">${NOTIFICATION_KIND[d.event] ?? d.title}</td>
          <td data-label="状态">${deliveryStatus(d)}${d.next_attempt_at ? `（${when(d.next_attempt_at)} 再试）` : ""}</td>
          <td data-label="尝试次数">${d.attempts}</td>
          <td data-label="最近状态码">${d.last_status}</td>
          <td data-label="最近错误">${d.last_error}</td>
        </tr>`)}</tbody>
      </table></div>`}
      ${loading && html`<p class="status">正在加载…</p>`}
      ${cursor && !loading && html`<button class="secondary" onClick=${more}>加载更多</button>`}
    </div>`;
}

/** @param {{ hook: Webhook, onChanged: () => void }} props */
function WebhookRow({ hook, onChanged }) {
  const [editing, setEditing] = useState(false);
  const [log, setLog] = useState(false);
  // Bumped after a test, so that an open log shows the test message too.
  const [sent, setSent] = useState(0);
  const [outcome, setOutcome] = useState(/** @type {Delivery | null} */ (null));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const act = async (/** @type {() => Promise<unknown>} */ action) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(say(e));
    } finally {
      setBusy(false);
    }
  };
  const test = () =>
    act(async () => {
      setOutcome(null);
      const { data } = await request("POST", `/webhooks/${hook.id}/test`);
      setOutcome(/** @type {Delivery} */ (data));
      setSent((n) => n + 1);
    });
  const toggle = () =>
    act(async () => {
      await request("PATCH", `/webhooks/${hook.id}`, { body: { enabled: !hook.enabled } });
      onChanged();
    });
  const remove = () =>
    act(async () => {
      if (!window.confirm(`删除消息推送“${hook.name}”？其送达记录和尚未发出的消息将一并删除。`)) return;
      await request("DELETE", `/webhooks/${hook.id}`);
      onChanged();
    });
  const delivered = outcome?.status === "delivered";
  return html`<li>
    <strong>${hook.name}</strong>
    <span class="meta">${describe(hook)}</span>
    <code class="address">${hook.url}</code>
    <div class="buttons">
      <button class="secondary" disabled=${busy || !hook.enabled} aria-label=${`向${hook.name}发送测试消息`} onClick=${test}>发送测试消息</button>
      <button class="secondary" disabled=${busy} aria-label=${`${hook.enabled ? "停用" : "启用"}${hook.name}`} onClick=${toggle}>${hook.enabled ? "停用" : "启用"}</button>
      <button class="secondary" aria-label=${`修改${hook.name}`} aria-expanded=${editing} onClick=${() => setEditing(!editing)}>修改</button>
      <button class="secondary" aria-label=${`${hook.name}的送达记录`} aria-expanded=${log} onClick=${() => setLog(!log)}>送达记录</button>
      <button class="secondary" disabled=${busy} aria-label=${`删除${hook.name}`} onClick=${remove}>删除</button>
    </div>
    ${busy && html`<p class="status">正在处理…</p>`}
    ${outcome && html`<p role="status" class=${delivered ? "success" : "error"}>${delivered
      ? `测试消息发送成功${outcome.last_status ? `（HTTP ${outcome.last_status}）` : ""}`
      : `测试消息发送失败：${outcome.last_error ?? (outcome.last_status ? `HTTP ${outcome.last_status}` : deliveryStatus(outcome))}`}</p>`}
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${editing && html`<${EditWebhook} hook=${hook} onCancel=${() => setEditing(false)}
      onDone=${() => { setEditing(false); onChanged(); }} />`}
    ${log && html`<${Deliveries} key=${sent} hook=${hook} />`}
  </li>`;
}

/** @param {{ units: Membership[] }} props */
export function Webhooks({ units }) {
  const [unit, setUnit] = useState(units[0]?.org_unit_id ?? "");
  const [hooks, setHooks] = useState(/** @type {Webhook[] | null} */ (null));
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const load = async () => {
    try {
      const { data } = await request("GET", `/org-units/${unit}/webhooks`);
      setHooks(/** @type {Webhook[]} */ (data));
      setError(null);
    } catch (e) {
      setError(say(e));
    }
  };
  useEffect(() => {
    setHooks(null);
    if (unit) load();
  }, [unit]);
  return html`
    <section>
      <h2>消息推送</h2>
      <p class="meta">本组织的会议和整改事项通知，除在系统内提醒外，也会推送到下列群机器人或接收地址。</p>
      ${units.length > 1 && html`<div class="filters">
        <label for="webhooks-unit">党组织</label>
        <select id="webhooks-unit" value=${unit} onChange=${(/** @type {any} */ e) => setUnit(e.currentTarget.value)}>
          ${units.map((u) => html`<option value=${u.org_unit_id}>${u.org_unit_name}</option>`)}
        </select>
      </div>`}
      ${error && html`<p class="error" role="alert">${error}</p>`}
      ${hooks === null && !error && html`<p class="status">正在加载…</p>`}
      ${hooks?.length === 0 && html`<p class="status">尚未设置消息推送。</p>`}
      <ul class="list">
        ${(hooks ?? []).map((h) => html`<${WebhookRow} key=${h.id} hook=${h} onChanged=${load} />`)}
      </ul>
      ${unit && html`<${NewWebhook} key=${unit} unit=${unit} onDone=${load} />`}
    </section>`;
}
