//! Build script: the policy data (`src/policy/data/*.toml`) becomes Rust constants
//! (`$OUT_DIR/policy_data.rs`, included by `src/policy/params.rs`), so that no binary or page
//! carries a parser or the data files. The build fails, naming the file and the parameter, on a
//! row without a source or a known confidence, a value that does not parse for its kind, rows
//! out of date order, or a document id that `documents.toml` does not have.

use std::fmt::Write as _;
use std::path::Path;

const DATA: &str = "src/policy/data";

fn main() {
    println!("cargo::rerun-if-changed={DATA}");
    println!("cargo::rerun-if-changed=src/policy/build.rs");
    if let Err(e) = run() {
        panic!("policy data: {e}");
    }
}

fn read(name: &str) -> Result<toml::Table, String> {
    let path = Path::new(DATA).join(name);
    println!("cargo::rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{name}: {e}"))?;
    text.parse::<toml::Table>()
        .map_err(|e| format!("{name}: {e}"))
}

fn str_of<'a>(t: &'a toml::Table, key: &str, at: &str) -> Result<&'a str, String> {
    t.get(key)
        .and_then(toml::Value::as_str)
        .ok_or_else(|| format!("{at}: `{key}` must be a string"))
}

/// A Rust string literal.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// `Decimal::from_parts(..)` for a plain decimal text such as `0.6` or `100`.
fn decimal(text: &str, at: &str) -> Result<String, String> {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let digits = format!("{int}{frac}");
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("{at}: `{text}` is not a plain decimal"));
    }
    let mantissa: u128 = digits
        .parse()
        .map_err(|_| format!("{at}: `{text}` is too large"))?;
    let (lo, mid, hi) = (
        mantissa as u32,
        (mantissa >> 32) as u32,
        (mantissa >> 64) as u32,
    );
    Ok(format!(
        "Decimal::from_parts({lo}, {mid}, {hi}, false, {})",
        frac.len()
    ))
}

/// The Rust type and value expression of a value of `kind`.
fn value(kind: &str, text: &str, at: &str) -> Result<(String, String), String> {
    Ok(match kind {
        "yuan" | "rate" => ("Decimal".into(), decimal(text, at)?),
        "age" => {
            let n: u8 = text
                .parse()
                .map_err(|_| format!("{at}: `{text}` is not an age"))?;
            ("u8".into(), n.to_string())
        }
        "date" => ("(u16, u8, u8)".into(), date_tuple(text, at)?),
        "weights" => {
            let w: Vec<u32> = text
                .split(':')
                .map(str::parse)
                .collect::<Result<_, _>>()
                .map_err(|_| format!("{at}: `{text}` is not weights a:b:c"))?;
            if w.len() != 3 {
                return Err(format!("{at}: `{text}` needs three weights"));
            }
            ("[u32; 3]".into(), format!("[{}, {}, {}]", w[0], w[1], w[2]))
        }
        "tiers" => {
            let mut out = String::from("&[");
            for t in text.split_whitespace() {
                let mut parts = t.split('/');
                let (Some(y), Some(s)) = (parts.next(), parts.next()) else {
                    return Err(format!("{at}: tier `{t}` is not yuan/subsidy[/kept]"));
                };
                let kept = match parts.next() {
                    None => false,
                    Some("kept") => true,
                    Some(other) => return Err(format!("{at}: tier flag `{other}`")),
                };
                write!(
                    out,
                    "Tier {{ yuan: {}, subsidy_yuan: {}, kept: {kept} }}, ",
                    decimal(y, at)?,
                    decimal(s, at)?
                )
                .map_err(|e| e.to_string())?;
            }
            out.push(']');
            ("&'static [Tier]".into(), out)
        }
        other => return Err(format!("{at}: unknown kind `{other}`")),
    })
}

fn date_tuple(text: &str, at: &str) -> Result<String, String> {
    let p: Vec<&str> = text.split('-').collect();
    let ok = p.len() == 3 && p.iter().all(|x| x.bytes().all(|b| b.is_ascii_digit()));
    if !ok {
        return Err(format!("{at}: `{text}` is not a date YYYY-MM-DD"));
    }
    let n = |s: &str| s.trim_start_matches('0').parse::<u16>().unwrap_or(0);
    Ok(format!("({}, {}, {})", n(p[0]), n(p[1]), n(p[2])))
}

/// The status codes of the contract, and their enum variants.
const STATUSES: [(&str, &str); 7] = [
    ("registered_poor", "RegisteredPoor"),
    ("registered_poor_exited", "RegisteredPoorExited"),
    ("dibao", "Dibao"),
    ("tekun", "Tekun"),
    ("other_hardship", "OtherHardship"),
    ("severe_disability", "SevereDisability"),
    ("relapse_risk", "RelapseRisk"),
];

/// The rule sets the core implements (`years.toml` `rules`), their `RuleSet` variants, and the
/// category lists each needs (`categories.toml`; a list it does not use may be left out).
const RULE_SETS: [(&str, &str, &[&str]); 2] = [
    ("jrs_2018_3", "Jrs2018", &LISTS),
    (
        "transition_2021",
        "Transition2021",
        &[LISTS[0], LISTS[1], LISTS[2]],
    ),
];

/// Every category list a period carries (empty when its rule set does not use it).
const LISTS: [&str; 6] = [
    "pension_payment",
    "pension_payment_other_route",
    "pension_not_determined",
    "direct_claim",
    "medical_full",
    "medical_partial",
];

/// The status variants of one category list.
fn statuses(c: &toml::Table, at: &str) -> Result<Vec<String>, String> {
    let codes = c
        .get("statuses")
        .and_then(toml::Value::as_array)
        .ok_or(format!("{at}: `statuses` must be a list"))?;
    let mut variants = Vec::new();
    for code in codes {
        let code = code
            .as_str()
            .ok_or(format!("{at}: a status is not a string"))?;
        let (_, v) = STATUSES
            .iter()
            .find(|(c, _)| *c == code)
            .ok_or(format!("{at}: unknown status `{code}`"))?;
        variants.push(format!("Status::{v}"));
    }
    Ok(variants)
}

/// The periods (`years.toml`) with whom each of their rules names (`categories.toml`): the
/// `PERIODS` table, `ANSWERED_UNTIL` and `POLICY_YEARS`.
fn periods(documents: &toml::Table) -> Result<String, String> {
    let years = read("years.toml")?;
    let categories = read("categories.toml")?;
    let list = years
        .get("period")
        .and_then(toml::Value::as_array)
        .filter(|l| !l.is_empty())
        .ok_or("years.toml: no [[period]]")?;
    let mut out = String::new();
    let mut body = String::new();
    let mut notes = String::new();
    let mut next_from: Option<i64> = None;
    let mut last_to = 0;
    for (i, p) in list.iter().enumerate() {
        let at = format!("years.toml period {}", i + 1);
        let p = p.as_table().ok_or(format!("{at}: not a table"))?;
        let name = str_of(p, "name", &at)?;
        let int = |key: &str| {
            p.get(key)
                .and_then(toml::Value::as_integer)
                .filter(|y| (1990..=2200).contains(y))
                .ok_or(format!("{at}: `{key}` must be a year"))
        };
        let (from, to) = (int("from")?, int("to")?);
        if to < from || next_from.is_some_and(|n| n != from) {
            return Err(format!(
                "{at}: periods must follow each other without a gap or an overlap"
            ));
        }
        next_from = Some(to + 1);
        last_to = to;
        let doc = str_of(p, "doc", &at)?;
        if !documents.contains_key(doc) {
            return Err(format!("{at}: document `{doc}` is not in documents.toml"));
        }
        let rules = str_of(p, "rules", &at)?;
        let (_, variant, needs) = RULE_SETS
            .iter()
            .find(|(r, _, _)| *r == rules)
            .ok_or(format!("{at}: unknown rule set `{rules}`"))?;
        let cats = categories
            .get(name)
            .and_then(toml::Value::as_table)
            .ok_or(format!("categories.toml: no lists for period `{name}`"))?;
        for key in cats.keys() {
            if !needs.contains(&key.as_str()) {
                return Err(format!(
                    "categories.toml [{name}.{key}]: the rule set `{rules}` has no such list"
                ));
            }
        }
        write!(
            body,
            "    Period {{ name: {}, rules: RuleSet::{variant}, from: {from}, to: {to}, doc: {}",
            lit(name),
            lit(doc),
        )
        .map_err(|e| e.to_string())?;
        writeln!(
            notes,
            "    ({}, {}),",
            lit(name),
            lit(str_of(p, "note", &at)?)
        )
        .map_err(|e| e.to_string())?;
        for list_name in LISTS {
            let at = format!("categories.toml [{name}.{list_name}]");
            let variants = match cats.get(list_name) {
                Some(c) => {
                    let c = c.as_table().ok_or(format!("{at}: not a table"))?;
                    str_of(c, "doc", &at)?;
                    statuses(c, &at)?
                }
                None if needs.contains(&list_name) => {
                    return Err(format!("{at}: the rule set `{rules}` needs this list"))
                }
                None => Vec::new(),
            };
            write!(body, ", {list_name}: &[{}]", variants.join(", ")).map_err(|e| e.to_string())?;
        }
        body.push_str(" },\n");
    }
    let until = years
        .get("answered_until")
        .and_then(toml::Value::as_integer)
        .filter(|y| *y >= last_to && *y <= last_to + 10)
        .ok_or("years.toml: `answered_until` must be a year from the last period's `to`, at most 10 years after it")?;
    let first = list[0]
        .get("from")
        .and_then(toml::Value::as_integer)
        .unwrap_or_default();
    let all: Vec<i64> = (first..=until).collect();
    writeln!(
        out,
        "/// The policy periods, in order (years.toml, categories.toml).\npub const PERIODS: [Period; {}] = [\n{body}];\n\n/// Why each period has its years, by name (`daijiao policy`).\npub static PERIOD_NOTES: &[(&str, &str)] = &[\n{notes}];\n\n/// The last year answered (years.toml `answered_until`).\npub const ANSWERED_UNTIL: u16 = {until};\n\n/// The policy years the rules answer for (years.toml).\npub const POLICY_YEARS: [u16; {}] = {all:?};\n",
        list.len(),
        all.len()
    )
    .map_err(|e| e.to_string())?;
    Ok(out)
}

/// The clauses (`clauses.toml`, in file order): one `Clause` constant each, and `ALL_CLAUSES`.
fn clauses(documents: &toml::Table) -> Result<String, String> {
    let file = read("clauses.toml")?;
    let list = file
        .get("clause")
        .and_then(toml::Value::as_array)
        .ok_or("clauses.toml: no [[clause]]")?;
    let mut out = String::new();
    let mut names = Vec::new();
    for (i, c) in list.iter().enumerate() {
        let at = format!("clauses.toml clause {}", i + 1);
        let c = c.as_table().ok_or(format!("{at}: not a table"))?;
        let name = str_of(c, "name", &at)?.to_uppercase();
        let doc = str_of(c, "doc", &at)?;
        if !documents.contains_key(doc) {
            return Err(format!("{at}: document `{doc}` is not in documents.toml"));
        }
        let verbatim = c
            .get("verbatim")
            .and_then(toml::Value::as_bool)
            .ok_or(format!("{at}: `verbatim` must be true or false"))?;
        writeln!(
            out,
            "/// {} (clauses.toml)\npub const {name}: Clause = Clause {{ doc: {}, clause: {}, text_zh: {}, verbatim: {verbatim} }};\n",
            str_of(c, "note", &at)?,
            lit(doc),
            lit(str_of(c, "clause", &at)?),
            lit(str_of(c, "text", &at)?),
        )
        .map_err(|e| e.to_string())?;
        names.push(name);
    }
    writeln!(
        out,
        "/// Every clause the rules cite, in the data's order.\npub const ALL_CLAUSES: [Clause; {}] = [{}];",
        names.len(),
        names.join(", ")
    )
    .map_err(|e| e.to_string())?;
    Ok(out)
}

fn run() -> Result<(), String> {
    let documents = read("documents.toml")?;
    let mut out = String::from(
        "// Generated by src/policy/build.rs from src/policy/data/*.toml: do not edit.\n\n",
    );
    out.push_str(&periods(&documents)?);

    out.push_str("/// The documents the data cites (documents.toml).\npub const DOCUMENTS: &[Document] = &[\n");
    for (id, d) in &documents {
        let d = d
            .as_table()
            .ok_or(format!("documents.toml: {id} is not a table"))?;
        let at = format!("documents.toml [{id}]");
        writeln!(
            out,
            "    Document {{ id: {}, number: {}, title: {} }},",
            lit(id),
            lit(str_of(d, "number", &at)?),
            lit(str_of(d, "title", &at)?)
        )
        .map_err(|e| e.to_string())?;
    }
    out.push_str("];\n\n");

    let mut files: Vec<String> = std::fs::read_dir(DATA)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| {
            n.ends_with(".toml")
                && ![
                    "documents.toml",
                    "years.toml",
                    "clauses.toml",
                    "categories.toml",
                ]
                .contains(&n.as_str())
        })
        .collect();
    files.sort();
    let mut listing = String::from(
        "/// Every parameter, for listings and the digest.\npub const LISTING: &[Listed] = &[\n",
    );
    // What each parameter is: for `daijiao policy` only (a separate table, so that a page that
    // lists figures does not carry the descriptions).
    let mut docs = String::from(
        "/// What each parameter is, by name (`daijiao policy`).\npub static LISTING_DOCS: &[(&str, &str)] = &[\n",
    );
    let mut canonical = String::new();
    for file in &files {
        for (name, p) in &read(file)? {
            let at = format!("{file} [{name}]");
            let p = p.as_table().ok_or(format!("{at}: not a table"))?;
            let kind = str_of(p, "kind", &at)?;
            let unit = str_of(p, "unit", &at)?;
            let doc = str_of(p, "doc", &at)?;
            let rows = p
                .get("rows")
                .and_then(toml::Value::as_array)
                .filter(|r| !r.is_empty())
                .ok_or(format!("{at}: no rows"))?;
            let mut ty = String::new();
            let mut body = String::new();
            let mut listed = String::new();
            let mut last_from = String::new();
            let mut last_value = None;
            let mut known_rows = 0;
            let mut canonical_rows = String::new();
            let mut text_of_first = None;
            for (i, row) in rows.iter().enumerate() {
                let at = format!("{at} row {}", i + 1);
                let row = row.as_table().ok_or(format!("{at}: not a table"))?;
                let from = row
                    .get("from")
                    .and_then(toml::Value::as_datetime)
                    .and_then(|d| d.date)
                    .ok_or(format!("{at}: `from` must be a date"))?;
                let from_text = format!("{:04}-{:02}-{:02}", from.year, from.month, from.day);
                if from_text <= last_from {
                    return Err(format!("{at}: rows must be in date order"));
                }
                last_from.clone_from(&from_text);
                let confidence = match str_of(row, "confidence", &at)? {
                    "verified" => "Verified",
                    "secondary" => "Secondary",
                    "recalled" => "Recalled",
                    "unknown" => "Unknown",
                    other => return Err(format!("{at}: unknown confidence `{other}`")),
                };
                let source = row
                    .get("source")
                    .and_then(toml::Value::as_table)
                    .ok_or(format!("{at}: no source"))?;
                let src_doc = str_of(source, "doc", &at)?;
                if !documents.contains_key(src_doc) {
                    return Err(format!(
                        "{at}: document `{src_doc}` is not in documents.toml"
                    ));
                }
                let read = str_of(source, "read", &at)?;
                if read.trim().is_empty() {
                    return Err(format!(
                        "{at}: the source says nothing of where it was read"
                    ));
                }
                let clause = str_of(source, "clause", &at)?;
                let text = row
                    .get("value")
                    .map(|v| v.as_str().ok_or(format!("{at}: value must be a string")))
                    .transpose()?;
                if text.is_none() != (confidence == "Unknown") {
                    return Err(format!(
                        "{at}: a value is missing exactly when the confidence is unknown"
                    ));
                }
                let (value_ty, expr) = match text {
                    Some(t) => {
                        let (vt, e) = value(kind, t, &at)?;
                        (vt, format!("Some({e})"))
                    }
                    None => (String::new(), "None".into()),
                };
                if !value_ty.is_empty() {
                    ty = value_ty;
                }
                if let Some(t) = text {
                    last_value = Some(value(kind, t, &at)?.1);
                    known_rows += 1;
                    if i == 0 {
                        text_of_first = Some(t);
                    }
                }
                let source = format!(
                    "Source {{ doc: {}, clause: {}, read: {} }}",
                    lit(src_doc),
                    lit(clause),
                    lit(read)
                );
                let (y, m, d) = (from.year, from.month, from.day);
                canonical_rows.push_str(&format!(
                    "{y:04}-{m:02}-{d:02}={}@{}:{src_doc}|{clause}|{read}|;",
                    text.unwrap_or("?"),
                    confidence.to_lowercase()
                ));
                writeln!(
                    body,
                    "        Row {{ from: ({y}, {m}, {d}), value: {expr}, confidence: Confidence::{confidence}, source: {source} }},"
                )
                .map_err(|e| e.to_string())?;
                writeln!(
                    listed,
                    "        ListedRow {{ from: ({y}, {m}, {d}), text: {}, confidence: Confidence::{confidence}, source: {source} }},",
                    match text { Some(t) => format!("Some({})", lit(t)), None => "None".into() }
                )
                .map_err(|e| e.to_string())?;
            }
            if ty.is_empty() {
                return Err(format!("{at}: no row has a value"));
            }
            let upper = name.to_uppercase();
            // Ages and dates hold one value for all years: a plain constant, and the parameter.
            let scalar = kind == "age" || kind == "date";
            let param_name = if scalar {
                format!("{upper}_PARAM")
            } else {
                upper.clone()
            };
            writeln!(
                out,
                "/// {doc} ({file})\npub const {param_name}: Param<{ty}> = Param {{\n    name: {},\n    unit: {},\n    rows: &[\n{body}    ],\n}};\n",
                lit(name),
                lit(unit)
            )
            .map_err(|e| e.to_string())?;
            if scalar {
                // One value for all the years it is in force; later rows may only end it
                // (unknown), which the listing shows.
                if known_rows != 1 || rows.len() > 1 && text_of_first.is_none() {
                    return Err(format!(
                        "{at}: an {kind} has one value, in its first row (later rows: unknown)"
                    ));
                }
                let v = last_value.ok_or(format!("{at}: an {kind} needs a value"))?;
                writeln!(out, "/// {doc}\npub const {upper}: {ty} = {v};\n")
                    .map_err(|e| e.to_string())?;
            }
            writeln!(
                listing,
                "    Listed {{ name: {}, kind: {}, unit: {}, rows: &[\n{listed}    ] }},",
                lit(name),
                lit(kind),
                lit(unit),
            )
            .map_err(|e| e.to_string())?;
            writeln!(docs, "    ({}, {}),", lit(name), lit(doc)).map_err(|e| e.to_string())?;
            canonical.push_str(name);
            canonical.push('{');
            canonical.push_str(&canonical_rows);
            canonical.push('}');
        }
    }
    listing.push_str("];\n");
    docs.push_str("];\n");
    out.push_str(&listing);
    out.push_str(&docs);
    // FNV-1a 64 of the canonical text (`policy::canonical_data` writes the same text at run
    // time; a test holds them equal), so that no page computes it.
    let hash = canonical.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    writeln!(
        out,
        "/// FNV-1a 64 of the canonical text of every parameter row.\npub const DATA_DIGEST: u64 = {hash:#x};"
    )
    .map_err(|e| e.to_string())?;
    out.push_str(&clauses(&documents)?);
    let dest =
        Path::new(&std::env::var("OUT_DIR").map_err(|e| e.to_string())?).join("policy_data.rs");
    std::fs::write(dest, out).map_err(|e| e.to_string())
}
