//! The native command line: `daijiao check` (JSON Lines) and `daijiao budget`.
//!
//! This is the only module that knows JSON. It turns each line into [`Field`]s, calls the core,
//! and writes the contract records of [`crate::contract`] back as JSON.

pub mod roster;

use crate::budget::{budget, Fiscal};
use crate::contract::{BudgetOut, DecisionOut, ErrorOut};
use crate::input::{ErrorCode, Field, InputError, Resident, RowId};
use crate::money::fmt_yuan;
use crate::rules::decide;
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

fn line_error(code: ErrorCode, en: String, zh: String) -> InputError {
    InputError::new("$", code, en, zh)
}

/// Parses one line of `daijiao check` input (without its line end).
///
/// ```
/// use daijiao::cli::parse_line;
/// let ok = parse_line(br#"{"year":2018,"age":40,"statuses":["dibao"],"pension":"enrolled"}"#);
/// assert!(ok.is_ok());
/// let bad = parse_line(br#"{"year":2018,"age":"forty","statuses":[],"pension":"enrolled"}"#);
/// assert_eq!(bad.unwrap_err().field, "age");
/// ```
pub fn parse_line(bytes: &[u8]) -> Result<(Resident, Option<RowId>), InputError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        line_error(
            ErrorCode::InvalidUtf8,
            format!("the line is not valid UTF-8 (byte {})", e.valid_up_to() + 1),
            format!(
                "该行不是有效的 UTF-8 文字（第 {} 字节）",
                e.valid_up_to() + 1
            ),
        )
    })?;
    if text.trim().is_empty() {
        return Err(line_error(
            ErrorCode::EmptyLine,
            "the line is empty; each line must hold one JSON object".into(),
            "该行为空；每行应为一个 JSON 对象".into(),
        ));
    }
    match serde_json::from_str::<Members>(text) {
        Ok(Members(members)) => {
            Resident::from_fields(members.into_iter().map(|(k, v)| (k, to_field(v))))
        }
        Err(e) => Err(if serde_json::from_str::<serde_json::Value>(text).is_ok() {
            line_error(
                ErrorCode::NotAnObject,
                "the line must be a JSON object {...}".into(),
                "该行应为 JSON 对象 {...}".into(),
            )
        } else {
            line_error(
                ErrorCode::Syntax,
                format!("the line is not valid JSON: {e}"),
                format!("该行不是有效的 JSON：第 {} 列附近有错误", e.column()),
            )
        }),
    }
}

/// Answers one line: the JSON text of the decision or of the error.
pub fn answer_line(bytes: &[u8], line: u64) -> (String, bool) {
    let out = parse_line(bytes).and_then(|(r, id)| decide(&r).map(|d| DecisionOut::new(&d, id)));
    let (json, ok) = match out {
        Ok(d) => (serde_json::to_string(&d), true),
        Err(e) => (serde_json::to_string(&ErrorOut::new(&e, Some(line))), false),
    };
    // Serializing these plain records cannot fail; if it ever did, say so on the line.
    (
        json.unwrap_or_else(|_| r#"{"error":{"field":"$","code":"internal","message":"could not write the answer","message_zh":"无法输出结果"}}"#.into()),
        ok,
    )
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
    /// A table for people, in Chinese.
    Text,
}

fn arg_error(field: &str, en: String, zh: String) -> InputError {
    InputError::new(field, ErrorCode::BadArgument, en, zh)
}

/// Parses `budget` arguments: `--year Y --people N [--fiscal ordinary|province-direct]
/// [--format json|text]`.
pub fn parse_budget_args(args: &[String]) -> Result<(i64, u64, Fiscal, Format), InputError> {
    let (mut year, mut people, mut fiscal, mut format) =
        (None, None, Fiscal::Ordinary, Format::Json);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let (name, inline) = match flag.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (flag.as_str(), None),
        };
        let field = name.trim_start_matches('-');
        let known = ["year", "people", "fiscal", "format"];
        if !name.starts_with("--") || !known.contains(&field) {
            return Err(arg_error(
                field,
                format!("unknown argument {flag:?}; use --year, --people, --fiscal, --format"),
                format!("不认识的参数 {flag:?}；可用 --year、--people、--fiscal、--format"),
            ));
        }
        let Some(value) = inline.or_else(|| it.next().cloned()) else {
            return Err(arg_error(
                field,
                format!("{name} needs a value"),
                format!("{name} 缺少取值"),
            ));
        };
        match field {
            "year" => {
                year = Some(value.parse::<i64>().map_err(|_| {
                    arg_error(
                        "year",
                        format!("--year must be a whole number, not {value:?}"),
                        format!("--year 应为整数年份，现为 {value:?}"),
                    )
                })?)
            }
            "people" => {
                people = Some(value.parse::<u64>().map_err(|_| {
                    arg_error(
                        "people",
                        format!("--people must be a whole number 0 or more, not {value:?}"),
                        format!("--people 应为不小于 0 的整数，现为 {value:?}"),
                    )
                })?)
            }
            "fiscal" => {
                fiscal = Fiscal::from_code(&value).ok_or_else(|| {
                    arg_error(
                        "fiscal",
                        format!("--fiscal must be ordinary or province-direct, not {value:?}"),
                        format!("--fiscal 应为 ordinary（一般县）或 province-direct（省财政直管县），现为 {value:?}"),
                    )
                })?
            }
            _ => {
                format = match value.as_str() {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    _ => {
                        return Err(arg_error(
                            "format",
                            format!("--format must be json or text, not {value:?}"),
                            format!("--format 应为 json 或 text，现为 {value:?}"),
                        ))
                    }
                }
            }
        }
    }
    let missing = |f: &str| arg_error(f, format!("--{f} is required"), format!("缺少参数 --{f}"));
    Ok((
        year.ok_or_else(|| missing("year"))?,
        people.ok_or_else(|| missing("people"))?,
        fiscal,
        format,
    ))
}

/// Runs `daijiao budget`; returns the text to print, or the error.
pub fn run_budget(args: &[String]) -> Result<String, InputError> {
    let (year, people, fiscal, format) = parse_budget_args(args)?;
    let b = budget(year, people, fiscal)?;
    let out = BudgetOut::new(&b);
    Ok(match format {
        Format::Json => serde_json::to_string_pretty(&out).unwrap_or_default(),
        Format::Text => budget_text(&out, &b),
    })
}

fn budget_text(out: &BudgetOut, b: &crate::budget::Budget) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let fiscal = match b.fiscal {
        Fiscal::Ordinary => "一般县（市、区），省：市：县 = 1：1：1",
        Fiscal::ProvinceDirect => "省财政直管县（市），省：县 = 2：1（市级部分由省级负担）",
    };
    let _ = writeln!(
        s,
        "贫困人员城乡居民养老保险政府代缴资金测算 · {} 年 · {} 人\n{}\n每人代缴 {} 元{}，合计 {} 元\n",
        out.year,
        out.people,
        fiscal,
        out.per_person_yuan,
        if out.provisional { "（暂定，待核实）" } else { "" },
        out.total_yuan
    );
    let _ = writeln!(
        s,
        "{:<6}{:>16}{:>14}{:>16}{:>12}{:>16}",
        "级次",
        "精确分担（元）",
        "预算（元/人）",
        "预算金额（元）",
        "预算（万元）",
        "年终决算差额（元）"
    );
    for (l, lv) in out.levels.iter().zip(&b.levels) {
        let name = match lv.level {
            crate::budget::Level::Province => "省级",
            crate::budget::Level::City => "市级",
            crate::budget::Level::County => "县（区）级",
        };
        let _ = writeln!(
            s,
            "{:<6}{:>16}{:>14}{:>16}{:>12}{:>16}",
            name,
            l.exact_yuan,
            l.per_person_budgeted_yuan,
            l.budgeted_yuan,
            l.budgeted_wan_yuan,
            l.settlement_yuan
        );
    }
    let _ = writeln!(
        s,
        "{:<6}{:>16}{:>14}{:>16}{:>12}{:>16}",
        "合计",
        out.total_yuan,
        "",
        out.budgeted_total_yuan,
        fmt_yuan(crate::budget::wan_yuan(b.budgeted_total_yuan)),
        out.settlement_total_yuan
    );
    let _ = writeln!(
        s,
        "\n预算按每人每级整元向下取整（唐高人社呈〔2018〕4号：33元/人），差额年终决算多退少补。\n依据：冀人社发〔2018〕3号 二（一）1；唐高人社呈〔2018〕4号。规则版本 {}",
        out.policy_version
    );
    s
}

/// Usage text.
pub const USAGE: &str = "daijiao — 冀人社发〔2018〕3号 社会保险扶贫 calculator

USAGE:
  daijiao check                 read JSON Lines on stdin, one resident a line; write one answer a line
  daijiao budget --year Y --people N [--fiscal ordinary|province-direct] [--format json|text]
  daijiao roster FILE [--rejects PATH] [--fiscal ordinary|province-direct]
                                read a CSV roster (id,year,age,statuses,exited_on,pension; UTF-8 or GBK),
                                print the aggregate JSON, write rejected rows to PATH (default FILE.rejects.csv)
  daijiao --version | --help

Exit status: 0 all good; 1 some input was rejected (each bad line is answered with an error);
2 usage error or I/O failure.";
