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
const CORE: [&str; 9] = [
    "policy",
    "money.rs",
    "input",
    "lists",
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
        // the departments' lists are read with the maintained readers (`csv`, `calamine`), in
        // one shell module that the CLI and a page share
        if code.contains("csv::") || code.contains("calamine::") {
            assert!(p.ends_with("/src/sheets.rs"), "{p} reads list files");
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

/// The policy's figures as written in the data (`daijiao policy`'s listing), with the forms a
/// sentence would use: a date's year, a rate as a percentage, the last contributing age.
fn policy_figures() -> Vec<String> {
    use daijiao::policy::params::LISTING;
    let mut out: Vec<String> = Vec::new();
    for p in LISTING {
        for r in p.rows {
            let Some(text) = r.text else { continue };
            match p.kind {
                // the tier tables are lists of round amounts (the paid tier is its own
                // parameter): not figures a sentence would state
                "tiers" => {}
                "date" => {
                    out.push(text.to_string());
                    out.push(text[..4].to_string());
                }
                "rate" if text.contains('.') => {
                    out.push(text.to_string());
                    let percent = text.trim_start_matches("0.");
                    out.push(format!("{percent}0%"));
                    out.push(format!("{percent}0"));
                }
                "age" if p.name == "pension_age" => {
                    out.push(text.to_string());
                    let last: u32 = text.parse().unwrap_or(1);
                    out.push((last - 1).to_string());
                }
                _ => out.push(text.to_string()),
            }
        }
    }
    out.sort();
    out.dedup();
    out.retain(|v| v != "1" && v != "0");
    out
}

/// Where a figure in code is not a policy figure: the calendar, money units, page timings.
const NOT_POLICY: [&str; 9] = [
    "is_multiple_of",       // the Gregorian leap-year rule
    "const DAYS",           // days of the months
    "=> 30",                // days of April, June, September, November
    "dec!(100)",            // fen in a yuan
    "permille",             // progress in thousandths
    "DEFAULT_IDLE_SECONDS", // the kiosk's idle time, a page setting
    "SHOWN_REJECTS",        // how many rejected rows the clerk page lists
    "SHOWN_PEOPLE",         // how many people the clerk page's preview of the list shows
    "SUMMARY_COLUMN_CHARS", // the width of a column of the list's xlsx
];

fn has_figure(text: &str, figure: &str) -> bool {
    let b = text.as_bytes();
    text.match_indices(figure).any(|(i, _)| {
        let before = i.checked_sub(1).map(|j| b[j]);
        let after = b.get(i + figure.len()).copied();
        // a figure, not part of a longer number or of a name such as `u16` or `GF_2014_8`
        let digitish =
            |c: Option<u8>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'.' || c == b'_');
        !digitish(before) && !digitish(after)
    })
}

/// No policy figure is written outside the data (issue 13): not in code (comments, strings
/// and tests aside; the calendar and units of `NOT_POLICY` aside), and not in a catalogue's
/// sentences, where the policy's values are placeholders filled from the data. A catalogue may
/// still quote the documents' own words (inside “…”), name a document (〔2018〕3号), and gloss a
/// clause in English (the `Glosses`, a translation of the quoted words).
#[test]
fn no_policy_figure_is_written_outside_the_data() {
    let figures = policy_figures();
    assert!(figures.iter().any(|f| f == "2016-08-01") && figures.iter().any(|f| f == "60%"));
    let mut found = Vec::new();
    for (path, text) in files(&src()) {
        let p = path.to_string_lossy().replace('\\', "/");
        if p.ends_with("tests.rs") || p.ends_with("policy/build.rs") {
            continue;
        }
        let body = text.split("#[cfg(test)]").next().unwrap_or("");
        let is_catalogue = p.ends_with("text/zh.rs") || p.ends_with("text/en.rs");
        for (n, line) in code(body).lines().enumerate() {
            if NOT_POLICY.iter().any(|w| line.contains(w)) {
                continue;
            }
            // code: without its string literals; a catalogue: only its sentences
            let checked = if is_catalogue {
                let Some((key, value)) = line.trim().split_once(": \"") else {
                    continue;
                };
                let glossary = key.starts_with("jrs_")
                    || key.starts_with("tgrs_")
                    || key.starts_with("gf_")
                    || key.starts_with("transition_")
                    || key.starts_with("hebei_")
                    || key.starts_with("doc_");
                if glossary {
                    continue;
                }
                // the documents' words in quotes, and document numbers, are not ours
                let mut v = value.to_string();
                while let (Some(a), Some(b)) = (v.find('“'), v.find('”')) {
                    if b < a {
                        break;
                    }
                    v.replace_range(a..b + '”'.len_utf8(), "");
                }
                while let (Some(a), Some(b)) = (v.find('〔'), v.find('号')) {
                    if b < a {
                        break;
                    }
                    v.replace_range(a..b + '号'.len_utf8(), "");
                }
                v
            } else {
                let mut v = String::new();
                let mut in_str = false;
                let mut prev = ' ';
                for c in line.chars() {
                    if c == '"' && prev != '\\' {
                        in_str = !in_str;
                    } else if !in_str {
                        v.push(c);
                    }
                    prev = c;
                }
                v
            };
            for f in &figures {
                if has_figure(&checked, f) {
                    found.push(format!("{p}:{}: {f} in {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "policy figures outside the data:\n{}",
        found.join("\n")
    );
}
