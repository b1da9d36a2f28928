//! Whether a webhook's address may be called: http(s) only, and — unless private targets are
//! allowed for an intranet deployment — never an address of this machine, the private
//! network, link-local space or a cloud metadata service. Checked on the resolved addresses,
//! when the webhook is saved and again each time it is sent to (a name can resolve elsewhere
//! later).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use url::Url;

/// Why an address is refused, for the person who entered it.
pub type Refusal = String;

/// The URL, if it is one a webhook may have: absolute http(s) with a host and no user info.
pub fn parse(raw: &str) -> Result<Url, Refusal> {
    let url = Url::parse(raw.trim()).map_err(|e| format!("not a URL: {e}"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err("must be an http or https address".into());
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err("must name a host".into());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("must not carry a user name or password".into());
    }
    Ok(url)
}

/// Whether `ip` is outside what a webhook may reach without the intranet setting.
pub fn is_internal(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => internal_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return internal_v4(v4);
            }
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00 // unique local fc00::/7
                || (first & 0xffc0) == 0xfe80 // link-local fe80::/10
                || v6 == Ipv6Addr::new(0xfd00, 0x0ec2, 0, 0, 0, 0, 0, 0x0254) // AWS metadata (v6)
        }
    }
}

fn internal_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local() // 169.254.0.0/16, the metadata services' range
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || a == 0
        || (a == 100 && (64..128).contains(&b)) // carrier-grade NAT 100.64.0.0/10
        || (a == 198 && (b == 18 || b == 19)) // benchmarking 198.18.0.0/15
}

/// Why a webhook's address cannot be called now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreachable {
    /// It may not be called at all (an internal address); trying again will not help.
    Refused(Refusal),
    /// Its name did not resolve; it may later.
    Unresolved(String),
}

impl std::fmt::Display for Unreachable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unreachable::Refused(why) | Unreachable::Unresolved(why) => f.write_str(why),
        }
    }
}

/// The addresses `url` resolves to, every one of them allowed (a name that resolves to one
/// internal address among public ones is refused: the sender might pick that one).
pub async fn resolve(url: &Url, allow_private: bool) -> Result<Vec<SocketAddr>, Unreachable> {
    let refused = |why: &str| Unreachable::Refused(why.to_owned());
    let host = url.host_str().ok_or_else(|| refused("must name a host"))?;
    let port = url
        .port_or_known_default()
        .ok_or_else(|| refused("must have a port"))?;
    // An IPv6 literal comes bracketed in the URL.
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let addresses: Vec<SocketAddr> = tokio::net::lookup_host((host, port))
        .await
        .map_err(|e| Unreachable::Unresolved(format!("{host} cannot be resolved: {e}")))?
        .collect();
    if addresses.is_empty() {
        return Err(Unreachable::Unresolved(format!(
            "{host} resolves to no address"
        )));
    }
    if !allow_private && let Some(internal) = addresses.iter().find(|a| is_internal(a.ip())) {
        return Err(Unreachable::Refused(format!(
            "{host} resolves to {}, an address of this machine or a private network; \
             such targets are allowed only when the service is set to allow private webhook targets",
            internal.ip()
        )));
    }
    Ok(addresses)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_http_and_https_addresses_are_webhooks() {
        assert!(parse("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k").is_ok());
        assert!(parse("http://hooks.example.cn:8080/mb").is_ok());
        assert!(parse("ftp://example.cn/x").is_err());
        assert!(parse("file:///etc/passwd").is_err());
        assert!(parse("https://user:pw@example.cn/").is_err());
        assert!(parse("not a url").is_err());
    }

    #[test]
    fn internal_addresses_are_recognised() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
        ] {
            assert!(is_internal(ip.parse().unwrap()), "{ip}");
        }
        for ip in ["1.1.1.1", "101.226.4.6", "2400:3200::1", "::ffff:8.8.8.8"] {
            assert!(!is_internal(ip.parse().unwrap()), "{ip}");
        }
    }

    #[tokio::test]
    async fn a_name_resolving_to_this_machine_is_refused_unless_allowed() {
        let url = parse("http://localhost:9/hook").unwrap();
        let refused = resolve(&url, false).await.unwrap_err();
        assert!(
            matches!(&refused, Unreachable::Refused(why) if why.contains("private")),
            "{refused}"
        );
        let allowed = resolve(&url, true).await.unwrap();
        assert!(
            allowed
                .iter()
                .all(|a| a.ip().is_loopback() && a.port() == 9)
        );
        let literal = parse("http://127.0.0.1/hook").unwrap();
        assert!(matches!(
            resolve(&literal, false).await,
            Err(Unreachable::Refused(_))
        ));
        let v6 = parse("http://[::1]:8080/hook").unwrap();
        assert!(matches!(
            resolve(&v6, false).await,
            Err(Unreachable::Refused(_))
        ));
    }
}
