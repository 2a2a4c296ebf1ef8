//! The catalogues' own tests: every key in both languages, placeholders, glosses, error codes.

use super::*;
use crate::input::{Expected, MedicalScheme, Pension, Status};
use crate::policy::clauses::ALL;
use crate::shell::ShellCode;

/// Every (key, string) of a language: its three catalogues.
fn entries(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut all = lang.text().entries();
    all.extend(lang.clerk().entries());
    all.extend(lang.shell().entries());
    all.extend(lang.summary().entries());
    all
}
use std::collections::BTreeSet;

fn placeholders(s: &str) -> BTreeSet<&str> {
    s.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect()
}

fn has_han(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// The document numbers may appear in English (they are the documents' names).
fn without_doc_numbers(s: &str) -> String {
    ["JRS-2018-3", "TGRS-2018-4", "GF-2014-8", "RSB-2017-59"]
        .iter()
        .fold(s.to_string(), |acc, id| acc.replace(doc_number(id), ""))
}

#[test]
fn both_catalogues_have_every_key_and_no_entry_is_empty() {
    let zh = entries(Lang::Zh);
    let en = entries(Lang::En);
    assert_eq!(zh.len(), en.len());
    for ((kz, vz), (ke, ve)) in zh.iter().zip(&en) {
        assert_eq!(kz, ke);
        assert!(!vz.trim().is_empty(), "zh `{kz}` is empty");
        assert!(!ve.trim().is_empty(), "en `{ke}` is empty");
    }
}

#[test]
fn each_key_has_the_same_placeholders_in_both_languages() {
    for ((key, vz), (_, ve)) in entries(Lang::Zh).iter().zip(entries(Lang::En)) {
        if *key == "date_long" {
            // a date pattern: each language writes a date its own way, from the same parts
            continue;
        }
        assert_eq!(
            placeholders(vz),
            placeholders(ve),
            "placeholders of `{key}`"
        );
    }
}

#[test]
fn the_english_catalogue_has_no_chinese_left_but_document_numbers() {
    for (key, v) in entries(Lang::En) {
        assert!(!has_han(&without_doc_numbers(v)), "en `{key}`: {v}");
    }
}

#[test]
fn the_chinese_catalogue_is_chinese() {
    // `id` is the roster's column name, the same in every language; separators are punctuation.
    for (key, v) in entries(Lang::Zh) {
        if !["col_id", "list_separator", "data_colon", "date_long"].contains(&key) {
            assert!(has_han(v), "zh `{key}` has no Chinese: {v}");
        }
    }
}

#[test]
fn every_cited_clause_and_document_has_an_english_gloss() {
    let g = Lang::En.glosses().expect("English has glosses");
    for c in ALL {
        let gloss = g.clause(&c);
        assert!(!gloss.is_empty(), "no gloss for {} {}", c.doc, c.clause);
        assert!(
            !has_han(gloss),
            "gloss of {} {} has Chinese",
            c.doc,
            c.clause
        );
        assert!(!g.doc(c.doc).is_empty(), "no English name for {}", c.doc);
        assert!(!doc_number(c.doc).is_empty());
    }
    assert!(Lang::Zh.glosses().is_none());
}

#[test]
fn the_static_headers_of_both_pages_are_the_chinese_catalogue() {
    let t = &zh::TEXT;
    for (page, title) in [
        (include_str!("../../www/index.html"), t.doc_title),
        (include_str!("../../www/clerk.html"), t.clerk_doc_title),
    ] {
        for (id, text) in [
            ("dj-h-title", t.title),
            ("dj-h-sub", t.subtitle),
            ("dj-h-private", t.private),
            ("dj-tab-resident", t.tab_resident),
            ("dj-tab-clerk", t.tab_clerk),
        ] {
            let at = page.find(&format!("id=\"{id}\"")).expect(id);
            let text_at = page[at..].find('>').map(|i| at + i + 1).expect(id);
            assert!(page[text_at..].starts_with(&format!("{text}<")), "{id}");
        }
        assert!(page.contains(&format!("<title>{title}</title>")));
        assert!(page.contains(&format!("aria-label=\"{}\"", t.nav_label)));
    }
}

#[test]
fn every_error_code_core_and_shell_has_a_whole_sentence_in_both_languages() {
    use crate::input::Args;
    let args = Args {
        value: "v".into(),
        got: "string",
        min: "0".into(),
        max: "9".into(),
        allowed: "a, b".into(),
    };
    let mut problems: Vec<Problem> = ErrorCode::ALL
        .into_iter()
        .map(|code| InputError::new("f", code, args.clone()).into())
        .collect();
    problems.extend(Expected::ALL.into_iter().map(|expected| {
        InputError::new("f", ErrorCode::WrongType { expected }, args.clone()).into()
    }));
    problems.extend(
        ShellCode::ALL
            .into_iter()
            .map(|code| Problem::shell_with("f", code, args.clone())),
    );
    for lang in [Lang::Zh, Lang::En] {
        for p in &problems {
            let m = lang.message(p);
            assert!(m.len() > 8, "{lang:?} {p:?}: {m:?}");
            assert!(!m.contains('{'), "{lang:?} {p:?}: {m}");
        }
    }
    // a wrong-type message names the expected type in the reader's language
    let e = InputError::new(
        "age",
        ErrorCode::WrongType {
            expected: Expected::Age,
        },
        args,
    );
    assert!(Lang::Zh.input_message(&e).contains(zh::TEXT.type_age));
    assert!(Lang::En.input_message(&e).contains(en::TEXT.type_age));
}

#[test]
fn fill_replaces_named_placeholders_and_keeps_unknown_ones() {
    assert_eq!(fill("{a} 和 {b}", &[("a", "1"), ("b", "2")]), "1 和 2");
    assert_eq!(fill("x {c} y", &[("a", "1")]), "x {c} y");
    assert_eq!(fill("open { only", &[]), "open { only");
    assert_eq!(fill("", &[]), "");
}

#[test]
fn the_language_comes_from_lang_en_in_the_query_and_defaults_to_chinese() {
    assert_eq!(Lang::from_query("?lang=en"), Lang::En);
    assert_eq!(Lang::from_query("?kiosk=1&lang=en"), Lang::En);
    assert_eq!(Lang::from_query("?lang=zh"), Lang::Zh);
    assert_eq!(Lang::from_query("?lang=english"), Lang::Zh);
    assert_eq!(Lang::from_query(""), Lang::Zh);
    assert_eq!(Lang::default(), Lang::Zh);
}

#[test]
fn every_reason_the_core_gives_has_a_sentence_in_both_languages() {
    use crate::input::{Date, Resident, Statuses};
    use crate::rules::evaluate;
    // Every combination of status, age band and pension situation the core can see.
    let ages = [10, 15, 16, 45, 59, 60, 75];
    for lang in [Lang::Zh, Lang::En] {
        let t = lang.text();
        for bits in 0u8..(1u8 << Status::COUNT) {
            let statuses = Statuses::from_bits(bits);
            for age in ages {
                for pension in Pension::ALL {
                    for (exited, medical_scheme) in ["2015-01-01", "2017-01-01"]
                        .into_iter()
                        .flat_map(|e| MedicalScheme::ALL.map(|m| (e, m)))
                    {
                        let r = Resident {
                            year: 2018,
                            age,
                            born: None,
                            statuses,
                            exited_on: statuses
                                .has(Status::RegisteredPoorExited)
                                .then(|| Date::parse(exited).expect("a date")),
                            pension,
                            medical_scheme,
                        };
                        let d = evaluate(&r).expect("2018 is covered");
                        let p = &d.pension_contribution.reason;
                        let c = &d.direct_claim.reason;
                        let m = &d.medical_subsidy.reason;
                        for (s, what) in [
                            (t.pension_why(p.code, p.decided_by), "pension"),
                            (t.direct_why(c.code).to_string(), "direct"),
                            (t.medical_why(m.code, m.decided_by), "medical"),
                        ] {
                            assert!(!s.is_empty(), "{lang:?} {what} {r:?}");
                            assert!(!s.contains('{'), "{lang:?} {what}: {s}");
                        }
                        for (reason, direct) in [(p, false), (c, true)] {
                            if let Some(h) = reason.hint {
                                assert!(!t.hint(h, direct).contains('{'));
                            }
                        }
                    }
                }
            }
        }
    }
}
