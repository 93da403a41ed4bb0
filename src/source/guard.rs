//! SSRF guard: an audit fetches URLs that come from outside (jobs, operators' lists), so it must
//! not be steerable into the monitoring platform's own network. Loopback, private, link-local
//! (cloud metadata at 169.254.169.254 included), carrier-grade NAT, unspecified, multicast and
//! IPv6 unique-local/link-local/site-local addresses are refused unless private sources are
//! allowed, and so are the IPv6 forms that carry an IPv4 address (mapped, IPv4-compatible,
//! NAT64, 6to4) when that address would be.
//! Checked on every connection: in DNS resolution (so a name that resolves to a private
//! address is refused, whatever redirect led to it) and for IP-literal URLs, which skip DNS.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, ToSocketAddrs};
use std::sync::Arc;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

/// Why an address was refused; recognisable in a reqwest error chain.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub String);

/// Why `ip` must not be fetched from, or `None` when it is a public address.
pub fn refusal(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => refusal_v4(v4),
        IpAddr::V6(v6) => refusal_v6(v6),
    }
}

fn refusal_v6(v6: Ipv6Addr) -> Option<&'static str> {
    if let Some(v4) = v6.to_ipv4_mapped() {
        return refusal_v4(v4);
    }
    let s = v6.segments();
    // The IPv4 address in the last 32 bits, or (6to4) in bits 16..48.
    let low = Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8);
    if v6.is_loopback() {
        Some("loopback")
    } else if v6.is_unspecified() {
        Some("unspecified")
    } else if s[..6] == [0; 6] {
        // IPv4-compatible (::/96, deprecated): some stacks still route ::a.b.c.d to a.b.c.d.
        Some("deprecated IPv4-compatible")
    } else if s[0] & 0xFE00 == 0xFC00 {
        Some("private (unique local)")
    } else if s[0] & 0xFFC0 == 0xFE80 {
        Some("link-local")
    } else if s[0] & 0xFFC0 == 0xFEC0 {
        Some("deprecated site-local")
    } else if v6.is_multicast() {
        Some("multicast")
    } else if s[0] == 0x0064 && s[1] == 0xFF9B && (s[2..6] == [0; 4] || s[2] == 1) {
        // NAT64, the well-known (64:ff9b::/96) and local-use (64:ff9b:1::/48) prefixes: the
        // embedded IPv4 address decides.
        refusal_v4(low)
    } else if s[0] == 0x2002 {
        // 6to4: a relay delivers to the IPv4 address in the next 32 bits.
        refusal_v4(Ipv4Addr::new(
            (s[1] >> 8) as u8,
            s[1] as u8,
            (s[2] >> 8) as u8,
            s[2] as u8,
        ))
    } else {
        None
    }
}

fn refusal_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let o = ip.octets();
    if ip.is_loopback() {
        Some("loopback")
    } else if ip.is_private() {
        Some("private")
    } else if ip.is_link_local() {
        Some(if o == [169, 254, 169, 254] {
            "cloud metadata"
        } else {
            "link-local"
        })
    } else if ip.is_unspecified() || o[0] == 0 {
        Some("unspecified")
    } else if o[0] == 100 && (64..128).contains(&o[1]) {
        Some("carrier-grade NAT")
    } else if ip.is_broadcast() || ip.is_multicast() || o[0] >= 240 {
        Some("broadcast/multicast/reserved")
    } else if o[0] == 192 && o[1] == 0 && o[2] == 0 {
        Some("IETF protocol assignments")
    } else if o[0] == 198 && (o[1] & 0xFE) == 18 {
        Some("benchmarking (198.18.0.0/15)")
    } else {
        None
    }
}

/// The message for a refused address.
pub fn refused_message(host: &str, ip: IpAddr, why: &str) -> String {
    if host == ip.to_string() {
        format!("{ip} is a {why} address; refused (pass --allow-private-sources to allow)")
    } else {
        format!(
            "{host} resolves to {ip}, a {why} address; refused (pass --allow-private-sources to allow)"
        )
    }
}

/// Which non-public addresses may be fetched from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Policy {
    /// Everything (`--allow-private-sources`).
    pub allow_private: bool,
    /// Loopback only (127.0.0.0/8, ::1): a local test server or sidecar, nothing else.
    pub allow_loopback: bool,
}

impl Policy {
    /// Why `ip` is refused under this policy, if it is.
    pub fn refusal(&self, ip: IpAddr) -> Option<&'static str> {
        if self.allow_private {
            return None;
        }
        match refusal(ip) {
            Some("loopback") if self.allow_loopback => None,
            other => other,
        }
    }
}

/// Checks the host of a URL when it is an IP literal (names are checked at resolution).
pub fn check_url_host(url: &reqwest::Url, policy: Policy) -> Result<(), Refused> {
    let ip = match url.host() {
        Some(url::Host::Ipv4(v4)) => IpAddr::V4(v4),
        Some(url::Host::Ipv6(v6)) => IpAddr::V6(v6),
        _ => return Ok(()),
    };
    match policy.refusal(ip) {
        Some(why) => Err(Refused(refused_message(&ip.to_string(), ip, why))),
        None => Ok(()),
    }
}

/// A DNS resolver that drops refused addresses (and fails when none is left).
pub struct GuardedResolver {
    /// What may be connected to.
    pub policy: Policy,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_string();
        let allow = self.policy;
        Box::pin(async move {
            let lookup = host.clone();
            let addrs: Vec<SocketAddr> = tokio::task::spawn_blocking(move || {
                (lookup.as_str(), 0).to_socket_addrs().map(|a| a.collect())
            })
            .await??;
            filter(&host, addrs, allow)
                .map(|ok| Box::new(ok.into_iter()) as Addrs)
                .map_err(|e| Box::new(e) as Box<dyn std::error::Error + Send + Sync>)
        })
    }
}

/// Keeps the allowed addresses of `host`; an error naming the first refused one when none is.
pub fn filter(
    host: &str,
    addrs: Vec<SocketAddr>,
    policy: Policy,
) -> Result<Vec<SocketAddr>, Refused> {
    let mut first_refused = None;
    let ok: Vec<SocketAddr> = addrs
        .into_iter()
        .filter(|a| match policy.refusal(a.ip()) {
            Some(why) => {
                first_refused.get_or_insert((a.ip(), why));
                false
            }
            None => true,
        })
        .collect();
    match (ok.is_empty(), first_refused) {
        (true, Some((ip, why))) => Err(Refused(refused_message(host, ip, why))),
        _ => Ok(ok),
    }
}

/// A resolver for `reqwest`'s client builder.
pub fn resolver(policy: Policy) -> Arc<GuardedResolver> {
    Arc::new(GuardedResolver { policy })
}

/// True for IPv6 addresses too (used in tests and messages).
pub fn is_refused(ip: IpAddr) -> bool {
    refusal(ip).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_and_special_addresses_are_refused() {
        for a in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00:ec2::254",
            "fe80::1",
            "::ffff:10.0.0.1",
            "64:ff9b::a00:1",
        ] {
            assert!(is_refused(a.parse().unwrap()), "{a}");
        }
        for a in ["8.8.8.8", "1.1.1.1", "2606:4700::1111", "172.32.0.1"] {
            assert!(!is_refused(a.parse().unwrap()), "{a}");
        }
        assert_eq!(
            refusal("169.254.169.254".parse().unwrap()),
            Some("cloud metadata")
        );
    }

    /// Issue 20, low list: forms that reach loopback or private hosts through an embedded
    /// IPv4 address, or ranges no public source lives in.
    #[test]
    fn embedded_ipv4_and_reserved_ranges_are_refused() {
        for a in [
            // IPv4-compatible (::/96, deprecated): some stacks route it as the IPv4 address.
            "::127.0.0.1",
            "::10.0.0.1",
            "::8.8.8.8",
            // 6to4: the embedded IPv4 address decides.
            "2002:7f00:1::1",
            "2002:a9fe:a9fe::",
            "2002:c0a8:101::1",
            // Site-local (deprecated), benchmarking.
            "fec0::1",
            "feff::1",
            "198.18.0.1",
            "198.19.255.254",
            "::ffff:198.18.0.1",
            // NAT64 local-use prefix (RFC 8215): the embedded address decides.
            "64:ff9b:1::7f00:1",
        ] {
            assert!(is_refused(a.parse().unwrap()), "{a}");
        }
        for a in [
            "2002:808:808::1",
            "198.20.0.1",
            "198.17.255.255",
            "64:ff9b::808:808",
        ] {
            assert!(!is_refused(a.parse().unwrap()), "{a}");
        }
        assert_eq!(refusal("2002:7f00:1::1".parse().unwrap()), Some("loopback"));
    }

    #[test]
    fn literal_hosts_and_resolved_names_are_checked() {
        let deny = Policy::default();
        let lo = Policy {
            allow_private: false,
            allow_loopback: true,
        };
        let all = Policy {
            allow_private: true,
            allow_loopback: false,
        };
        let u = reqwest::Url::parse("http://127.0.0.1:8080/x.flv").unwrap();
        let e = check_url_host(&u, deny).unwrap_err();
        assert!(e.0.contains("127.0.0.1 is a loopback address"), "{e}");
        assert!(check_url_host(&u, all).is_ok());
        assert!(check_url_host(&u, lo).is_ok());
        let private = reqwest::Url::parse("http://10.1.1.1/x").unwrap();
        assert!(check_url_host(&private, lo).is_err());
        let u = reqwest::Url::parse("http://[::1]/x").unwrap();
        assert!(check_url_host(&u, deny).is_err());
        let addrs = vec!["10.0.0.5:80".parse().unwrap()];
        let e = filter("cdn.internal", addrs, deny).unwrap_err();
        assert!(e
            .0
            .contains("cdn.internal resolves to 10.0.0.5, a private address"));
        let mixed = vec![
            "10.0.0.5:80".parse().unwrap(),
            "8.8.8.8:80".parse().unwrap(),
        ];
        assert_eq!(filter("h", mixed, deny).unwrap().len(), 1);
    }
}
