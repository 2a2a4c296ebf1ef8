//! The contract, told once: the JSON Schemas (`www/schema/`) and the TypeScript declarations
//! (`www/js/contract.d.ts`) are generated from the Rust types of `daijiao::contract`, and
//! committed. These tests fail when a committed file is stale (regenerate with
//! `DAIJIAO_BLESS=1 cargo test --test contract`), check every answer of every case against
//! the generated schemas with a maintained validator (`jsonschema`), and round-trip the real
//! contract types through JSON.

use daijiao::budget::{Fiscal, Level};
use daijiao::contract::{
    BudgetOut, CheckAnswer, ClauseOut, DecisionOut, DirectClaimOut, ErrorBody, ErrorOut, HintOut,
    IdOut, InterpretationOut, LevelOut, MedicalOut, PensionOut, Rate, ReasonOut, ResidentIn,
    Starts, TierOut, Yuan,
};
use daijiao::input::{MedicalScheme, Pension, Status};
use daijiao::policy::readings::Reading;
use daijiao::rules::ReasonCode;
use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::{json, Value};
use std::path::PathBuf;
use ts_rs::{Config, TS};

mod common;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A root schema for `T`, in the contract mode of its direction (what we write: every field
/// required as written; what we read: optional fields optional).
fn schema_for<T: JsonSchema>(id: &str, serialize: bool) -> Value {
    let settings = SchemaSettings::draft2020_12();
    let settings = if serialize {
        settings.for_serialize()
    } else {
        settings.for_deserialize()
    };
    let schema = settings.into_generator().into_root_schema_for::<T>();
    let mut v = serde_json::to_value(schema).expect("a schema is JSON");
    let o = v.as_object_mut().expect("a root schema is an object");
    o.insert("$id".into(), json!(format!("daijiao/{id}")));
    v
}

fn ts_file() -> String {
    let cfg = Config::new().with_large_int("number");
    let mut out = String::from(
        "// Generated from the Rust types of src/contract.rs by tests/contract.rs; do not edit.\n\
         // Regenerate: DAIJIAO_BLESS=1 cargo test --test contract\n\
         // Money is a decimal string in 元 with two places (Yuan), never a number.\n",
    );
    let decls = [
        (Yuan::docs(), Yuan::decl(&cfg)),
        (Rate::docs(), Rate::decl(&cfg)),
        (IdOut::docs(), IdOut::decl(&cfg)),
        (Status::docs(), Status::decl(&cfg)),
        (Pension::docs(), Pension::decl(&cfg)),
        (MedicalScheme::docs(), MedicalScheme::decl(&cfg)),
        (ResidentIn::docs(), ResidentIn::decl(&cfg)),
        (ClauseOut::docs(), ClauseOut::decl(&cfg)),
        (ReasonCode::docs(), ReasonCode::decl(&cfg)),
        (Reading::docs(), Reading::decl(&cfg)),
        (InterpretationOut::docs(), InterpretationOut::decl(&cfg)),
        (HintOut::docs(), HintOut::decl(&cfg)),
        (ReasonOut::docs(), ReasonOut::decl(&cfg)),
        (TierOut::docs(), TierOut::decl(&cfg)),
        (PensionOut::docs(), PensionOut::decl(&cfg)),
        (Starts::docs(), Starts::decl(&cfg)),
        (DirectClaimOut::docs(), DirectClaimOut::decl(&cfg)),
        (MedicalOut::docs(), MedicalOut::decl(&cfg)),
        (DecisionOut::docs(), DecisionOut::decl(&cfg)),
        (ErrorBody::docs(), ErrorBody::decl(&cfg)),
        (ErrorOut::docs(), ErrorOut::decl(&cfg)),
        (CheckAnswer::docs(), CheckAnswer::decl(&cfg)),
        (Fiscal::docs(), Fiscal::decl(&cfg)),
        (Level::docs(), Level::decl(&cfg)),
        (LevelOut::docs(), LevelOut::decl(&cfg)),
        (BudgetOut::docs(), BudgetOut::decl(&cfg)),
    ];
    for (docs, decl) in decls {
        out.push('\n');
        if let Some(d) = docs {
            out.push_str(&d);
        }
        out.push_str("export ");
        out.push_str(&decl);
        out.push('\n');
    }
    out
}

/// Every generated file: its path in the repository and its content.
fn generated() -> Vec<(&'static str, String)> {
    let pretty = |v: Value| serde_json::to_string_pretty(&v).expect("JSON") + "\n";
    vec![
        (
            "www/schema/check-input.schema.json",
            pretty(schema_for::<ResidentIn>("check-input.schema.json", false)),
        ),
        (
            "www/schema/check-output.schema.json",
            pretty(schema_for::<CheckAnswer>("check-output.schema.json", true)),
        ),
        (
            "www/schema/budget-output.schema.json",
            pretty(schema_for::<BudgetOut>("budget-output.schema.json", true)),
        ),
        ("www/js/contract.d.ts", ts_file()),
    ]
}

#[test]
fn the_committed_schemas_and_declarations_are_generated_from_the_rust_types() {
    let bless = std::env::var_os("DAIJIAO_BLESS").is_some();
    let mut stale = Vec::new();
    for (path, want) in generated() {
        let file = root().join(path);
        let have = std::fs::read_to_string(&file).unwrap_or_default();
        if have != want {
            if bless {
                std::fs::write(&file, &want).expect("write the generated file");
            } else {
                stale.push(path);
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files (regenerate with DAIJIAO_BLESS=1 cargo test --test contract, then review and commit): {stale:?}"
    );
}

fn load_schema(name: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("www/schema").join(name)).expect(name);
    let schema: Value = serde_json::from_str(&text).expect("a schema is JSON");
    jsonschema::validator_for(&schema).expect("a valid schema")
}

fn errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn every_answer_of_every_case_matches_the_output_schema_and_good_inputs_the_input_schema() {
    let out_schema = load_schema("check-output.schema.json");
    let in_schema = load_schema("check-input.schema.json");
    let budget_schema = load_schema("budget-output.schema.json");
    let mut failures = Vec::new();
    let mut checked = 0;
    for file in common::CASE_FILES {
        for case in common::load(file) {
            let got = common::answer(&case);
            let name = &case["name"];
            let is_budget = case.get("args").is_some() && got.get("error").is_none();
            let schema = if is_budget {
                &budget_schema
            } else {
                &out_schema
            };
            failures.extend(
                errors(schema, &got)
                    .into_iter()
                    .map(|e| format!("{name}: output {e}")),
            );
            if let (Some(input), None) = (case.get("input"), got.get("error")) {
                failures.extend(
                    errors(&in_schema, input)
                        .into_iter()
                        .map(|e| format!("{name}: input {e}")),
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 80, "only {checked} cases");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_schemas_reject_wrong_answers_and_wrong_inputs() {
    let out_schema = load_schema("check-output.schema.json");
    let case =
        json!({"input": {"year": 2018, "age": 40, "statuses": ["dibao"], "pension": "enrolled"}});
    let mut got = common::answer(&case);
    assert!(errors(&out_schema, &got).is_empty());
    got["medical_subsidy"]["rate"] = json!(0.6); // a JS number instead of a string
    assert!(!errors(&out_schema, &got).is_empty());
    got["medical_subsidy"]["rate"] = "0.6".into();
    got["extra"] = true.into();
    assert!(!errors(&out_schema, &got).is_empty());
    got.as_object_mut().unwrap().remove("extra");
    got["pension_contribution"]["tier_yuan"] = "100".into(); // not two places
    assert!(!errors(&out_schema, &got).is_empty());

    let in_schema = load_schema("check-input.schema.json");
    let good = json!({"year": 2018, "age": 40, "statuses": ["dibao"], "pension": "enrolled"});
    assert!(errors(&in_schema, &good).is_empty());
    for bad in [
        json!({"year": 2027, "age": 40, "statuses": [], "pension": "enrolled"}),
        json!({"year": 2018, "age": 131, "statuses": [], "pension": "enrolled"}),
        json!({"year": 2018, "age": 40, "statuses": ["dibao", "dibao"], "pension": "enrolled"}),
        json!({"year": 2018, "age": 40, "statuses": ["poor"], "pension": "enrolled"}),
        json!({"year": 2018, "age": 40, "statuses": [], "pension": "enrolled", "name": "x"}),
        json!({"year": 2018, "age": 40, "statuses": []}),
    ] {
        assert!(!errors(&in_schema, &bad).is_empty(), "{bad}");
    }
}

#[test]
fn the_schemas_list_exactly_the_cores_statuses_pension_values_years_and_reasons() {
    let s: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("www/schema/check-input.schema.json")).unwrap(),
    )
    .unwrap();
    let text = s.to_string();
    for st in Status::ALL {
        assert!(
            text.contains(&format!("\"{}\"", st.code())),
            "{}",
            st.code()
        );
        assert_eq!(serde_json::to_value(st).unwrap(), st.code());
    }
    for p in Pension::ALL {
        assert!(text.contains(&format!("\"{}\"", p.code())), "{}", p.code());
        assert_eq!(serde_json::to_value(p).unwrap(), p.code());
    }
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
    for f in Fiscal::ALL {
        assert_eq!(serde_json::to_value(f).unwrap(), f.code());
    }
    for l in Level::ALL {
        assert_eq!(serde_json::to_value(l).unwrap(), l.code());
    }
}

/// The TypeScript package's hand-written declarations import the generated ones.
#[test]
fn the_package_declarations_use_the_generated_contract() {
    let index = std::fs::read_to_string(root().join("www/js/index.d.ts")).unwrap();
    assert!(
        index.contains("from './contract'"),
        "index.d.ts imports ./contract"
    );
    for decl in [
        "interface Decision",
        "interface Budget",
        "interface Resident",
    ] {
        assert!(!index.contains(decl), "index.d.ts declares {decl} by hand");
    }
}

/// Every case answer, read back into the real contract types and written again, is the same
/// JSON: the types describe exactly what the shells write.
#[test]
fn every_answer_round_trips_through_the_real_contract_types() {
    for file in common::CASE_FILES {
        for case in common::load(file) {
            let got = common::answer(&case);
            let again = if case.get("args").is_some() && got.get("error").is_none() {
                let b: BudgetOut = serde_json::from_value(got.clone()).expect("a budget");
                serde_json::to_value(b).unwrap()
            } else {
                let a: CheckAnswer = serde_json::from_value(got.clone())
                    .unwrap_or_else(|e| panic!("{}: {e}", case["name"]));
                serde_json::to_value(a).unwrap()
            };
            assert_eq!(again, got, "{}", case["name"]);
        }
    }
}

#[test]
fn a_decision_read_back_equals_the_decision_written() {
    let case = json!({"input": {"id": 7, "year": 2018, "age": 62, "statuses": ["registered_poor"], "pension": "not_enrolled"}});
    let got = common::answer(&case);
    let CheckAnswer::Decision(d) = serde_json::from_value::<CheckAnswer>(got).unwrap() else {
        panic!("a decision");
    };
    assert_eq!(d.id, Some(IdOut::Int(7)));
    assert!(d.direct_claim.eligible);
    assert_eq!(d.direct_claim.starts, Some(Starts::MonthAfterProcessing));
}

#[test]
fn every_reading_is_written_with_its_own_code() {
    for r in Reading::ALL {
        assert_eq!(serde_json::to_value(r).unwrap(), json!(r.code()));
    }
}
