//! README's "Adding a policy year", done for a made-up year 2027 in a scratch copy of the crate:
//! only data files and cases change, and the copy's own case runner answers 2027.
//!
//! The copy is built with its own target directory under this crate's `target/` (kept between
//! runs, so only the first run compiles the dependencies). The steps are the README's:
//! 1. `src/policy/data/years.toml`: `answered_until = 2027` (2027 continues the transition rules);
//! 2. a row from 2027-01-01 for each value that changes (here a made-up national floor);
//! 3. cases for 2027 in `tests/cases/years.toml`, and the cases of "the year after the last one
//!    answered" moved on to 2028.
//!
//! Between 2 and 3 the copy's suite must fail, naming 2027 as a year without cases.

use std::path::{Path, PathBuf};
use std::process::Command;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Runs the copy's case runner; returns whether it passed and its output.
fn run_cases(scratch: &Path, target: &Path) -> (bool, String) {
    let out = Command::new(env!("CARGO"))
        .args(["test", "--offline", "--test", "cases"])
        .current_dir(scratch)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

fn append(path: &Path, text: &str) {
    let mut s = std::fs::read_to_string(path).unwrap();
    s.push_str(text);
    std::fs::write(path, s).unwrap();
}

#[test]
fn a_made_up_2027_needs_only_data_files_and_cases() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let scratch = std::env::temp_dir().join(format!("daijiao-scratch-2027-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    for dir in ["src", "tests", "examples"] {
        copy_dir(&root.join(dir), &scratch.join(dir));
    }
    for file in [
        "Cargo.toml",
        "Cargo.lock",
        "rust-toolchain.toml",
        "README.md",
    ] {
        std::fs::copy(root.join(file), scratch.join(file)).unwrap();
    }

    // 1. the year is answered
    let years = scratch.join("src/policy/data/years.toml");
    let text = std::fs::read_to_string(&years).unwrap();
    assert!(text.contains("answered_until = 2026"), "years.toml changed");
    std::fs::write(
        &years,
        text.replace("answered_until = 2026", "answered_until = 2027"),
    )
    .unwrap();
    // 2. a value that changes in 2027 (made up for this test)
    let pension = scratch.join("src/policy/data/pension.toml");
    let text = std::fs::read_to_string(&pension).unwrap();
    let row = "[[national_basic_pension_floor.rows]]\nfrom = 2027-01-01\nvalue = \"183\"\nconfidence = \"recalled\"\nsource = { doc = \"NEWS\", clause = \"\", read = \"made up for the scratch-year test\" }\n\n[enrol_min_age]";
    std::fs::write(&pension, text.replacen("[enrol_min_age]", row, 1)).unwrap();

    let target = root.join("target/scratch-2027");
    let (passed, out) = run_cases(&scratch, &target);
    assert!(!passed, "a year without cases must fail the suite:\n{out}");
    assert!(
        out.contains("no case answers the year 2027"),
        "the failure names the year:\n{out}"
    );

    // 3. cases for 2027; the cases of "the year after the last one answered" move on to 2028
    for (file, from, to) in [
        ("input_errors.toml", "year = 2027", "year = 2028"),
        (
            "budget.toml",
            "\"--year\", \"2027\"",
            "\"--year\", \"2028\"",
        ),
    ] {
        let path = scratch.join("tests/cases").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} has no {from}");
        std::fs::write(&path, text.replace(from, to)).unwrap();
    }
    append(
        &scratch.join("tests/cases/years.toml"),
        r#"
[[case]]
name = "In the made-up 2027 a 40-year-old on 低保 is paid under the continued transition rules"
clause = "TRANSITION-2021 过渡期代缴政策"
input = { year = 2027, age = 40, statuses = ["dibao"], pension = "enrolled" }
expect = { "period" = "transition", "period_continued" = true, "pension_contribution.government_pays" = true, "pension_contribution.provisional" = true }
readings = ["period_continues", "whole_minimum_in_transition", "age_held_all_year"]

[[case]]
name = "In the made-up 2027 the national floor is the new row's"
clause = "JRS-2018-3 二(一)1"
input = { year = 2027, age = 65, statuses = [], pension = "not_enrolled" }
expect = { "direct_claim.reason.code" = "no_rule_for_year", "direct_claim.national_floor_yuan" = "183.00" }
readings = ["period_continues", "age_held_all_year"]
"#,
    );
    let (passed, out) = run_cases(&scratch, &target);
    assert!(passed, "the scratch 2027 answers its cases:\n{out}");
    let _ = std::fs::remove_dir_all(&scratch);
}
