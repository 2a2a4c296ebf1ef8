//! The native command line: `daijiao check` (JSON Lines) and `daijiao budget`.
//!
//! This is the only module that knows JSON. It turns each line into [`Field`]s, calls the core,
//! and writes the contract records of [`crate::contract`] back as JSON.

pub mod lists;
pub mod policy;
pub mod roster;
pub mod summary;

use crate::budget::Request;
use crate::contract::{BudgetOut, CheckAnswer, DecisionOut, ErrorOut};
use crate::input::{Args, Field, Resident, RowId};
use crate::rules::decide;
use crate::shell::{Problem, ShellCode};
use crate::text::{doc_number, Lang};
use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::io::{self, BufRead, Write};

/// A JSON object's members in order, duplicates kept (serde_json's `Map` would drop them).
struct Members(Vec<(String, serde_json::Value)>);

impl<'de> Deserialize<'de> for Members {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Members;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members, A::Error> {
                let mut v = Vec::new();
                while let Some((k, val)) = map.next_entry::<String, serde_json::Value>()? {
                    v.push((k, val));
                }
                Ok(Members(v))
            }
        }
        d.deserialize_map(V)
    }
}

/// A JSON value as a format-free [`Field`].
pub fn to_field(v: serde_json::Value) -> Field {
    use serde_json::Value as J;
    match v {
        J::Null => Field::Null,
        J::Bool(b) => Field::Bool(b),
        J::Number(n) => n.as_i64().map_or(Field::OtherNumber, Field::Int),
        J::String(s) => Field::Str(s),
        J::Array(a) => Field::List(a.into_iter().map(to_field).collect()),
        J::Object(_) => Field::Object,
    }
}

/// Parses one line of `daijiao check` input (without its line end).
///
/// ```
/// use daijiao::cli::parse_line;
/// let ok = parse_line(br#"{"year":2018,"age":40,"statuses":["dibao"],"pension":"enrolled"}"#);
/// assert!(ok.is_ok());
/// let bad = parse_line(br#"{"year":2018,"age":"forty","statuses":[],"pension":"enrolled"}"#);
/// assert_eq!(bad.unwrap_err().field(), "age");
/// ```
pub fn parse_line(bytes: &[u8]) -> Result<(Resident, Option<RowId>), Problem> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Problem::shell(
            "$",
            ShellCode::InvalidUtf8,
            (e.valid_up_to() + 1).to_string(),
        )
    })?;
    if text.trim().is_empty() {
        return Err(Problem::shell("$", ShellCode::EmptyLine, ""));
    }
    match serde_json::from_str::<Members>(text) {
        Ok(Members(members)) => Ok(Resident::from_fields(
            members.into_iter().map(|(k, v)| (k, to_field(v))),
        )?),
        Err(e) => Err(if serde_json::from_str::<serde_json::Value>(text).is_ok() {
            crate::input::InputError::new(
                "$",
                crate::input::ErrorCode::NotAnObject,
                Args::default(),
            )
            .into()
        } else {
            Problem::shell("$", ShellCode::Syntax, e.column().to_string())
        }),
    }
}

/// JSON text of a contract record; a record that cannot be written is an internal error.
pub fn to_json<T: serde::Serialize>(value: &T, pretty: bool) -> Result<String, Problem> {
    let json = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    json.map_err(|_| Problem::shell("$", ShellCode::Internal, ""))
}

/// Answers one line: the JSON text of the decision or of the error, and whether it was a
/// decision. Never fails: a record that cannot be written is answered as an `internal` error.
pub fn answer_line(bytes: &[u8], line: u64) -> (String, bool) {
    let answer = match parse_line(bytes)
        .and_then(|(r, id)| Ok(decide(&r).map(|d| DecisionOut::new(&d, id))?))
    {
        Ok(d) => CheckAnswer::Decision(Box::new(d)),
        Err(p) => CheckAnswer::Error(ErrorOut::new(&p, Some(line))),
    };
    let ok = matches!(answer, CheckAnswer::Decision(_));
    match to_json(&answer, false) {
        Ok(json) => (json, ok),
        Err(p) => (
            // The error record of a failed write is plain strings: it is always written.
            to_json(&ErrorOut::new(&p, Some(line)), false).unwrap_or_default(),
            false,
        ),
    }
}

/// Runs `daijiao check`: one answer line per input line, in order. Returns whether every
/// line was answered without error.
pub fn run_check<R: BufRead, W: Write>(mut input: R, mut out: W) -> io::Result<bool> {
    let mut buf = Vec::new();
    let mut all_ok = true;
    let mut line = 0u64;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line += 1;
        let mut bytes = buf.as_slice();
        if let Some(b) = bytes.strip_suffix(b"\n") {
            bytes = b;
        }
        if let Some(b) = bytes.strip_suffix(b"\r") {
            bytes = b;
        }
        let (json, ok) = answer_line(bytes, line);
        all_ok &= ok;
        out.write_all(json.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(all_ok)
}

/// Output format of `daijiao budget`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object.
    Json,
    /// A table for people, in the catalogue's words.
    Text,
}

/// Parses `budget` arguments: `--year Y --people N [--fiscal ordinary|province-direct]
/// [--format json|text] [--lang zh|en]`. Year, people and fiscal go through the one budget
/// request parser ([`Request::from_fields`]), as the JS API's and the page's do.
pub fn parse_budget_args(args: &[String]) -> Result<(Request, Format, Lang), Problem> {
    const KNOWN: [&str; 5] = ["year", "people", "fiscal", "format", "lang"];
    let mut values: [Option<String>; 5] = Default::default();
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let (name, inline) = match flag.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (flag.as_str(), None),
        };
        let field = name.trim_start_matches('-');
        let Some(i) = KNOWN
            .iter()
            .position(|k| *k == field)
            .filter(|_| name.starts_with("--"))
        else {
            return Err(Problem::shell_with(
                field,
                ShellCode::UnknownArgument,
                Args {
                    value: crate::input::shown(flag),
                    allowed: "--year, --people, --fiscal, --format, --lang".into(),
                    ..Args::default()
                },
            ));
        };
        let Some(value) = inline.or_else(|| it.next().cloned()) else {
            return Err(Problem::shell(field, ShellCode::ArgumentValue, name));
        };
        values[i] = Some(value);
    }
    let [year, people, fiscal, format, lang] = values;
    let text = |v: Option<String>| v.map_or(Field::Null, |v| Field::from_text(&v));
    let fiscal = fiscal.map_or(Field::Null, Field::Str);
    let request = Request::from_fields(text(year), text(people), fiscal)?;
    let format = match format.as_deref() {
        None | Some("json") => Format::Json,
        Some("text") => Format::Text,
        Some(other) => {
            return Err(crate::input::InputError::unknown_value(
                "format",
                other,
                "json, text".into(),
            )
            .into())
        }
    };
    let lang = lang.as_deref().map_or(Ok(Lang::Zh), lang_arg)?;
    Ok((request, format, lang))
}

/// The `--flag value` pairs of a subcommand, each flag one of `allowed` (without `--`): an
/// unknown flag or a flag without its value is a usage error naming it.
pub fn flag_values<'a>(
    args: &'a [String],
    allowed: &[&str],
) -> Result<Vec<(&'a str, &'a str)>, Problem> {
    let mut out = Vec::new();
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let field = flag.trim_start_matches('-');
        if !flag.starts_with("--") || !allowed.contains(&field) {
            return Err(Problem::shell_with(
                field,
                ShellCode::UnknownArgument,
                Args {
                    value: crate::input::shown(flag),
                    allowed: allowed
                        .iter()
                        .map(|a| format!("--{a}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    ..Args::default()
                },
            ));
        }
        let Some(value) = it.next() else {
            return Err(Problem::shell(
                field,
                ShellCode::ArgumentValue,
                flag.as_str(),
            ));
        };
        out.push((field, value.as_str()));
    }
    Ok(out)
}

/// The policy year a `--year` argument names: a whole number (else a type error) that the
/// encoded policy covers (else `year_not_covered`).
pub fn year_arg(value: &str) -> Result<u16, Problem> {
    match Field::from_text(value) {
        Field::Int(y) => Ok(crate::input::check_year("year", y)?),
        other => Err(crate::input::InputError::wrong_type(
            "year",
            crate::input::Expected::Integer,
            &other,
        )
        .into()),
    }
}

/// The language a `--lang` argument names, or the error naming the allowed ones.
pub fn lang_arg(value: &str) -> Result<Lang, Problem> {
    Lang::from_code(value).ok_or_else(|| {
        crate::input::InputError::unknown_value(
            "lang",
            value,
            crate::input::names(Lang::ALL.map(Lang::code)),
        )
        .into()
    })
}

/// Runs `daijiao budget`; returns the text to print, or the error.
pub fn run_budget(args: &[String]) -> Result<String, Problem> {
    let (request, format, lang) = parse_budget_args(args)?;
    let b = request.budget()?;
    let out = BudgetOut::new(&b);
    match format {
        Format::Json => to_json(&out, true),
        Format::Text => Ok(budget_text(&b, lang)),
    }
}

/// The budget as a table for people, every word from the catalogue of `lang` (the same
/// words as the clerk's page).
pub fn budget_text(b: &crate::budget::Budget, lang: Lang) -> String {
    use std::fmt::Write as _;
    let out = &BudgetOut::new(b);
    let t = lang.text();
    let c = lang.clerk();
    let mut s = String::new();
    let _ = writeln!(s, "{}", c.budget_card);
    let _ = write!(s, "{}", c.budget_summary_of(out));
    if out.provisional {
        let _ = write!(s, " [{}]", t.provisional);
    }
    let _ = writeln!(s, "\n{}: {}\n", c.fiscal, c.fiscal_name(out.fiscal));
    let row = |s: &mut String, cells: [&str; 6]| {
        let _ = writeln!(s, "{}", cells.join("\t"));
    };
    row(
        &mut s,
        [
            c.col_level,
            c.col_exact,
            c.col_per_person,
            c.col_budgeted,
            c.col_wan,
            c.col_settlement,
        ],
    );
    for l in &out.levels {
        row(
            &mut s,
            [
                c.level_name(l.level, out.fiscal),
                &l.exact_yuan.0,
                &l.per_person_budgeted_yuan.0,
                &l.budgeted_yuan.0,
                &l.budgeted_wan_yuan,
                &l.settlement_yuan.0,
            ],
        );
    }
    let wan = crate::money::fmt_plain(crate::budget::wan_yuan(b.budgeted_total_yuan));
    row(
        &mut s,
        [
            c.total,
            &out.total_yuan.0,
            "",
            &out.budgeted_total_yuan.0,
            &wan,
            &out.settlement_total_yuan.0,
        ],
    );
    let _ = writeln!(s, "\n{}", c.budget_rounding);
    let basis: Vec<String> = out
        .clauses
        .iter()
        .map(|c| format!("{} {}", doc_number(&c.doc), c.clause))
        .collect();
    let _ = write!(
        s,
        "{}: {}\n{}",
        t.basis,
        basis.join("; "),
        crate::text::fill(
            t.version_line,
            &[
                ("year", &out.year.to_string()),
                ("version", &out.policy_version),
                ("digest", &crate::policy::rules_digest()),
            ],
        )
    );
    s
}

/// Usage text.
/// `daijiao strings`: the resident page's English catalogue and the file name it is fetched
/// under ([`crate::text::lazy`]), for the build (tools/postbuild.mjs).
pub fn english_strings_json() -> Result<String, Problem> {
    let value = serde_json::json!({
        "file": crate::text::lazy::english_file(),
        "strings": crate::text::lazy::english_strings(),
    });
    to_json(&value, false)
}

pub const USAGE: &str = "daijiao — 冀人社发〔2018〕3号 社会保险扶贫 calculator

USAGE:
  daijiao check                 read JSON Lines on stdin, one resident a line; write one answer a line
  daijiao budget --year Y --people N [--fiscal ordinary|province-direct] [--format json|text] [--lang zh|en]
  daijiao roster FILE [--rejects PATH] [--fiscal ordinary|province-direct]
                                read a CSV roster (id,year,age,statuses,exited_on,pension; UTF-8 or GBK),
                                print the aggregate JSON, write rejected rows to PATH (default FILE.rejects.csv)
  daijiao summary [--lang zh|en] [--format text|html|messages]
                                the policy in brief, every figure the rules' own answer
  daijiao lists FILE.csv... --year Y --out LIST.csv [--rejects PATH] [--category WORD]
                [--column id|name|category|enrolment|birth=HEADER]... [--enrolled]
                                the departments' lists (CSV, UTF-8 or GBK) merged by identity number into
                                the 代缴名单, one row per person; rejected rows and conflicts to PATH
  daijiao policy [--year Y] [--format json|text] [--lang zh|en]
                                the parameters in force, each with its date, source and confidence
  daijiao strings               the resident page's English strings, as the build writes them
                                ({\"file\": \"text.en.<digest>.json\", \"strings\": [...]})
  daijiao --version | --help

Exit status: 0 all good; 1 some input was rejected (each bad line is answered with an error);
2 usage error (including every budget argument error), I/O failure or internal failure.";
