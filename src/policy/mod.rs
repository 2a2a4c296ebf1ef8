//! The policy as data: the clauses we cite and every parameter with its source.
//!
//! Nothing here computes; [`crate::rules`] and [`crate::budget`] read these tables.

pub mod clauses;
pub mod deployment;
pub mod params;
pub mod readings;

/// A value as it enters the rules digest: one canonical text per kind of value.
trait Canon {
    fn canon(&self, out: &mut String);
}

impl Canon for rust_decimal::Decimal {
    fn canon(&self, out: &mut String) {
        out.push_str(&crate::money::fmt_plain(*self));
    }
}

impl Canon for [u32; 3] {
    fn canon(&self, out: &mut String) {
        for (i, w) in self.iter().enumerate() {
            if i > 0 {
                out.push(':');
            }
            out.push_str(&w.to_string());
        }
    }
}

impl Canon for &'static [params::Tier] {
    fn canon(&self, out: &mut String) {
        for t in self.iter() {
            t.yuan.canon(out);
            out.push('/');
            t.subsidy_yuan.canon(out);
            if t.kept {
                out.push_str("/kept");
            }
            out.push(';');
        }
    }
}

/// One parameter as canonical text: `name{from-to=value@confidence:source;…}`, an unknown
/// value as `?`.
fn canon_param<T: Canon + Copy>(p: &params::Param<T>, out: &mut String) {
    out.push_str(p.name);
    out.push('{');
    for r in p.rows {
        out.push_str(&format!("{}-{}=", r.from, r.to));
        match &r.value {
            Some(v) => v.canon(out),
            None => out.push('?'),
        }
        out.push_str(match r.confidence {
            params::Confidence::Verified => "@verified:",
            params::Confidence::Provisional => "@provisional:",
        });
        out.push_str(r.source);
        out.push(';');
    }
    out.push('}');
}

/// A short digest of the rule data: 8 hex digits of FNV-1a 64 over a canonical serialisation of
/// every parameter row (value, years, confidence, source), the constants the rules use, every
/// clause text and the rules' version — no `Debug` output, so it changes exactly when the data
/// does. Printed on a resident's result so that a clerk can check later that the same rules
/// would give the same answer.
///
/// ```
/// let d = daijiao::policy::rules_digest();
/// assert_eq!(d.len(), 8);
/// assert_eq!(d, daijiao::policy::rules_digest());
/// ```
pub fn rules_digest() -> String {
    let mut text = String::from(crate::rules::POLICY_VERSION);
    canon_param(&params::GOVERNMENT_PAYMENT_TIER, &mut text);
    canon_param(&params::TIERS, &mut text);
    canon_param(&params::SPLIT_ORDINARY, &mut text);
    canon_param(&params::SPLIT_PROVINCE_DIRECT, &mut text);
    canon_param(&params::BASIC_PENSION_MONTHLY, &mut text);
    canon_param(&params::MEDICAL_CONTRIBUTION, &mut text);
    canon_param(&params::MEDICAL_FULL_RATE, &mut text);
    canon_param(&params::MEDICAL_PARTIAL_RATE, &mut text);
    let date = |(y, m, d): (u16, u8, u8)| format!("{y:04}-{m:02}-{d:02}");
    text.push_str(&format!(
        "|cutoff={}|enrol={}|pension={}|earliest_exit={}|max_age={}",
        date(params::MEDICAL_EXIT_CUTOFF),
        params::ENROL_MIN_AGE,
        params::PENSION_AGE,
        date(params::EARLIEST_EXIT),
        params::MAX_AGE,
    ));
    if let Some(t) = deployment::DEPLOYMENT.payment_tier {
        text.push_str("|deployment_tier=");
        t.canon(&mut text);
    }
    for c in clauses::ALL {
        text.push('|');
        text.push_str(c.doc);
        text.push('|');
        text.push_str(c.clause);
        text.push('|');
        text.push_str(c.text_zh);
    }
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{:08x}", hash >> 32)
}

#[cfg(test)]
mod tests {
    /// The digest follows the data: a different value, source or confidence gives another.
    #[test]
    fn the_digest_is_of_the_canonical_data_and_changes_with_it() {
        use super::*;
        let mut a = String::new();
        canon_param(&params::GOVERNMENT_PAYMENT_TIER, &mut a);
        assert!(
            a.starts_with("government_payment_tier{2018-2018=100@verified:"),
            "{a}"
        );
        let mut b = String::new();
        canon_param(&params::TIERS, &mut b);
        assert!(b.contains("100/30;"), "{b}");
        assert_ne!(a, b);
    }
}
