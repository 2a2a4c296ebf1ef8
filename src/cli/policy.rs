//! `daijiao policy [--year Y] [--format json|text] [--lang zh|en]`: the parameters in force, each
//! with its unit, the date it took effect, its source (document, clause, where it was read) and
//! its confidence; an unknown value says unknown. Everything comes from the policy data
//! (`src/policy/data/*.toml`, compiled in); the words of the text table from the catalogues.

use crate::input::InputError;
use crate::policy::params::{
    document, period_of, Confidence, ListedRow, ANSWERED_UNTIL, LISTING, PERIODS, POLICY_YEARS,
};
use crate::shell::Problem;
use crate::text::{fill, Lang};
use serde_json::{json, Value};
use std::fmt::Write as _;

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object (the default).
    Json,
    /// A table for people.
    Text,
}

/// What `daijiao policy` was asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Request {
    /// Only the rows in force in this year; every row when `None`.
    pub year: Option<u16>,
    /// Output format.
    pub format: Format,
    /// Language of the text table.
    pub lang: Lang,
}

/// Parses the arguments after `policy`.
pub fn parse_args(args: &[String]) -> Result<Request, Problem> {
    let mut r = Request {
        year: None,
        format: Format::Json,
        lang: Lang::Zh,
    };
    for (field, value) in super::flag_values(args, &["year", "format", "lang"])? {
        match (field, value) {
            ("year", y) => r.year = Some(super::year_arg(y)?),
            ("lang", code) => r.lang = super::lang_arg(code)?,
            ("format", "json") => r.format = Format::Json,
            ("format", "text") => r.format = Format::Text,
            (_, other) => {
                return Err(InputError::unknown_value("format", other, "json, text".into()).into())
            }
        }
    }
    Ok(r)
}

fn date((y, m, d): (u16, u8, u8)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// The rows asked for, per parameter.
fn rows(
    year: Option<u16>,
) -> Vec<(
    &'static crate::policy::params::Listed,
    Vec<&'static ListedRow>,
)> {
    LISTING
        .iter()
        .map(|p| match year {
            Some(y) => (p, p.at(y).into_iter().collect()),
            None => (p, p.rows.iter().collect()),
        })
        .collect()
}

/// The listing as JSON.
pub fn json(year: Option<u16>) -> Value {
    let params: Vec<Value> = rows(year)
        .into_iter()
        .map(|(p, rows)| {
            let rows: Vec<Value> = rows
                .into_iter()
                .map(|r| {
                    let d = document(r.source.doc);
                    json!({
                        "from": date(r.from),
                        "value": r.text,
                        "confidence": r.confidence.code(),
                        "provisional": r.confidence != Confidence::Verified,
                        "source": {
                            "doc": r.source.doc,
                            "number": d.map(|d| d.number),
                            "title": d.map(|d| d.title),
                            "clause": r.source.clause,
                            "read": r.source.read,
                        },
                    })
                })
                .collect();
            json!({"name": p.name, "kind": p.kind, "unit": p.unit, "doc": p.doc(), "rows": rows})
        })
        .collect();
    let periods: Vec<Value> = PERIODS
        .iter()
        .map(|p| {
            let d = document(p.doc);
            json!({
                "name": p.name,
                "from": p.from,
                "to": p.to,
                "doc": p.doc,
                "document": d.map(|d| d.name()),
                "note": p.note(),
            })
        })
        .collect();
    // The year's period, and whether its rules are taken to continue (no document found).
    let period = year
        .and_then(period_of)
        .map(|(p, continued)| json!({"name": p.name, "continued": continued}));
    json!({
        "year": year,
        "years": POLICY_YEARS,
        "periods": periods,
        "answered_until": ANSWERED_UNTIL,
        "period": period,
        "parameters": params,
        "rules_digest": crate::policy::rules_digest(),
    })
}

/// The listing as a table for people, in `lang`.
pub fn text(year: Option<u16>, lang: Lang) -> String {
    let c = lang.clerk();
    let mut out = String::new();
    let heading = match year {
        Some(y) => fill(c.policy_heading_year, &[("year", &y.to_string())]),
        None => c.policy_heading.to_string(),
    };
    let _ = writeln!(out, "{heading}\n");
    for (p, rows) in rows(year) {
        let _ = writeln!(out, "{} ({})", p.name, p.unit);
        for r in rows {
            let value = r.text.unwrap_or(lang.text().data_unknown);
            let confidence = lang.text().confidence(r.confidence);
            let doc = document(r.source.doc).map_or(r.source.doc, |d| d.name());
            let _ = writeln!(
                out,
                "  {} {}: {value}  [{confidence}]",
                c.policy_from,
                date(r.from)
            );
            let _ = writeln!(
                out,
                "    {} {doc} {} — {}",
                c.policy_source, r.source.clause, r.source.read
            );
        }
    }
    out
}

/// Runs `daijiao policy`.
pub fn run(args: &[String]) -> Result<String, Problem> {
    let r = parse_args(args)?;
    Ok(match r.format {
        Format::Json => super::to_json(&json(r.year), true)?,
        Format::Text => text(r.year, r.lang),
    })
}
