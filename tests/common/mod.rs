//! The case files' runner, shared by `tests/cases.rs` (the policy cases), `tests/contract.rs`
//! (schemas and round trips) and `examples/case_lines.rs` (the parity spec's fixture).
//!
//! Each case is named with a sentence and gives either a check-contract `input` (a table),
//! a raw input `line`, or `budget` arguments (`args`); `expect` maps dotted paths of the
//! answer to values (the string "null" means JSON null); `clause` ("DOC CLAUSE") must be
//! cited somewhere in the answer; `readings`, when given, is exactly the set of our readings
//! (`interpretations[].code`) the answer lists. Answers come from the same functions `daijiao` runs.
#![allow(dead_code)] // each test crate uses a part

use daijiao::cli::{answer_line, run_budget};
use daijiao::contract::ErrorOut;
use serde_json::Value;
use std::path::Path;

/// Every case file.
pub const CASE_FILES: [&str; 7] = [
    "pension_contribution.toml",
    "direct_claim.toml",
    "medical_subsidy.toml",
    "birth_month.toml",
    "readings.toml",
    "input_errors.toml",
    "budget.toml",
];

/// The case files of the check contract (the budget cases take arguments instead).
pub const CHECK_CASE_FILES: [&str; 7] = [
    "pension_contribution.toml",
    "direct_claim.toml",
    "medical_subsidy.toml",
    "birth_month.toml",
    "readings.toml",
    "input_errors.toml",
    "years.toml",
];

/// The cases of one file.
pub fn load(file: &str) -> Vec<Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cases")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let doc: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    let v = serde_json::to_value(doc).unwrap();
    let cases = v["case"].as_array().cloned().unwrap_or_default();
    assert!(!cases.is_empty(), "{file} has no cases");
    cases
}

/// The value at a dotted path.
pub fn at<'a>(mut v: &'a Value, path: &str) -> Option<&'a Value> {
    for seg in path.split('.') {
        v = match seg.parse::<usize>() {
            Ok(i) if v.is_array() => v.get(i)?,
            _ => v.get(seg)?,
        };
    }
    Some(v)
}

/// Whether the answer cites the clause anywhere.
pub fn cites(v: &Value, doc: &str, clause: &str) -> bool {
    match v {
        Value::Object(m) => {
            (m.get("doc").and_then(Value::as_str) == Some(doc)
                && m.get("clause").and_then(Value::as_str) == Some(clause))
                || m.values().any(|x| cites(x, doc, clause))
        }
        Value::Array(a) => a.iter().any(|x| cites(x, doc, clause)),
        _ => false,
    }
}

/// The answer for one case, as JSON.
pub fn answer(case: &Value) -> Value {
    let text = if let Some(args) = case.get("args") {
        let args: Vec<String> = serde_json::from_value(args.clone()).unwrap();
        match run_budget(&args) {
            Ok(json) => json,
            Err(e) => serde_json::to_string(&ErrorOut::new(&e, None)).unwrap(),
        }
    } else {
        let line = match (case.get("line"), case.get("input")) {
            (Some(Value::String(s)), None) => s.clone(),
            (None, Some(input)) => serde_json::to_string(input).unwrap(),
            _ => panic!("case needs exactly one of line, input, args: {case}"),
        };
        answer_line(line.as_bytes(), 1).0
    };
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("answer is not JSON ({e}): {text}"))
}

/// Runs `cases` (from `file`) and returns every failure, one sentence each.
pub fn check_cases(file: &str, cases: &[Value]) -> Vec<String> {
    let mut failures = Vec::new();
    let mut names = std::collections::HashSet::new();
    for case in cases {
        let Some(name) = case["name"].as_str() else {
            failures.push(format!("{file}: a case has no name: {case}"));
            continue;
        };
        if !names.insert(name.to_string()) {
            failures.push(format!("{file}: duplicate name {name:?}"));
        }
        let got = answer(case);
        let expect = match case["expect"].as_object() {
            Some(e) if !e.is_empty() => e,
            _ => {
                failures.push(format!("{file}: {name}\n    expects nothing"));
                continue;
            }
        };
        let is_error = got.get("error").is_some();
        for (path, want) in expect {
            let want = if want == "null" { &Value::Null } else { want };
            match at(&got, path) {
                Some(v) if v == want => {}
                other => failures.push(format!(
                    "{file}: {name}\n    {path}: expected {want}, got {}",
                    other.map_or("nothing".into(), Value::to_string)
                )),
            }
        }
        if let Some(want) = case.get("readings").and_then(Value::as_array) {
            let mut want: Vec<&str> = want.iter().filter_map(Value::as_str).collect();
            let mut listed: Vec<&str> = got["interpretations"]
                .as_array()
                .map(|a| a.iter().filter_map(|i| i["code"].as_str()).collect())
                .unwrap_or_default();
            want.sort_unstable();
            listed.sort_unstable();
            if want != listed {
                failures.push(format!(
                    "{file}: {name}\n    readings: expected {want:?}, listed {listed:?}"
                ));
            }
        }
        match case.get("clause").and_then(Value::as_str) {
            Some(c) => {
                let (doc, clause) = c.split_once(' ').expect("clause is 'DOC CLAUSE'");
                if !cites(&got, doc, clause) {
                    failures.push(format!("{file}: {name}\n    does not cite {c}"));
                }
            }
            None if !is_error => failures.push(format!(
                "{file}: {name}\n    a yes/no case must name its clause"
            )),
            None => {}
        }
        if is_error {
            let msg = at(&got, "error.message_zh")
                .and_then(Value::as_str)
                .unwrap_or("");
            if msg.is_empty() {
                failures.push(format!("{file}: {name}\n    error has no Chinese message"));
            }
        }
    }
    failures
}

/// Every case's input as a `daijiao check` line (the raw `line` or the `input` as JSON).
pub fn check_lines() -> Vec<String> {
    let mut lines = Vec::new();
    for file in CHECK_CASE_FILES {
        for case in load(file) {
            match (case.get("line"), case.get("input")) {
                (Some(Value::String(s)), _) => lines.push(s.clone()),
                (_, Some(input)) => lines.push(serde_json::to_string(input).unwrap()),
                _ => {}
            }
        }
    }
    lines
}
