//! The policy as data: the clauses we cite, every parameter with its dates, source and
//! confidence (`data/*.toml`, compiled in by `build.rs`), our readings and the deployment's data.
//!
//! Nothing here computes; [`crate::rules`] and [`crate::budget`] read these tables.

pub mod clauses;
pub mod deployment;
pub mod params;
pub mod readings;

/// The canonical text of the data: every parameter row as `name{from=value@confidence:doc|clause|read;…}`
/// (the value as written in the data files, `?` when unknown).
pub fn canonical_data() -> String {
    let mut text = String::new();
    for p in params::LISTING {
        text.push_str(p.name);
        text.push('{');
        for r in p.rows {
            let (y, m, d) = r.from;
            text.push_str(&format!("{y:04}-{m:02}-{d:02}="));
            text.push_str(r.text.unwrap_or("?"));
            text.push('@');
            text.push_str(r.confidence.code());
            text.push(':');
            for part in [r.source.doc, r.source.clause, r.source.read] {
                text.push_str(part);
                text.push('|');
            }
            text.push(';');
        }
        text.push('}');
    }
    text
}

/// A short digest of the rule data: 8 hex digits of FNV-1a 64 over the rules' version, the
/// canonical text of every parameter row ([`canonical_data`]), the deployment's own tier, and
/// every clause the rules cite. Printed on a resident's result so that a clerk can check later
/// that the same rules would give the same answer.
///
/// ```
/// let d = daijiao::policy::rules_digest();
/// assert_eq!(d.len(), 8);
/// assert_eq!(d, daijiao::policy::rules_digest());
/// ```
pub fn rules_digest() -> String {
    let mut text = String::from(crate::rules::POLICY_VERSION);
    // the canonical data, as its build-time hash (equal to hashing `canonical_data()`)
    text.push_str(&format!("{:016x}", params::DATA_DIGEST));
    if let Some(t) = deployment::DEPLOYMENT.payment_tier {
        text.push_str("|deployment_tier=");
        text.push_str(&crate::money::fmt_plain(t));
    }
    for c in clauses::ALL {
        text.push('|');
        text.push_str(c.doc);
        text.push('|');
        text.push_str(c.clause);
        text.push('|');
        text.push_str(c.text_zh);
    }
    format!("{:08x}", fnv(&text) >> 32)
}

/// FNV-1a 64.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    /// The build's digest of the data is the digest of the canonical text written here.
    #[test]
    fn the_build_time_digest_is_of_the_canonical_data() {
        assert_eq!(
            super::fnv(&super::canonical_data()),
            super::params::DATA_DIGEST
        );
    }

    /// The digest is of the data as written: each row's date, value, confidence and source.
    #[test]
    fn the_canonical_data_holds_every_row_as_written() {
        let text = super::canonical_data();
        assert!(
            text.contains("government_payment_tier{2018-01-01=100@verified:JRS-2018-3|二(一)1|")
        );
        assert!(text.contains("basic_pension_monthly{2018-01-01=108@verified:"));
        assert!(text.contains(";2019-01-01=?@unknown:NONE||not found in any source|;"));
        assert!(text.contains("tiers{2018-01-01=100/30 200/30"));
        assert!(text.contains("2019-01-01=100/30/kept 200/30"));
    }
}
