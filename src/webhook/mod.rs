//! Webhook messages as each receiving platform expects them — a generic signed JSON body, the
//! 企业微信 (WeCom) group robot, the 钉钉 (DingTalk) robot and the 飞书 (Feishu) robot — and the
//! check that a webhook's address may be called at all ([`target`]).
//!
//! Building a request is pure: the same message, secret and time give the same bytes, so the
//! dispatcher can retry exactly what it sent and tests can check the signatures.

pub mod target;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use serde_json::json;
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// The header with the Unix time (seconds) a generic delivery was signed at.
pub const TIMESTAMP_HEADER: &str = "X-Minutebook-Timestamp";
/// The header with `sha256=` and the hex HMAC-SHA256 of `"{timestamp}.{body}"`.
pub const SIGNATURE_HEADER: &str = "X-Minutebook-Signature";

/// Which platform receives the messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Our own JSON, signed with the webhook's secret.
    Generic,
    /// 企业微信 group robot (`qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…`).
    Wecom,
    /// 钉钉 custom robot (`oapi.dingtalk.com/robot/send?access_token=…`), optionally signed.
    Dingtalk,
    /// 飞书 custom bot (`open.feishu.cn/open-apis/bot/v2/hook/…`), optionally signed.
    Feishu,
}

/// What a notification says, in Chinese, and where its record is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// What happened, as a machine reads it (`item.assigned`, …): generic bodies only.
    pub event: String,
    pub title: String,
    pub text: String,
    /// The record in the web client, when the service knows its public address.
    pub link: Option<String>,
    /// The record as a program names it: its type (`meeting`, `rectification_item`) and id.
    pub record: Option<(String, String)>,
}

/// A request ready to send: POST `url` with these headers and this JSON body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prepared {
    pub url: String,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

fn mac(key: &[u8], message: &[u8]) -> Vec<u8> {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(message);
    mac.finalize().into_bytes().to_vec()
}

/// The signature of a generic delivery: hex HMAC-SHA256 of `"{timestamp}.{body}"` under the
/// webhook's secret. A receiver recomputes it, and refuses a timestamp too far from its clock
/// (a replay).
pub fn generic_signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let mut signed = format!("{timestamp}.").into_bytes();
    signed.extend_from_slice(body);
    format!("sha256={}", hex::encode(mac(secret.as_bytes(), &signed)))
}

/// DingTalk's signature (its "加签"): base64 HMAC-SHA256 of `"{timestamp_ms}\n{secret}"` under
/// the secret, sent URL-encoded as `&timestamp=…&sign=…`.
pub fn dingtalk_signature(secret: &str, timestamp_ms: i64) -> String {
    let signed = format!("{timestamp_ms}\n{secret}");
    STANDARD.encode(mac(secret.as_bytes(), signed.as_bytes()))
}

/// Feishu's signature: base64 HMAC-SHA256 of an empty message under the key
/// `"{timestamp}\n{secret}"` (seconds), sent in the body as `timestamp` and `sign`.
pub fn feishu_signature(secret: &str, timestamp: i64) -> String {
    let key = format!("{timestamp}\n{secret}");
    STANDARD.encode(mac(key.as_bytes(), b""))
}

/// The message as Markdown, for the robots that render it.
fn markdown(message: &Message) -> String {
    // Markdown line breaks: the robots render a lone newline as a space.
    let text = message.text.replace('\n', "  \n");
    let mut out = format!("**{}**\n\n{text}", message.title);
    if let Some(link) = &message.link {
        out.push_str(&format!("\n\n[查看详情]({link})"));
    }
    out
}

/// The message as Feishu's rich-text paragraphs: a line each, then the link.
fn feishu_lines(message: &Message) -> serde_json::Value {
    let mut lines: Vec<serde_json::Value> = message
        .text
        .lines()
        .map(|line| json!([{"tag": "text", "text": line}]))
        .collect();
    if let Some(link) = &message.link {
        lines.push(json!([{"tag": "a", "text": "查看详情", "href": link}]));
    }
    serde_json::Value::Array(lines)
}

/// The request that delivers `message` to a webhook of `kind` at `url`, signed with `secret`
/// where the platform signs, at `now` (Unix milliseconds).
pub fn prepare(
    kind: Kind,
    url: &str,
    secret: Option<&str>,
    message: &Message,
    now_ms: i64,
) -> Prepared {
    let seconds = now_ms.div_euclid(1000);
    let mut url = url.to_owned();
    let mut headers = vec![("Content-Type", "application/json".to_owned())];
    let body = match kind {
        Kind::Generic => {
            let body = json!({
                "event": message.event, "title": message.title, "text": message.text,
                "link": message.link, "sent_at": seconds,
                "record": message.record.as_ref().map(|(kind, id)| json!({"type": kind, "id": id})),
            })
            .to_string()
            .into_bytes();
            headers.push((TIMESTAMP_HEADER, seconds.to_string()));
            if let Some(secret) = secret {
                headers.push((SIGNATURE_HEADER, generic_signature(secret, seconds, &body)));
            }
            return Prepared { url, headers, body };
        }
        Kind::Wecom => json!({
            "msgtype": "markdown",
            "markdown": {"content": markdown(message)},
        }),
        Kind::Dingtalk => {
            if let Some(secret) = secret {
                let sign: String = url::form_urlencoded::byte_serialize(
                    dingtalk_signature(secret, now_ms).as_bytes(),
                )
                .collect();
                let sep = if url.contains('?') { '&' } else { '?' };
                url.push_str(&format!("{sep}timestamp={now_ms}&sign={sign}"));
            }
            json!({
                "msgtype": "markdown",
                "markdown": {"title": message.title, "text": markdown(message)},
            })
        }
        Kind::Feishu => {
            let mut body = json!({
                "msg_type": "post",
                "content": {"post": {"zh_cn": {
                    "title": message.title,
                    "content": feishu_lines(message),
                }}},
            });
            if let Some(secret) = secret {
                body["timestamp"] = json!(seconds.to_string());
                body["sign"] = json!(feishu_signature(secret, seconds));
            }
            body
        }
    };
    Prepared {
        url,
        headers,
        body: body.to_string().into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn message() -> Message {
        Message {
            event: "item.assigned".into(),
            title: "新的整改事项".into(),
            text: "您有一项新的整改事项：理论学习不够系统深入（完成时限 2027-01-29）".into(),
            link: Some("https://dangjian.example.cn/#/items".into()),
            record: Some((
                "rectification_item".into(),
                "019a1b2c-0000-7000-8000-000000000060".into(),
            )),
        }
    }

    fn body(p: &Prepared) -> Value {
        serde_json::from_slice(&p.body).unwrap()
    }

    #[test]
    fn a_generic_delivery_is_signed_over_its_timestamp_and_body() {
        let p = prepare(
            Kind::Generic,
            "https://hooks.example.cn/mb",
            Some("s3cret"),
            &message(),
            1_764_489_600_123,
        );
        let header = |name: &str| {
            p.headers
                .iter()
                .find(|(n, _)| *n == name)
                .unwrap()
                .1
                .clone()
        };
        assert_eq!(header(TIMESTAMP_HEADER), "1764489600");
        // What a receiver does, by the documented algorithm.
        let mut expected = HmacSha256::new_from_slice(b"s3cret").unwrap();
        expected.update(b"1764489600.");
        expected.update(&p.body);
        let expected = format!("sha256={}", hex::encode(expected.finalize().into_bytes()));
        assert_eq!(header(SIGNATURE_HEADER), expected);
        // A tampered body, or another timestamp, does not carry that signature.
        let mut tampered = p.body.clone();
        tampered[10] ^= 1;
        assert_ne!(
            generic_signature("s3cret", 1_764_489_600, &tampered),
            expected
        );
        assert_ne!(
            generic_signature("s3cret", 1_764_489_601, &p.body),
            expected
        );
        assert_eq!(body(&p)["event"], "item.assigned");
        assert_eq!(body(&p)["link"], "https://dangjian.example.cn/#/items");
        assert_eq!(body(&p)["record"]["type"], "rectification_item");
    }

    #[test]
    fn wecom_gets_its_markdown_message() {
        let p = prepare(
            Kind::Wecom,
            "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k",
            None,
            &message(),
            0,
        );
        let b = body(&p);
        assert_eq!(b["msgtype"], "markdown");
        let content = b["markdown"]["content"].as_str().unwrap();
        assert!(content.starts_with("**新的整改事项**"), "{content}");
        assert!(
            content.ends_with("[查看详情](https://dangjian.example.cn/#/items)"),
            "{content}"
        );
        assert_eq!(
            p.url,
            "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"
        );
    }

    #[test]
    fn dingtalk_signs_the_address_with_its_timestamp_and_secret() {
        // DingTalk's 加签: HMAC-SHA256 keyed with the secret over "{timestamp}\n{secret}".
        let secret = "SECb8bd2ec4eba5fd9e5ed8d3bc9d35bd2d02d6a9a5ff1c6deb1f1e3e3dd6fc69d8";
        let sign = dingtalk_signature(secret, 1_577_262_236_757);
        let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).unwrap();
        mac.update(format!("1577262236757\n{secret}").as_bytes());
        assert_eq!(sign, STANDARD.encode(mac.finalize().into_bytes()));
        let p = prepare(
            Kind::Dingtalk,
            "https://oapi.dingtalk.com/robot/send?access_token=t",
            Some(secret),
            &message(),
            1_577_262_236_757,
        );
        let encoded: String = url::form_urlencoded::byte_serialize(sign.as_bytes()).collect();
        assert_eq!(
            p.url,
            format!(
                "https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1577262236757&sign={encoded}"
            )
        );
        let b = body(&p);
        assert_eq!(b["msgtype"], "markdown");
        assert_eq!(b["markdown"]["title"], "新的整改事项");
    }

    #[test]
    fn feishu_signs_in_the_body_with_the_timestamp_as_part_of_the_key() {
        let p = prepare(
            Kind::Feishu,
            "https://open.feishu.cn/open-apis/bot/v2/hook/x",
            Some("fs"),
            &message(),
            1_599_360_473_000,
        );
        let b = body(&p);
        assert_eq!(b["timestamp"], "1599360473");
        let mut mac = HmacSha256::new_from_slice(b"1599360473\nfs").unwrap();
        mac.update(b"");
        assert_eq!(b["sign"], STANDARD.encode(mac.finalize().into_bytes()));
        assert_eq!(b["msg_type"], "post");
        assert_eq!(b["content"]["post"]["zh_cn"]["title"], "新的整改事项");
        assert_eq!(
            b["content"]["post"]["zh_cn"]["content"][1][0]["href"],
            "https://dangjian.example.cn/#/items"
        );
        // Unsigned, the body has neither field.
        let unsigned = body(&prepare(
            Kind::Feishu,
            "https://open.feishu.cn/x",
            None,
            &message(),
            0,
        ));
        assert!(unsigned.get("sign").is_none() && unsigned.get("timestamp").is_none());
    }
}
