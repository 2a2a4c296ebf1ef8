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
const STATUSES: [(&str, &str); 6] = [
    ("registered_poor", "RegisteredPoor"),
    ("registered_poor_exited", "RegisteredPoorExited"),
    ("dibao", "Dibao"),
    ("tekun", "Tekun"),
    ("other_hardship", "OtherHardship"),
    ("severe_disability", "SevereDisability"),
];

/// Who each rule names (`categories.toml`): one `[Status; N]` constant per list.
fn categories() -> Result<String, String> {
    let file = read("categories.toml")?;
    let mut out = String::new();
    for (name, c) in &file {
        let at = format!("categories.toml [{name}]");
        let c = c.as_table().ok_or(format!("{at}: not a table"))?;
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
        writeln!(
            out,
            "/// {} (categories.toml)\npub const {}: [Status; {}] = [{}];\n",
            str_of(c, "doc", &at)?,
            name.to_uppercase(),
            variants.len(),
            variants.join(", ")
        )
        .map_err(|e| e.to_string())?;
    }
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
    let years = read("years.toml")?;
    let covered: Vec<i64> = years
        .get("covered")
        .and_then(toml::Value::as_array)
        .ok_or("years.toml: `covered` must be a list")?
        .iter()
        .map(|v| v.as_integer().ok_or("years.toml: a year is not an integer"))
        .collect::<Result<_, _>>()?;
    let mut out = String::from(
        "// Generated by src/policy/build.rs from src/policy/data/*.toml: do not edit.\n\n",
    );
    writeln!(
        out,
        "/// The policy years the rules answer for (years.toml).\npub const POLICY_YEARS: [u16; {}] = {covered:?};",
        covered.len()
    )
    .map_err(|e| e.to_string())?;

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
                    None => (
                        value(kind, "0", &at).map(|v| v.0).unwrap_or_default(),
                        "None".into(),
                    ),
                };
                ty = value_ty;
                if let Some(t) = text {
                    last_value = Some(value(kind, t, &at)?.1);
                }
                let source = format!(
                    "Source {{ doc: {}, clause: {}, read: {} }}",
                    lit(src_doc),
                    lit(clause),
                    lit(read)
                );
                let (y, m, d) = (from.year, from.month, from.day);
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
                ty = value(kind, "1", &at)
                    .map(|v| v.0)
                    .map_err(|_| format!("{at}: no type"))?;
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
                if rows.len() != 1 {
                    return Err(format!("{at}: an {kind} has exactly one row"));
                }
                let v = last_value.ok_or(format!("{at}: an {kind} needs a value"))?;
                writeln!(out, "/// {doc}\npub const {upper}: {ty} = {v};\n")
                    .map_err(|e| e.to_string())?;
            }
            writeln!(
                listing,
                "    Listed {{ name: {}, kind: {}, unit: {}, doc: {}, rows: &[\n{listed}    ] }},",
                lit(name),
                lit(kind),
                lit(unit),
                lit(doc)
            )
            .map_err(|e| e.to_string())?;
        }
    }
    listing.push_str("];\n");
    out.push_str(&listing);
    out.push_str(&clauses(&documents)?);
    out.push_str(&categories()?);
    let dest =
        Path::new(&std::env::var("OUT_DIR").map_err(|e| e.to_string())?).join("policy_data.rs");
    std::fs::write(dest, out).map_err(|e| e.to_string())
}
