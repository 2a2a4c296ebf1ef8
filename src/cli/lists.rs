//! `daijiao lists FILE.csv… --year Y --out LIST.csv [--rejects PATH] [--category WORD]
//! [--column KEY=HEADER]… [--enrolled]`: the departments' CSV lists (UTF-8, with or without BOM, or GBK) merged into one
//! person per identity number, each decided by the rules, written as the 代缴名单.
//!
//! The header row is found by its words below any title rows (`lists::header`); the category
//! words are mapped by the explicit table (`lists::categories`); `--column id=证件号(18位)` names a
//! header the synonyms do not know (keys `id`, `name`, `category`, `enrolment`, `birth`); `--category` gives a file
//! without a category column its category (the file is "the 低保 list"); `--enrolled` says that
//! everyone on files without an enrolment column is enrolled (else those rows are rejected:
//! the payment needs enrolment, and a list without it cannot say). Identity numbers are
//! checked (GB 11643), the birth month read from them. A person on several lists is counted and
//! paid once; two names or two enrolment answers hold the person out (written to the rejects
//! file with every line). The list holds the full identity numbers (the clerk hands it on); the
//! rejects file and every message show them masked.

use crate::input::{shown, Args, Field, IdNumber, InputError, Pension, Statuses};
use crate::lists::categories;
use crate::lists::header::{self, Column, Header};
use crate::lists::merge::{merge, Conflict, Entry, Person};
use crate::money::split_exact;
use crate::policy::params::SPLIT_ORDINARY;
use crate::rules::{evaluate_facts, Facts};
use crate::shell::{Problem, ShellCode};
use crate::text::{doc_number, Lang};
use rust_decimal::Decimal;
use serde_json::json;
use std::path::PathBuf;

/// What `daijiao lists` was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The lists.
    pub files: Vec<PathBuf>,
    /// The policy year.
    pub year: u16,
    /// Where the 代缴名单 goes.
    pub out: PathBuf,
    /// Where the rejected rows and conflicts go.
    pub rejects: PathBuf,
    /// The category of files without a category column.
    pub category: Option<Statuses>,
    /// Everyone on files without an enrolment column is enrolled.
    pub enrolled: bool,
    /// Header texts the clerk names for some columns (`--column id=证件号(18位)`).
    pub columns: Vec<(Column, String)>,
}

fn usage(field: &str, value: &str) -> Problem {
    Problem::shell_with(
        field,
        ShellCode::UnknownArgument,
        Args {
            value: shown(value),
            allowed: "FILE…, --year, --out, --rejects, --category, --column, --enrolled".into(),
            ..Args::default()
        },
    )
}

/// Parses the arguments after `lists`.
pub fn parse_args(args: &[String]) -> Result<Request, Problem> {
    let (mut files, mut year, mut out, mut rejects, mut category, mut enrolled) =
        (Vec::new(), None, None, None, None, false);
    let mut columns = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if !a.starts_with("--") {
            files.push(PathBuf::from(a));
            continue;
        }
        let field = a.trim_start_matches('-');
        if a == "--enrolled" {
            enrolled = true;
            continue;
        }
        if !matches!(field, "year" | "out" | "rejects" | "category" | "column") {
            return Err(usage(field, a));
        }
        let Some(v) = it.next() else {
            return Err(Problem::shell(field, ShellCode::ArgumentValue, a.as_str()));
        };
        match field {
            "year" => {
                year = Some(match Field::from_text(v) {
                    Field::Int(y) => crate::input::check_year("year", y)?,
                    other => {
                        return Err(InputError::wrong_type(
                            "year",
                            crate::input::Expected::Integer,
                            &other,
                        )
                        .into())
                    }
                })
            }
            "out" => out = Some(PathBuf::from(v)),
            "rejects" => rejects = Some(PathBuf::from(v)),
            "column" => {
                let (code, text) = v.split_once('=').unwrap_or((v, ""));
                let allowed = || crate::input::names(Column::ALL.iter().map(|(_, n)| *n));
                let column = Column::from_code(code)
                    .ok_or_else(|| InputError::unknown_value("column", code, allowed()))?;
                if text.trim().is_empty() {
                    return Err(Problem::shell(
                        "column",
                        ShellCode::ArgumentValue,
                        v.as_str(),
                    ));
                }
                columns.push((column, text.to_string()));
            }
            _ => {
                let statuses = categories::statuses(v).map_err(|word| {
                    InputError::unknown_value("category", &word, categories_allowed())
                })?;
                category = Some(statuses.into_iter().fold(Statuses::NONE, Statuses::with));
            }
        }
    }
    let missing = |f: &str| {
        Problem::from(InputError::new(
            f,
            crate::input::ErrorCode::Missing,
            Args::default(),
        ))
    };
    let out = out.ok_or_else(|| missing("out"))?;
    if files.is_empty() {
        return Err(missing("FILE"));
    }
    Ok(Request {
        rejects: rejects.unwrap_or_else(|| out.with_extension("rejects.csv")),
        files,
        year: year.ok_or_else(|| missing("year"))?,
        out,
        category,
        enrolled,
        columns,
    })
}

fn categories_allowed() -> String {
    crate::input::names(categories::WORDS.iter().map(|(w, _)| *w))
}

/// Whether an enrolment cell says enrolled.
fn enrolled_cell(cell: &str) -> Option<bool> {
    match categories::normalize(cell).as_str() {
        "已参保" | "参保" | "是" | "正常参保" | "正常缴费" => Some(true),
        "未参保" | "否" | "不参保" => Some(false),
        _ => None,
    }
}

/// One rejected row or held-out person.
struct Reject {
    file: String,
    line: usize,
    id: String,
    reason: String,
}

fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Runs `daijiao lists`; the summary (JSON) for stdout.
pub fn run(args: &[String]) -> Result<String, Problem> {
    let r = parse_args(args)?;
    let io =
        |field: &str, path: &PathBuf, e: std::io::Error| super::roster::io_error(field, path, &e);
    let mut entries = Vec::new();
    let mut rejects: Vec<Reject> = Vec::new();
    let mut read_rows = 0usize;
    for (f, path) in r.files.iter().enumerate() {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| io("FILE", path, e))?;
        let (_, sheets) = crate::sheets::read(&bytes).map_err(|e| {
            Problem::shell_with(
                "FILE",
                ShellCode::Syntax,
                Args {
                    value: format!("{name}: {e}"),
                    ..Args::default()
                },
            )
        })?;
        // The first sheet with a header the synonyms (or --column) name.
        let found = sheets.iter().find_map(|s| {
            let cells = s.rows.iter().map(|row| row.iter().map(String::as_str));
            header::find_with(cells, &r.columns).map(|h| (s, h))
        });
        let Some((sheet, h)) = found else {
            return Err(Problem::shell_with(
                "FILE",
                ShellCode::Header,
                Args {
                    allowed: "身份证号 / 公民身份号码 / 证件号码".into(),
                    value: name,
                    ..Args::default()
                },
            ));
        };
        read_rows += read_file(f, &name, sheet, &h, &r, &mut entries, &mut rejects);
    }
    let merged = merge(entries);
    for (p, why) in &merged.conflicts {
        let reason = match why {
            Conflict::Names(names) => format!("conflicting names: {}", names.join(" / ")),
            Conflict::Enrolment => "conflicting enrolment answers".to_string(),
        };
        for (f, line) in &p.sources {
            rejects.push(Reject {
                file: r.files[*f].display().to_string(),
                line: *line,
                id: p.id.masked(),
                reason: reason.clone(),
            });
        }
    }
    let (list, total, paid) = write_list(&r, &merged.people);
    std::fs::write(&r.out, list).map_err(|e| io("out", &r.out, e))?;
    let mut rej = String::from("\u{FEFF}file,line,id,reason\n");
    for x in &rejects {
        rej.push_str(&format!(
            "{},{},{},{}\n",
            csv_cell(&x.file),
            x.line,
            x.id,
            csv_cell(&x.reason)
        ));
    }
    std::fs::write(&r.rejects, rej).map_err(|e| io("rejects", &r.rejects, e))?;
    super::to_json(
        &json!({
            "year": r.year,
            "rows": read_rows,
            "people": merged.people.len(),
            "paid": paid,
            "total_yuan": crate::money::fmt_yuan(total),
            "held_out": merged.conflicts.len(),
            "rejected_rows": rejects.len(),
            "list": r.out.display().to_string(),
            "rejects": r.rejects.display().to_string(),
        }),
        true,
    )
}

/// Reads one file's data rows into entries; returns how many rows it read.
fn read_file(
    f: usize,
    name: &str,
    sheet: &crate::sheets::Sheet,
    h: &Header,
    r: &Request,
    entries: &mut Vec<Entry>,
    rejects: &mut Vec<Reject>,
) -> usize {
    let cell = |row: &Vec<String>, c: Column| {
        h.index(c)
            .and_then(|i| row.get(i))
            .map(|s| s.trim().to_string())
    };
    let mut n = 0;
    for (i, row) in sheet.rows.iter().enumerate().skip(h.row + 1) {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        n += 1;
        let line = sheet.first_row + i;
        let raw_id = cell(row, Column::Id).unwrap_or_default();
        let mut reject = |id: String, reason: String| {
            rejects.push(Reject {
                file: name.to_string(),
                line,
                id,
                reason,
            });
        };
        let id = match IdNumber::parse(&raw_id) {
            Ok(id) => id,
            Err(p) => {
                let masked = if raw_id.chars().count() > 10 {
                    let c: Vec<char> = raw_id.chars().collect();
                    format!(
                        "{}…{}",
                        c[..6].iter().collect::<String>(),
                        c[c.len() - 4..].iter().collect::<String>()
                    )
                } else {
                    "…".to_string()
                };
                reject(masked, p.code().to_string());
                continue;
            }
        };
        let statuses = match (h.index(Column::Category), r.category) {
            (Some(_), _) => {
                match categories::statuses(&cell(row, Column::Category).unwrap_or_default()) {
                    Ok(list) if !list.is_empty() => {
                        list.into_iter().fold(Statuses::NONE, Statuses::with)
                    }
                    Ok(_) => {
                        reject(id.masked(), "no category".into());
                        continue;
                    }
                    Err(word) => {
                        reject(id.masked(), format!("unknown category: {word}"));
                        continue;
                    }
                }
            }
            (None, Some(s)) => s,
            (None, None) => {
                reject(id.masked(), "no category column and no --category".into());
                continue;
            }
        };
        let enrolled = match h.index(Column::Enrolment) {
            Some(_) => match enrolled_cell(&cell(row, Column::Enrolment).unwrap_or_default()) {
                Some(e) => Some(e),
                None => {
                    reject(id.masked(), "unknown enrolment answer".into());
                    continue;
                }
            },
            None if r.enrolled => Some(true),
            None => {
                reject(id.masked(), "no enrolment column and no --enrolled".into());
                continue;
            }
        };
        entries.push(Entry {
            id,
            year: r.year,
            name: cell(row, Column::Name).unwrap_or_default(),
            statuses,
            enrolled,
            source: (f, line),
        });
    }
    n
}

/// The 代缴名单 (CSV with a BOM, for Excel): one row per person; and the total paid.
fn write_list(r: &Request, people: &[Person]) -> (String, Decimal, usize) {
    let t = Lang::Zh.text();
    let weights = SPLIT_ORDINARY
        .at(r.year)
        .and_then(|v| v.value)
        .unwrap_or([1, 1, 1]);
    let mut out = String::from(
        "\u{FEFF}序号,姓名,身份证号,身份,决定身份,结论,代缴金额(元),省级(元),市级(元),县级(元),依据,来源\n",
    );
    let (mut total, mut paid) = (Decimal::ZERO, 0);
    for (i, p) in people.iter().enumerate() {
        let birth = p.id.birth_date();
        let facts = Facts {
            year: p.year,
            age: birth.map_or(0, |b| {
                u8::try_from(p.year.saturating_sub(b.year)).unwrap_or(u8::MAX)
            }),
            birth_month: birth.map(|b| b.month),
            statuses: p.statuses,
            // the lists carry no exit date: it matters to the medical subsidy only, not to this list
            exited_on_or_after_cutoff: false,
            pension: if p.enrolled == Some(true) {
                Pension::Enrolled
            } else {
                Pension::NotEnrolled
            },
            medical_scheme: Default::default(),
        };
        let Some(d) = evaluate_facts(&facts) else {
            continue;
        };
        let pc = &d.pension_contribution;
        let held: Vec<&str> = p.statuses.iter().map(|s| t.status_name(s)).collect();
        let decided = pc.reason.decided_by.map_or("", |s| t.status_name(s));
        let answer = if pc.government_pays {
            "代缴".to_string()
        } else {
            format!(
                "不代缴：{}",
                t.pension_why(pc.reason.code, pc.reason.decided_by)
            )
        };
        // Unknown for the year (from 2024): no amount and no shares, said in the answer.
        let amount = pc.government_amount_yuan;
        let shares = amount
            .and_then(|a| split_exact(a, &weights))
            .unwrap_or_default();
        let share = |k: usize| {
            shares
                .get(k)
                .map_or(String::new(), |d| crate::money::fmt_yuan(*d))
        };
        let clause = pc.reason.clauses.first().map_or(String::new(), |c| {
            format!("{} {}", doc_number(c.doc), c.clause)
        });
        let sources: Vec<String> = p
            .sources
            .iter()
            .map(|(f, line)| format!("{}:{line}", r.files[*f].display()))
            .collect();
        if pc.government_pays {
            total += amount.unwrap_or_default();
            paid += 1;
        }
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{},{},{},{}\n",
            i + 1,
            csv_cell(&p.name),
            p.id.as_str(),
            csv_cell(&held.join("、")),
            decided,
            csv_cell(&answer),
            amount.map_or_else(|| t.data_unknown.to_string(), crate::money::fmt_yuan),
            share(0),
            share(1),
            share(2),
            csv_cell(&clause),
            csv_cell(&sources.join(" "))
        ));
    }
    (out, total, paid)
}
