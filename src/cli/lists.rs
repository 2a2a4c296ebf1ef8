//! `daijiao lists FILE… --year Y --out LIST.xlsx|LIST.csv [--rejects PATH] [--category WORD]
//! [--column KEY=HEADER]… [--enrolled] [--fiscal ordinary|province-direct]`: the departments'
//! lists (xlsx, xls, ods, or CSV in UTF-8 with or without BOM, or GBK; `crate::sheets`) merged
//! into one person per identity number, each decided by the rules, written as the 代缴名单
//! (`crate::lists::build` makes it; an xlsx holds the list, the summary with the budget by level
//! and the rejects; a CSV list has its rejects in a second file).
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

use crate::budget::Fiscal;
use crate::input::{shown, Args, Field, InputError, Statuses};
use crate::lists::build::{
    decide, find_sheet, read_list, read_row, read_rows as read_rows_of, Options, SheetRows,
};
use crate::lists::categories;
use crate::lists::header::Column;
use crate::sheets::Sheet;
use crate::shell::{Problem, ShellCode};
use crate::text::Lang;
use serde_json::json;
use std::path::PathBuf;

/// Rows of a CSV list in which its header is looked for (title rows above it allowed).
const HEAD_ROWS: usize = 50;

/// What `daijiao lists` was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The lists.
    pub files: Vec<PathBuf>,
    /// The policy year.
    pub year: u16,
    /// Where the 代缴名单 goes.
    pub out: PathBuf,
    /// Where the rejected rows and conflicts go (with an xlsx list: its own sheet, and this
    /// file only when `--rejects` is given).
    pub rejects: PathBuf,
    /// Whether `--rejects` was given.
    pub rejects_given: bool,
    /// The county's fiscal arrangement, for the level split.
    pub fiscal: Fiscal,
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
            allowed: "FILE…, --year, --out, --rejects, --category, --column, --enrolled, --fiscal"
                .into(),
            ..Args::default()
        },
    )
}

/// Parses the arguments after `lists`.
pub fn parse_args(args: &[String]) -> Result<Request, Problem> {
    let (mut files, mut year, mut out, mut rejects, mut category, mut enrolled) =
        (Vec::new(), None, None, None, None, false);
    let mut columns = Vec::new();
    let mut fiscal = Fiscal::Ordinary;
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
        if !matches!(
            field,
            "year" | "out" | "rejects" | "category" | "column" | "fiscal"
        ) {
            return Err(usage(field, a));
        }
        let Some(v) = it.next() else {
            return Err(Problem::shell(field, ShellCode::ArgumentValue, a.as_str()));
        };
        match field {
            "year" => year = Some(super::year_arg(v)?),
            "out" => out = Some(PathBuf::from(v)),
            "fiscal" => fiscal = Fiscal::from_field(Field::Str(v.clone()))?,
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
        rejects_given: rejects.is_some(),
        fiscal,
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

/// Runs `daijiao lists`; the summary (JSON) for stdout.
pub fn run(args: &[String]) -> Result<String, Problem> {
    let r = parse_args(args)?;
    let io =
        |field: &str, path: &PathBuf, e: std::io::Error| super::roster::io_error(field, path, &e);
    let options = Options {
        year: r.year,
        category: r.category,
        enrolled: r.enrolled,
        columns: r.columns.clone(),
        fiscal: r.fiscal,
    };
    let names: Vec<String> = r.files.iter().map(|p| p.display().to_string()).collect();
    let (mut entries, mut rejects, mut read_rows) = (Vec::new(), Vec::new(), 0);
    for (f, path) in r.files.iter().enumerate() {
        let bytes = std::fs::read(path).map_err(|e| io("FILE", path, e))?;
        let syntax = |e: String| {
            Problem::shell_with(
                "FILE",
                ShellCode::Syntax,
                Args {
                    value: format!("{}: {e}", names[f]),
                    ..Args::default()
                },
            )
        };
        let no_header = || {
            Problem::shell_with(
                "FILE",
                ShellCode::Header,
                Args {
                    allowed: "身份证号 / 公民身份号码 / 证件号码".into(),
                    value: names[f].clone(),
                    ..Args::default()
                },
            )
        };
        if crate::sheets::is_spreadsheet(&bytes) {
            let (_, sheets) = crate::sheets::read(&bytes).map_err(syntax)?;
            let views: Vec<SheetRows> = sheets.iter().map(Sheet::view).collect();
            read_rows +=
                read_list(f, &views, &options, &mut entries, &mut rejects).ok_or_else(no_header)?;
        } else {
            // CSV: the header is looked for in the first rows; the rest is read as it streams
            let (_, text) = crate::sheets::decode(&bytes);
            drop(bytes);
            let mut csv = crate::sheets::CsvStream::new(&text, HEAD_ROWS).map_err(syntax)?;
            let head = SheetRows {
                first_row: 1,
                rows: &csv.head,
            };
            let (_, h) = find_sheet([head], &options.columns).ok_or_else(no_header)?;
            read_rows += read_rows_of(f, head, &h, &options, &mut entries, &mut rejects);
            let mut streamed = 0;
            csv.rest(|i, record| {
                if read_row(f, i + 1, record, &h, &options, &mut entries, &mut rejects) {
                    streamed += 1;
                }
            })
            .map_err(syntax)?;
            read_rows += streamed;
        }
    }
    let o = decide(entries, rejects, read_rows, options);
    let lang = Lang::Zh;
    let xlsx = r
        .out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if xlsx {
        let bytes = crate::sheets::list_xlsx(&o, &names, lang).map_err(|e| {
            Problem::shell_with(
                "out",
                ShellCode::Io,
                Args {
                    value: e,
                    ..Args::default()
                },
            )
        })?;
        std::fs::write(&r.out, bytes).map_err(|e| io("out", &r.out, e))?;
    } else {
        let file = std::fs::File::create(&r.out).map_err(|e| io("out", &r.out, e))?;
        let mut w = std::io::BufWriter::new(file);
        crate::sheets::write_list_csv(&mut w, &o, &names, lang)
            .and_then(|()| std::io::Write::flush(&mut w))
            .map_err(|e| io("out", &r.out, e))?;
    }
    if !xlsx || r.rejects_given {
        std::fs::write(&r.rejects, crate::sheets::rejects_csv(&o, &names, lang))
            .map_err(|e| io("rejects", &r.rejects, e))?;
    }
    super::to_json(
        &json!({
            "year": r.year,
            "rows": o.rows_read,
            "people": o.list.len(),
            "paid": o.paid,
            "amount_unknown": o.amount_unknown,
            "total_yuan": crate::money::fmt_yuan(o.total_yuan),
            "held_out": o.held_out,
            "rejected_rows": o.rejects.len(),
            "budget": o.budget.as_ref().ok().map(crate::contract::BudgetOut::new),
            "list": r.out.display().to_string(),
            "rejects": (!xlsx || r.rejects_given).then(|| r.rejects.display().to_string()),
        }),
        true,
    )
}
