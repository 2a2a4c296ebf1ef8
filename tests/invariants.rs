//! ARCHITECTURE.md's invariants, checked on the source: a statement there that stops being
//! true fails here.

use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, recursively, with its text.
fn files(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            out.extend(files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("a source file");
            out.push((path, text));
        }
    }
    out
}

/// The core: the modules that compile with no feature and know nothing of formats or I/O.
const CORE: [&str; 8] = [
    "policy",
    "money.rs",
    "input",
    "rules.rs",
    "budget.rs",
    "contract",
    "form.rs",
    "text",
];

/// The core's files; not `policy/build.rs`, the build script that reads the policy data files
/// at compile time (it is no part of any binary).
fn core_files() -> Vec<(PathBuf, String)> {
    CORE.iter()
        .flat_map(|m| {
            let p = src().join(m);
            if p.is_dir() {
                files(&p)
            } else {
                vec![(p.clone(), std::fs::read_to_string(&p).expect("a core file"))]
            }
        })
        .filter(|(p, _)| !p.ends_with("policy/build.rs"))
        .collect()
}

/// The code of a file without its comments (so that docs may name what code must not use).
fn code(text: &str) -> String {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_core_has_no_float_and_no_io_and_knows_no_format_or_framework() {
    let forbidden = [
        "f32",
        "f64",
        "std::fs",
        "std::io",
        "std::net",
        "std::env",
        "serde_json",
        "leptos",
        "web_sys",
        "wasm_bindgen",
        "js_sys",
        "encoding_rs",
        "println!",
        "SystemTime",
    ];
    let mut found = Vec::new();
    for (path, text) in core_files() {
        // the catalogue tests read the static pages to compare their header
        if path.ends_with("text/tests.rs") {
            continue;
        }
        let code = code(&text);
        for word in forbidden {
            if code.contains(word) {
                found.push(format!("{}: {word}", path.display()));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn only_the_shells_know_json_and_only_the_roster_reads_csv() {
    for (path, text) in files(&src()) {
        let p = path.to_string_lossy().replace('\\', "/");
        let code = code(&text);
        if code.contains("serde_json") {
            assert!(
                p.contains("/src/cli/") || p.ends_with("/src/roster/report.rs"),
                "{p} knows JSON"
            );
        }
        if code.contains("fn csv_fields") || code.contains("split(b',')") {
            assert!(p.contains("/src/roster/"), "{p} reads CSV");
        }
    }
}

#[test]
fn every_rounding_is_named_in_money() {
    for (path, text) in core_files() {
        if path.ends_with("money.rs") {
            continue;
        }
        let code = code(&text);
        for word in [".round(", ".round_dp(", ".floor(", ".ceil(", ".trunc("] {
            assert!(!code.contains(word), "{}: {word}", path.display());
        }
    }
}

#[test]
fn no_unwrap_or_expect_outside_tests() {
    let mut found = Vec::new();
    for (path, text) in files(&src()) {
        let p = path.to_string_lossy().to_string();
        if p.ends_with("tests.rs") {
            continue;
        }
        // the part before a file's own test module
        let body = text.split("#[cfg(test)]").next().unwrap_or("");
        let body = code(body);
        for word in [".unwrap()", ".expect("] {
            if body.contains(word) {
                found.push(format!("{p}: {word}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// One `unsafe` in the crate: the catalogue macro's cast of the page's fetched English strings
/// to a `repr(C)` catalogue of `&'static str` (src/text/keys.rs, with its layout assertion).
#[test]
fn the_only_unsafe_is_the_catalogue_cast() {
    let mut found = Vec::new();
    for (path, text) in files(&src()) {
        let n = code(&text).matches("unsafe ").count() + code(&text).matches("unsafe{").count();
        if n > 0 {
            found.push((path.to_string_lossy().replace('\\', "/"), n));
        }
    }
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].0.ends_with("src/text/keys.rs") && found[0].1 == 1,
        "{found:?}"
    );
}
