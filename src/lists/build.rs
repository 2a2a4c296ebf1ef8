//! The 代缴名单 from the departments' lists, told once for every shell: rows of text cells in
//! (each list's chosen sheet), people decided by the rules out — with every rejected row and
//! every held-out person, the totals, the level split and the budget. The CLI (`daijiao
//! lists`) and the clerk's page read the files and write the outputs (`crate::sheets`); this
//! module reads no file and knows no file format.

use super::categories;
use super::header::{self, Column, Header};
use super::merge::{merge, Conflict, Entry, Person};
use crate::budget::{budget, Budget, Fiscal};
use crate::input::{IdNumber, IdProblem, InputError, Pension, Statuses};
use crate::money::fmt_yuan;
use crate::money::split_exact;
use crate::policy::params::{SPLIT_ORDINARY, SPLIT_PROVINCE_DIRECT};
use crate::rules::{evaluate_facts, Decision, Facts};
use crate::text::{doc_number, fill, Lang};
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::sync::Arc;

/// What the clerk says about the lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The policy year.
    pub year: u16,
    /// The category of lists without a category column ("this file is the 低保 list").
    pub category: Option<Statuses>,
    /// Everyone on lists without an enrolment column is enrolled.
    pub enrolled: bool,
    /// Header texts the clerk names for some columns (`id=证件号(18位)`).
    pub columns: Vec<(Column, String)>,
    /// The county's fiscal arrangement, for the level split.
    pub fiscal: Fiscal,
}

/// One list's sheet as rows of text cells.
#[derive(Debug, Clone, Copy)]
pub struct SheetRows<'a> {
    /// 1-based row (or line) number of `rows[0]` in the file.
    pub first_row: usize,
    /// The rows.
    pub rows: &'a [Vec<String>],
}

/// The first sheet with a header row the synonyms (or the clerk's `columns`) name: its index
/// and the header.
pub fn find_sheet<'a>(
    sheets: impl IntoIterator<Item = SheetRows<'a>>,
    columns: &[(Column, String)],
) -> Option<(usize, Header)> {
    sheets.into_iter().enumerate().find_map(|(i, s)| {
        let cells = s.rows.iter().map(|row| row.iter().map(String::as_str));
        header::find_with(cells, columns).map(|h| (i, h))
    })
}

/// Reads one list: the first of its sheets with a header ([`find_sheet`]), its data rows into
/// entries and rejects ([`read_rows`]). The number of rows read, or `None` when no sheet has a
/// header the synonyms (or the clerk's `columns`) name.
pub fn read_list(
    file: usize,
    sheets: &[SheetRows<'_>],
    o: &Options,
    entries: &mut Vec<Entry>,
    rejects: &mut Vec<Reject>,
) -> Option<usize> {
    let (i, h) = find_sheet(sheets.iter().copied(), &o.columns)?;
    Some(read_rows(file, sheets[i], &h, o, entries, rejects))
}

/// Why a row or a person is not in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RejectReason {
    /// The identity number is not a valid one.
    Id(IdProblem),
    /// A category word the table does not have (never guessed).
    UnknownCategory(String),
    /// The category cell is empty.
    NoCategory,
    /// The list has no category column and the clerk gave none for it.
    NoCategoryColumn,
    /// The enrolment cell says neither yes nor no.
    UnknownEnrolment(String),
    /// The list has no enrolment column and the clerk did not say everyone is enrolled.
    NoEnrolmentColumn,
    /// Two lists disagree on this person: held out until the clerk resolves it.
    Conflict(Conflict),
}

impl RejectReason {
    /// A stable code.
    pub fn code(&self) -> &'static str {
        match self {
            RejectReason::Id(p) => p.code(),
            RejectReason::UnknownCategory(_) => "unknown_category",
            RejectReason::NoCategory => "no_category",
            RejectReason::NoCategoryColumn => "no_category_column",
            RejectReason::UnknownEnrolment(_) => "unknown_enrolment",
            RejectReason::NoEnrolmentColumn => "no_enrolment_column",
            RejectReason::Conflict(Conflict::Names(_)) => "conflicting_names",
            RejectReason::Conflict(Conflict::Enrolment) => "conflicting_enrolment",
        }
    }
}

/// A rejected row, or one line of a held-out person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reject {
    /// Which list (index into the shell's file list).
    pub file: usize,
    /// The row (line) in that list, 1-based.
    pub line: usize,
    /// The identity number masked (first 6 and last 4), or what can be shown of a bad one.
    pub id_masked: String,
    /// Why.
    pub reason: RejectReason,
}

/// A bad identity number as it may be shown: its first 6 and last 4 characters when it is
/// long enough to hide the rest, else nothing of it.
pub fn mask_raw(raw: &str) -> String {
    let c: Vec<char> = raw.chars().collect();
    if c.len() > 10 {
        let head: String = c[..6].iter().collect();
        let tail: String = c[c.len() - 4..].iter().collect();
        format!("{head}…{tail}")
    } else {
        "…".to_string()
    }
}

/// Whether an enrolment cell says enrolled.
fn enrolled_cell(cell: &str) -> Option<bool> {
    match categories::normalize(cell).as_str() {
        "已参保" | "参保" | "是" | "正常参保" | "正常缴费" => Some(true),
        "未参保" | "否" | "不参保" => Some(false),
        _ => None,
    }
}

/// One row of a list as cells of text: a sheet's row, or a CSV record read as it streams.
pub trait Row {
    /// The cell in column `i`, if the row has it.
    fn cell(&self, i: usize) -> Option<&str>;
    /// Whether every cell is blank.
    fn is_blank(&self) -> bool;
}

impl Row for Vec<String> {
    fn cell(&self, i: usize) -> Option<&str> {
        self.get(i).map(String::as_str)
    }
    fn is_blank(&self) -> bool {
        self.iter().all(|c| c.trim().is_empty())
    }
}

/// Reads one list's data rows (below its header) into entries and rejects; returns how many
/// non-blank rows it read.
pub fn read_rows(
    file: usize,
    sheet: SheetRows<'_>,
    h: &Header,
    o: &Options,
    entries: &mut Vec<Entry>,
    rejects: &mut Vec<Reject>,
) -> usize {
    let mut n = 0;
    for (i, row) in sheet.rows.iter().enumerate().skip(h.row + 1) {
        if read_row(file, sheet.first_row + i, row, h, o, entries, rejects) {
            n += 1;
        }
    }
    n
}

/// Reads one data row (row or line `line` of list `file`) into an entry or a reject; false for
/// a blank row (skipped, not counted).
pub fn read_row(
    file: usize,
    line: usize,
    row: &impl Row,
    h: &Header,
    o: &Options,
    entries: &mut Vec<Entry>,
    rejects: &mut Vec<Reject>,
) -> bool {
    let cell = |c: Column| h.index(c).and_then(|i| row.cell(i)).map_or("", str::trim);
    if row.is_blank() {
        return false;
    }
    let raw_id = cell(Column::Id);
    let mut reject = |id_masked: String, reason: RejectReason| {
        rejects.push(Reject {
            file,
            line,
            id_masked,
            reason,
        });
        true
    };
    let id = match IdNumber::parse(raw_id) {
        Ok(id) => id,
        Err(p) => return reject(mask_raw(raw_id), RejectReason::Id(p)),
    };
    let statuses = match (h.index(Column::Category), o.category) {
        (Some(_), _) => match categories::statuses(cell(Column::Category)) {
            Ok(list) if !list.is_empty() => list.into_iter().fold(Statuses::NONE, Statuses::with),
            Ok(_) => return reject(id.masked(), RejectReason::NoCategory),
            Err(word) => return reject(id.masked(), RejectReason::UnknownCategory(word)),
        },
        (None, Some(s)) => s,
        (None, None) => return reject(id.masked(), RejectReason::NoCategoryColumn),
    };
    let enrolled = match h.index(Column::Enrolment) {
        Some(_) => {
            let text = cell(Column::Enrolment);
            match enrolled_cell(text) {
                Some(e) => Some(e),
                None => {
                    return reject(
                        id.masked(),
                        RejectReason::UnknownEnrolment(text.to_string()),
                    )
                }
            }
        }
        None if o.enrolled => Some(true),
        None => return reject(id.masked(), RejectReason::NoEnrolmentColumn),
    };
    entries.push(Entry {
        id,
        year: o.year,
        name: cell(Column::Name).to_string(),
        statuses,
        enrolled,
        source: (file, line),
    });
    true
}

/// One person of the 代缴名单: who, the rules' decision, and each level's share of the payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListRow {
    /// The merged person (statuses united, every source line).
    pub person: Person,
    /// The rules' decision for the person's year, age (from the identity number) and statuses
    /// (shared by every person with the same facts: each distinct facts is decided once).
    pub decision: Arc<Decision>,
    /// Province, city and county shares of the payment (exact, largest remainder), when the
    /// government pays and the amount and the split are known for the year.
    pub shares: Option<[Decimal; 3]>,
}

/// Everything the clerk hands on.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The options it was made with.
    pub options: Options,
    /// Non-blank data rows read over every list.
    pub rows_read: usize,
    /// One row per person, in identity-number order (persons held out are not here).
    pub list: Vec<ListRow>,
    /// Rejected rows and the lines of held-out persons, in list and line order.
    pub rejects: Vec<Reject>,
    /// Persons held out (conflicts), each listed in `rejects` with every line.
    pub held_out: usize,
    /// Persons the government pays for.
    pub paid: u64,
    /// Of those, persons whose amount the year's data does not have.
    pub amount_unknown: u64,
    /// The payments summed exactly (of the persons whose amount is known).
    pub total_yuan: Decimal,
    /// The budget by level for the paid persons (as in TGRS-2018-4: whole yuan per person and
    /// level, the difference settled at year end), or why it cannot be made for the year.
    pub budget: Result<Budget, InputError>,
}

/// The rules' facts of a person: the age reached in the year from the birth date in the
/// identity number (the birth-month reading of the core), enrolled as the lists say.
fn facts(p: &Person) -> Facts {
    let birth = p.id.birth_date();
    Facts {
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
    }
}

/// Merges the entries of every list into one person per identity number (JRS-2018-3 二(一)1
/// "每年每人只能享受一次"), decides each, and sums: the shells' one call after reading.
pub fn decide(
    entries: Vec<Entry>,
    mut rejects: Vec<Reject>,
    rows_read: usize,
    o: Options,
) -> Outcome {
    let merged = merge(entries);
    for (p, why) in &merged.conflicts {
        for (file, line) in &p.sources {
            rejects.push(Reject {
                file: *file,
                line: *line,
                id_masked: p.id.masked(),
                reason: RejectReason::Conflict(why.clone()),
            });
        }
    }
    rejects.sort_by_key(|r| (r.file, r.line));
    let split = match o.fiscal {
        Fiscal::Ordinary => SPLIT_ORDINARY.at(o.year),
        Fiscal::ProvinceDirect => SPLIT_PROVINCE_DIRECT.at(o.year),
    }
    .and_then(|v| v.value);
    let (mut paid, mut unknown, mut total) = (0u64, 0u64, Decimal::ZERO);
    let mut list = Vec::with_capacity(merged.people.len());
    // Each distinct facts is decided (and its payment split) once.
    type Decided = Option<(Arc<Decision>, Option<[Decimal; 3]>)>;
    let mut decided: HashMap<Facts, Decided> = HashMap::new();
    for person in merged.people {
        let f = facts(&person);
        let found = decided
            .entry(f)
            .or_insert_with(|| {
                let d = evaluate_facts(&f)?;
                let pc = &d.pension_contribution;
                let shares = pc
                    .government_amount_yuan
                    .filter(|_| pc.government_pays)
                    .zip(split)
                    .and_then(|(a, w)| split_exact(a, &w))
                    .and_then(|s| <[Decimal; 3]>::try_from(s).ok());
                Some((Arc::new(d), shares))
            })
            .clone();
        let Some((decision, shares)) = found else {
            continue;
        };
        let pc = &decision.pension_contribution;
        let amount = pc.government_amount_yuan.filter(|_| pc.government_pays);
        if pc.government_pays {
            paid += 1;
            match amount {
                Some(a) => total += a,
                None => unknown += 1,
            }
        }
        list.push(ListRow {
            person,
            decision,
            shares,
        });
    }
    Outcome {
        budget: budget(i64::from(o.year), paid, o.fiscal),
        options: o,
        rows_read,
        list,
        rejects,
        held_out: merged.conflicts.len(),
        paid,
        amount_unknown: unknown,
        total_yuan: total,
    }
}

/// The list's column headings, in `lang`.
pub fn list_header(lang: Lang) -> [&'static str; 12] {
    let c = lang.clerk();
    [
        c.list_col_seq,
        c.list_col_name,
        c.list_col_id,
        c.list_col_statuses,
        c.list_col_decided,
        c.list_col_answer,
        c.list_col_amount,
        c.list_col_province,
        c.list_col_city,
        c.list_col_county,
        c.list_col_clause,
        c.list_col_sources,
    ]
}

/// The rejects' column headings, in `lang`.
pub fn rejects_header(lang: Lang) -> [&'static str; 5] {
    let c = lang.clerk();
    [
        c.list_col_file,
        c.col_line,
        c.col_id,
        c.list_col_code,
        c.col_reason,
    ]
}

/// Writes the list's rows as cells in a language: each distinct decision's sentences (the
/// answer, the deciding status, the clause) are written once and shared by every person with
/// that decision (a list of a million people has a few hundred distinct decisions).
pub struct RowWriter<'a> {
    files: &'a [String],
    lang: Lang,
    masked: bool,
    said: HashMap<*const Decision, [String; 7]>,
}

impl<'a> RowWriter<'a> {
    /// A writer in `lang` (`files`: the lists' names, for the sources); the identity number in
    /// full (the list is what the clerk hands on) or masked (first 6 and last 4: a print).
    pub fn new(files: &'a [String], lang: Lang, masked: bool) -> RowWriter<'a> {
        RowWriter {
            files,
            lang,
            masked,
            said: HashMap::new(),
        }
    }

    /// The decision's own cells: the deciding status, the answer with its reason, the clause,
    /// the amount and each level's share (the same for every person with the decision).
    fn decision_cells(r: &ListRow, lang: Lang) -> [String; 7] {
        let d = &r.decision;
        let t = lang.text();
        let c = lang.clerk();
        let pc = &d.pension_contribution;
        let why = t.pension_why(pc.reason.code, pc.reason.decided_by);
        let answer = if pc.government_pays {
            c.list_answer_pays.to_string()
        } else if pc.determined {
            fill(c.list_answer_not, &[("why", &why)])
        } else {
            fill(c.list_answer_open, &[("why", &why)])
        };
        let clause = pc.reason.clauses.first().map_or(String::new(), |c| {
            format!("{} {}", doc_number(c.doc), c.clause)
        });
        let decided = pc
            .reason
            .decided_by
            .map_or(String::new(), |s| t.status_name(s).to_string());
        let amount = match pc.government_amount_yuan {
            Some(a) => fmt_yuan(a),
            None => c.list_amount_unknown.to_string(),
        };
        let share = |k: usize| r.shares.map_or(String::new(), |s| fmt_yuan(s[k]));
        [
            decided,
            answer,
            clause,
            amount,
            share(0),
            share(1),
            share(2),
        ]
    }

    /// Row number `seq`'s cells, in the list's column order, each handed to `cell` without a
    /// copy of the decision's shared cells (a CSV writer appends them as they come).
    pub fn each_cell(&mut self, seq: usize, r: &ListRow, mut cell: impl FnMut(&str)) {
        let t = self.lang.text();
        let p = &r.person;
        let lang = self.lang;
        let said = self
            .said
            .entry(Arc::as_ptr(&r.decision))
            .or_insert_with(|| Self::decision_cells(r, lang));
        cell(&seq.to_string());
        cell(&p.name);
        if self.masked {
            cell(&p.id.masked());
        } else {
            cell(p.id.as_str());
        }
        let held: Vec<&str> = p.statuses.iter().map(|s| t.status_name(s)).collect();
        cell(&held.join("、"));
        let [decided, answer, clause, amount, province, city, county] = &*said;
        for s in [decided, answer, amount, province, city, county, clause] {
            cell(s);
        }
        let sources: Vec<String> = p
            .sources
            .iter()
            .map(|(f, line)| format!("{}:{line}", self.files.get(*f).map_or("", String::as_str)))
            .collect();
        cell(&sources.join(" "));
    }

    /// Row number `seq`'s cells ([`Self::each_cell`], owned).
    pub fn cells(&mut self, seq: usize, r: &ListRow) -> Vec<String> {
        let mut out = Vec::with_capacity(list_header(self.lang).len());
        self.each_cell(seq, r, |c| out.push(c.to_string()));
        out
    }
}

impl Reject {
    /// Why, in `lang`.
    pub fn reason_text(&self, lang: Lang) -> String {
        let c = lang.clerk();
        let with = |template: &str, value: &str| fill(template, &[("value", value)]);
        match &self.reason {
            RejectReason::Id(IdProblem::Length) => c.list_reject_id_length.into(),
            RejectReason::Id(IdProblem::NotDigits) => c.list_reject_id_digits.into(),
            RejectReason::Id(IdProblem::BirthDate) => c.list_reject_id_birth.into(),
            RejectReason::Id(IdProblem::CheckCharacter) => c.list_reject_id_check.into(),
            RejectReason::UnknownCategory(w) => with(c.list_reject_unknown_category, w),
            RejectReason::NoCategory => c.list_reject_no_category.into(),
            RejectReason::NoCategoryColumn => c.list_reject_no_category_column.into(),
            RejectReason::UnknownEnrolment(w) => with(c.list_reject_unknown_enrolment, w),
            RejectReason::NoEnrolmentColumn => c.list_reject_no_enrolment_column.into(),
            RejectReason::Conflict(Conflict::Names(names)) => {
                with(c.list_reject_names, &names.join(" / "))
            }
            RejectReason::Conflict(Conflict::Enrolment) => c.list_reject_enrolment.into(),
        }
    }

    /// The reject's cells in `lang`: file, line, masked number, code, reason.
    pub fn cells(&self, files: &[String], lang: Lang) -> [String; 5] {
        [
            files.get(self.file).cloned().unwrap_or_default(),
            self.line.to_string(),
            self.id_masked.clone(),
            self.reason.code().to_string(),
            self.reason_text(lang),
        ]
    }
}

impl Outcome {
    /// The summary's sentences in `lang` (people, paid and total, unknown amounts, held out,
    /// rejected rows, and why there is no budget when there is none).
    pub fn summary_lines(&self, lang: Lang) -> Vec<String> {
        let c = lang.clerk();
        let n = |template: &str, count: String| fill(template, &[("count", &count)]);
        let mut lines = vec![
            fill(c.list_title, &[("year", &self.options.year.to_string())]),
            n(c.list_summary_people, self.list.len().to_string()),
            fill(
                c.list_summary_paid,
                &[
                    ("count", &self.paid.to_string()),
                    ("total", &fmt_yuan(self.total_yuan)),
                ],
            ),
        ];
        if self.amount_unknown > 0 {
            lines.push(n(c.list_summary_unknown, self.amount_unknown.to_string()));
        }
        lines.push(n(c.list_summary_held, self.held_out.to_string()));
        lines.push(n(c.list_summary_rejected, self.rejects.len().to_string()));
        if let Err(e) = &self.budget {
            let why = lang.input_message(e);
            lines.push(fill(c.list_summary_no_budget, &[("why", &why)]));
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(birth: &str) -> String {
        let body = format!("000000{birth}123");
        let check = "0123456789X"
            .chars()
            .find(|c| IdNumber::parse(&format!("{body}{c}")).is_ok())
            .unwrap();
        format!("{body}{check}")
    }

    fn rows(lines: &[&[&str]]) -> Vec<Vec<String>> {
        lines
            .iter()
            .map(|l| l.iter().map(|c| c.to_string()).collect())
            .collect()
    }

    fn options(year: u16) -> Options {
        Options {
            year,
            category: None,
            enrolled: false,
            columns: Vec::new(),
            fiscal: Fiscal::Ordinary,
        }
    }

    /// A one-person list with the usual header.
    fn one(name: &str, id: &str, category: &str) -> Vec<Vec<String>> {
        rows(&[
            &["姓名", "身份证号", "人员类别", "参保状态"],
            &[name, id, category, "已参保"],
        ])
    }

    fn run(lists: &[Vec<Vec<String>>], o: Options) -> Outcome {
        let (mut entries, mut rejects, mut n) = (Vec::new(), Vec::new(), 0);
        for (f, rows) in lists.iter().enumerate() {
            let sheet = SheetRows { first_row: 1, rows };
            n += read_list(f, &[sheet], &o, &mut entries, &mut rejects).expect("a header");
        }
        decide(entries, rejects, n, o)
    }

    #[test]
    fn a_person_on_two_lists_is_paid_once_and_the_budget_counts_them_once() {
        let a = id("19800101");
        let list1 = one("甲", &a, "低保");
        let list2 = one("甲", &a, "特困");
        let o = run(&[list1, list2], options(2018));
        assert_eq!(o.list.len(), 1);
        assert_eq!(o.paid, 1);
        assert_eq!(o.total_yuan, Decimal::from(100));
        assert_eq!(o.budget.as_ref().unwrap().people, 1);
        assert_eq!(o.list[0].person.sources, [(0, 2), (1, 2)]);
        let shares = o.list[0].shares.unwrap();
        assert_eq!(shares.iter().copied().sum::<Decimal>(), Decimal::from(100));
    }

    #[test]
    fn two_names_for_one_number_hold_the_person_out_with_both_lines() {
        let a = id("19800101");
        let list1 = one("甲", &a, "低保");
        let list2 = one("乙", &a, "低保");
        let o = run(&[list1, list2], options(2018));
        assert!(o.list.is_empty());
        assert_eq!(o.held_out, 1);
        assert_eq!(o.paid, 0);
        let lines: Vec<(usize, usize)> = o.rejects.iter().map(|r| (r.file, r.line)).collect();
        assert_eq!(lines, [(0, 2), (1, 2)]);
        assert_eq!(o.rejects[0].reason.code(), "conflicting_names");
    }

    #[test]
    fn in_2024_the_payment_is_counted_but_its_amount_is_unknown_and_no_budget_is_made() {
        let a = id("19800101");
        let list = one("甲", &a, "低保");
        let o = run(&[list], options(2024));
        assert_eq!(o.paid, 1);
        assert_eq!(o.amount_unknown, 1);
        assert_eq!(o.total_yuan, Decimal::ZERO);
        assert!(o.list[0].shares.is_none());
        assert!(o.budget.is_err());
    }

    #[test]
    fn the_age_comes_from_the_identity_number() {
        // born 1958-07: 59 until June 2018, so 2018's contribution is still paid (birth-month reading)
        let a = id("19580715");
        let b = id("19570715");
        let list = rows(&[
            &["姓名", "身份证号", "人员类别", "参保状态"],
            &["甲", &a, "低保", "已参保"],
            &["乙", &b, "低保", "已参保"],
        ]);
        let o = run(&[list], options(2018));
        let pays: Vec<bool> = o
            .list
            .iter()
            .map(|r| r.decision.pension_contribution.government_pays)
            .collect();
        assert_eq!(
            pays,
            [false, true],
            "ordered by number: 1957 (61 all year) then 1958"
        );
    }

    #[test]
    fn a_bad_number_is_shown_masked_or_not_at_all() {
        assert_eq!(mask_raw("12345"), "…");
        assert_eq!(mask_raw("000000198001011239"), "000000…1239");
    }
}
