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
fn birth_month_cases() {
    check("birth_month.toml");
}

#[test]
fn reading_cases() {
    check("readings.toml");
}

#[test]
fn year_cases() {
    check("years.toml");
}

/// A year a bureau adds without cases fails here: every encoded year has at least one case
/// whose answer is a decision (not an error).
#[test]
fn every_policy_year_has_cases() {
    use daijiao::policy::params::POLICY_YEARS;
    let mut years = std::collections::BTreeSet::new();
    for file in common::CHECK_CASE_FILES {
        for case in load(file) {
            let answered = case["expect"]
                .as_object()
                .is_some_and(|e| !e.keys().any(|k| k.starts_with("error")));
            if let (true, Some(y)) = (answered, case["input"]["year"].as_u64()) {
                years.insert(y);
            }
        }
    }
    for y in POLICY_YEARS {
        assert!(
            years.contains(&u64::from(y)),
            "no case answers the year {y}"
        );
    }
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
        json!({"name": "a reading not listed", "input": input, "readings": ["exit_date_on_or_after"],
            "expect": {"pension_contribution.government_pays": true}, "clause": "JRS-2018-3 二(一)1"}),
        json!({"name": "a listed reading not expected", "input": input, "readings": [],
            "expect": {"pension_contribution.government_pays": true}, "clause": "JRS-2018-3 二(一)1"}),
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

/// README's list of our readings, as generated from the code and the catalogues.
fn readings_section() -> String {
    use daijiao::policy::readings::Reading;
    use daijiao::text::{doc_number, Lang};
    let mut out = String::new();
    for r in Reading::ALL {
        let c = r.clause();
        out.push_str(&format!(
            "- `{}` ({} {}): {}\n  *{}*\n",
            r.code(),
            doc_number(c.doc),
            c.clause,
            Lang::Zh.text().reading(r),
            Lang::En.text().reading(r),
        ));
    }
    out
}

#[test]
fn every_reading_is_in_the_readme_and_listed_by_a_case() {
    use daijiao::policy::readings::Reading;
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let (start, end) = ("<!-- readings:start -->\n", "<!-- readings:end -->");
    let a = readme.find(start).expect("README has the readings markers") + start.len();
    let b = readme
        .find(end)
        .expect("README has the readings end marker");
    let want = readings_section();
    if readme[a..b] != want {
        if std::env::var_os("DAIJIAO_BLESS").is_some() {
            std::fs::write(&path, format!("{}{want}{}", &readme[..a], &readme[b..])).unwrap();
        } else {
            panic!("README's readings are stale: DAIJIAO_BLESS=1 cargo test --test cases");
        }
    }
    let mut listed = std::collections::BTreeSet::new();
    for file in common::CHECK_CASE_FILES {
        for case in load(file) {
            for code in case["readings"].as_array().into_iter().flatten() {
                listed.insert(code.as_str().unwrap_or_default().to_string());
            }
        }
    }
    for r in Reading::ALL {
        assert!(
            listed.contains(r.code()),
            "no case lists the reading {}",
            r.code()
        );
    }
}
