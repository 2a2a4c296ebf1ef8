//! The one runner for the case files in `tests/cases/*.toml`.
//!
//! Each case is named with a sentence and gives either a check-contract `input` (a table),
//! a raw input `line`, or `budget` arguments (`args`); `expect` maps dotted paths of the
//! answer to values (the string "null" means JSON null); `clause` ("DOC CLAUSE") must be
//! cited somewhere in the answer. Answers come from the same functions `daijiao` runs.

use daijiao::cli::{answer_line, run_budget};
use daijiao::contract::ErrorOut;
use serde_json::Value;
use std::path::Path;

fn load(file: &str) -> Vec<Value> {
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

fn at<'a>(mut v: &'a Value, path: &str) -> Option<&'a Value> {
    for seg in path.split('.') {
        v = match seg.parse::<usize>() {
            Ok(i) if v.is_array() => v.get(i)?,
            _ => v.get(seg)?,
        };
    }
    Some(v)
}

fn cites(v: &Value, doc: &str, clause: &str) -> bool {
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

fn check(file: &str) {
    let cases = load(file);
    let mut failures = Vec::new();
    let mut names = std::collections::HashSet::new();
    for case in &cases {
        let name = case["name"].as_str().expect("every case has a name");
        assert!(
            names.insert(name.to_string()),
            "{file}: duplicate name {name:?}"
        );
        let got = answer(case);
        let expect = case["expect"].as_object().expect("every case has expect");
        assert!(!expect.is_empty(), "{name}: expects nothing");
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
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn pension_contribution_cases() {
    check("pension_contribution.toml");
}

#[test]
fn direct_claim_cases() {
    check("direct_claim.toml");
}

#[test]
fn medical_subsidy_cases() {
    check("medical_subsidy.toml");
}

#[test]
fn input_error_cases() {
    check("input_errors.toml");
}

#[test]
fn budget_cases() {
    check("budget.toml");
}

#[test]
fn the_runner_fails_on_a_wrong_expectation() {
    // A runner that cannot fail is a defect: feed it a case whose expectation is wrong.
    let case: Value = serde_json::json!({
        "input": {"year": 2018, "age": 40, "statuses": ["dibao"], "pension": "enrolled"}
    });
    let got = answer(&case);
    assert_eq!(
        at(&got, "pension_contribution.government_pays"),
        Some(&Value::Bool(true))
    );
    assert_ne!(
        at(&got, "pension_contribution.government_pays"),
        Some(&Value::Bool(false))
    );
    assert!(cites(&got, "JRS-2018-3", "二(一)1"));
    assert!(!cites(&got, "JRS-2018-3", "九(九)9"));
}
