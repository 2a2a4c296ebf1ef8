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

/// The case files of the check contract (the budget cases take arguments instead).
const CHECK_CASE_FILES: [&str; 4] = [
    "pension_contribution.toml",
    "direct_claim.toml",
    "medical_subsidy.toml",
    "input_errors.toml",
];

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

/// A small JSON Schema checker for the subset our schemas use ($ref, oneOf, type, enum,
/// properties, required, additionalProperties: false, items, uniqueItems, minimum, maximum,
/// pattern for the patterns we write). An unsupported keyword fails the test.
mod schema {
    use serde_json::Value;

    fn pattern_ok(p: &str, s: &str) -> bool {
        let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
        match p {
            "^[0-9]+\\.[0-9]{2}$" => s
                .split_once('.')
                .is_some_and(|(a, b)| digits(a) && b.len() == 2 && digits(b)),
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" => {
                let b = s.as_bytes();
                b.len() == 10
                    && b[4] == b'-'
                    && b[7] == b'-'
                    && digits(&s[..4])
                    && digits(&s[5..7])
                    && digits(&s[8..])
            }
            other => panic!("schema uses a pattern the checker does not know: {other}"),
        }
    }

    fn type_ok(t: &str, v: &Value) -> bool {
        match t {
            "object" => v.is_object(),
            "array" => v.is_array(),
            "string" => v.is_string(),
            "integer" => v.is_i64() || v.is_u64(),
            "boolean" => v.is_boolean(),
            "null" => v.is_null(),
            other => panic!("unknown type {other}"),
        }
    }

    pub fn check(root: &Value, s: &Value, v: &Value, path: &str, errs: &mut Vec<String>) {
        let obj = s.as_object().expect("schema node is an object");
        for (k, rule) in obj {
            match k.as_str() {
                "$schema" | "$id" | "title" | "description" | "$defs" => {}
                "$ref" => {
                    let name = rule.as_str().unwrap().trim_start_matches("#/$defs/");
                    check(root, &root["$defs"][name], v, path, errs);
                }
                "oneOf" => {
                    let n = rule
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter(|alt| {
                            let mut e = Vec::new();
                            check(root, alt, v, path, &mut e);
                            e.is_empty()
                        })
                        .count();
                    if n != 1 {
                        errs.push(format!("{path}: matches {n} of oneOf"));
                    }
                }
                "type" => {
                    let ok = match rule {
                        Value::String(t) => type_ok(t, v),
                        Value::Array(ts) => ts.iter().any(|t| type_ok(t.as_str().unwrap(), v)),
                        _ => panic!("bad type"),
                    };
                    if !ok {
                        errs.push(format!("{path}: {v} is not of type {rule}"));
                    }
                }
                "enum" if !rule.as_array().unwrap().contains(v) => {
                    errs.push(format!("{path}: {v} not in {rule}"))
                }
                "enum" => {}
                "pattern" => {
                    if let Some(s) = v.as_str() {
                        if !pattern_ok(rule.as_str().unwrap(), s) {
                            errs.push(format!("{path}: {s:?} does not match {rule}"));
                        }
                    }
                }
                "minimum" | "maximum" => {
                    if let (Some(x), Some(b)) = (v.as_i64(), rule.as_i64()) {
                        if (k == "minimum" && x < b) || (k == "maximum" && x > b) {
                            errs.push(format!("{path}: {x} breaks {k} {b}"));
                        }
                    }
                }
                "required" => {
                    if let Some(o) = v.as_object() {
                        for r in rule.as_array().unwrap() {
                            if !o.contains_key(r.as_str().unwrap()) {
                                errs.push(format!("{path}: missing {r}"));
                            }
                        }
                    }
                }
                "properties" => {
                    if let Some(o) = v.as_object() {
                        for (name, sub) in rule.as_object().unwrap() {
                            if let Some(x) = o.get(name) {
                                check(root, sub, x, &format!("{path}.{name}"), errs);
                            }
                        }
                    }
                }
                "additionalProperties" => {
                    assert_eq!(
                        rule,
                        &Value::Bool(false),
                        "only additionalProperties: false"
                    );
                    if let Some(o) = v.as_object() {
                        let props = obj["properties"].as_object().unwrap();
                        for name in o.keys().filter(|n| !props.contains_key(*n)) {
                            errs.push(format!("{path}: unexpected property {name}"));
                        }
                    }
                }
                "items" => {
                    if let Some(a) = v.as_array() {
                        for (i, x) in a.iter().enumerate() {
                            check(root, rule, x, &format!("{path}[{i}]"), errs);
                        }
                    }
                }
                "uniqueItems" => {
                    if let Some(a) = v.as_array() {
                        if a.iter().enumerate().any(|(i, x)| a[..i].contains(x)) {
                            errs.push(format!("{path}: items are not unique"));
                        }
                    }
                }
                other => panic!("schema keyword {other} is not supported by the checker"),
            }
        }
    }

    pub fn load(name: &str) -> Value {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("www/schema")
            .join(name);
        serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
    }

    pub fn errors(schema: &Value, v: &Value) -> Vec<String> {
        let mut e = Vec::new();
        check(schema, schema, v, "$", &mut e);
        e
    }
}

#[test]
fn every_answer_of_every_case_matches_the_output_schema_and_good_inputs_the_input_schema() {
    let out_schema = schema::load("check-output.schema.json");
    let in_schema = schema::load("check-input.schema.json");
    let mut failures = Vec::new();
    for file in CHECK_CASE_FILES {
        for case in load(file) {
            let got = answer(&case);
            for e in schema::errors(&out_schema, &got) {
                failures.push(format!("{}: output {e}", case["name"]));
            }
            if let (Some(input), None) = (case.get("input"), got.get("error")) {
                for e in schema::errors(&in_schema, input) {
                    failures.push(format!("{}: input {e}", case["name"]));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_schema_checker_rejects_a_wrong_answer() {
    let out_schema = schema::load("check-output.schema.json");
    let case = serde_json::json!({"input": {"year": 2018, "age": 40, "statuses": ["dibao"], "pension": "enrolled"}});
    let mut got = answer(&case);
    assert!(schema::errors(&out_schema, &got).is_empty());
    got["medical_subsidy"]["rate"] = serde_json::json!(0.6); // a JS number instead of a string
    assert!(!schema::errors(&out_schema, &got).is_empty());
    got["medical_subsidy"]["rate"] = "0.6".into();
    got["extra"] = true.into();
    assert!(!schema::errors(&out_schema, &got).is_empty());
}

#[test]
fn the_input_schema_lists_exactly_the_cores_statuses_and_pension_values() {
    use daijiao::input::{Pension, Status};
    let s = schema::load("check-input.schema.json");
    let names = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap().to_string())
            .collect()
    };
    let statuses: Vec<String> = Status::ALL.iter().map(|s| s.code().to_string()).collect();
    assert_eq!(
        names(&s["properties"]["statuses"]["items"]["enum"]),
        statuses
    );
    let pension: Vec<String> = Pension::ALL.iter().map(|p| p.code().to_string()).collect();
    assert_eq!(names(&s["properties"]["pension"]["enum"]), pension);
    let years: Vec<i64> = s["properties"]["year"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y.as_i64().unwrap())
        .collect();
    let core: Vec<i64> = daijiao::policy::params::POLICY_YEARS
        .iter()
        .map(|&y| i64::from(y))
        .collect();
    assert_eq!(years, core);
}

/// Writes every case's input line to `target/parity/cases.jsonl`, for the JS parity spec
/// (`tools/e2e/specs/parity.spec.mjs`), which runs them through both `daijiao check` and the
/// JS API's `evaluate`.
#[test]
fn the_case_inputs_are_exported_for_the_js_parity_check() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/parity");
    std::fs::create_dir_all(&dir).unwrap();
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
    assert!(lines.len() > 70, "only {} case lines", lines.len());
    std::fs::write(dir.join("cases.jsonl"), lines.join("\n") + "\n").unwrap();
}
