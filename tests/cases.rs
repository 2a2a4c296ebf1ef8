//! The one runner for the policy cases in `tests/cases/*.toml` (see `tests/common`).

mod common;

use common::{check_cases, load};
use serde_json::json;

fn check(file: &str) {
    let failures = check_cases(file, &load(file));
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

/// A runner that cannot fail is a defect: `check_cases` itself, on cases that are wrong in
/// each way a case can be wrong, reports each of them.
#[test]
fn the_runner_fails_on_a_wrong_expectation_a_wrong_clause_and_a_case_without_one() {
    let input = json!({"year": 2018, "age": 40, "statuses": ["dibao"], "pension": "enrolled"});
    let right = json!({"name": "A 40-year-old on dibao is paid for", "input": input,
        "expect": {"pension_contribution.government_pays": true}, "clause": "JRS-2018-3 二(一)1"});
    assert_eq!(
        check_cases("made-up.toml", std::slice::from_ref(&right)),
        Vec::<String>::new()
    );
    let wrong = [
        json!({"name": "a wrong value", "input": input,
            "expect": {"pension_contribution.government_pays": false}, "clause": "JRS-2018-3 二(一)1"}),
        json!({"name": "a path that is not there", "input": input,
            "expect": {"pension_contribution.no_such_field": 1}, "clause": "JRS-2018-3 二(一)1"}),
        json!({"name": "a clause not cited", "input": input,
            "expect": {"pension_contribution.government_pays": true}, "clause": "JRS-2018-3 九(九)9"}),
        json!({"name": "a yes without its clause", "input": input,
            "expect": {"pension_contribution.government_pays": true}}),
        json!({"name": "expects nothing", "input": input, "expect": {}}),
    ];
    for case in &wrong {
        let failures = check_cases("made-up.toml", std::slice::from_ref(case));
        assert_eq!(failures.len(), 1, "{}: {failures:?}", case["name"]);
    }
    let twice = [right.clone(), right];
    assert_eq!(
        check_cases("made-up.toml", &twice).len(),
        1,
        "a duplicate name"
    );
}
