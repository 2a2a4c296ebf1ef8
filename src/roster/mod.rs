//! Roster files: CSV rows `id,year,age,statuses,exited_on,pension`, tallied into the clerk's
//! aggregates. A shell shared by the CLI (`daijiao roster`) and the page's clerk view.
//!
//! This module reads bytes, never files: callers feed it whole lines (see [`split_lines`]) in
//! chunks of any size, so memory stays bounded whatever the roster's length. Each row goes
//! through the same contract as `daijiao check` ([`Resident::from_fields`]); a fast path
//! recognises the canonical row shape directly and is checked, in tests and by the fuzzer, to
//! accept exactly what the contract accepts with the same facts.
//!
//! Rows are tallied by their [`Facts`] (a fixed table of about 100 000 counters), and each
//! distinct `Facts` is evaluated once at the end; money is summed exactly in `Decimal`.

pub mod report;

use crate::input::{ErrorCode, Field, InputError, Pension, Resident, Status, Statuses};
use crate::policy::params::{EARLIEST_EXIT, FIRST_YEAR, LAST_YEAR, MAX_AGE, MEDICAL_EXIT_CUTOFF};
use crate::rules::Facts;

/// The header a roster must start with.
pub const HEADER: &str = "id,year,age,statuses,exited_on,pension";

/// The text encoding of a roster file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark (Excel's "CSV UTF-8").
    Utf8Bom,
    /// GBK (Excel's default CSV on Chinese Windows). Every field but `id` is ASCII.
    Gbk,
}

impl Encoding {
    /// A stable name.
    pub fn code(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Gbk => "gbk",
        }
    }

    /// Guesses the encoding from the first bytes of the file (a few KB or more): a UTF-8 BOM,
    /// else valid UTF-8 (a character cut at the end of the sample is allowed), else GBK.
    pub fn sniff(first: &[u8]) -> Encoding {
        if first.starts_with(b"\xEF\xBB\xBF") {
            return Encoding::Utf8Bom;
        }
        match std::str::from_utf8(first) {
            Ok(_) => Encoding::Utf8,
            Err(e) if e.error_len().is_none() => Encoding::Utf8,
            Err(_) => Encoding::Gbk,
        }
    }
}

/// A rejected row: its 1-based line number, its raw `id` bytes (in the file's encoding; the
/// shell decodes them for display), and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reject {
    /// 1-based line number in the file (the header is line 1).
    pub line: u64,
    /// The raw id field (unquoted), possibly empty.
    pub id: Vec<u8>,
    /// What is wrong.
    pub error: InputError,
}

const YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;
const AGES: usize = MAX_AGE as usize + 1;

/// The number of distinct [`Facts`] a roster can hold.
pub const FACTS_COUNT: usize = YEARS * AGES * 32 * 2 * 4;

/// The table index of a `Facts` (year, age, statuses, cut-off, pension).
pub fn facts_index(f: &Facts) -> usize {
    let pension = Pension::ALL
        .iter()
        .position(|p| *p == f.pension)
        .unwrap_or(0);
    ((((usize::from(f.year - FIRST_YEAR) * AGES + usize::from(f.age)) * 32
        + usize::from(f.statuses.bits()))
        * 2
        + usize::from(f.exited_on_or_after_cutoff))
        * 4)
        + pension
}

/// The `Facts` at a table index (the inverse of [`facts_index`]).
pub fn facts_at(mut i: usize) -> Facts {
    let pension = Pension::ALL[i % 4];
    i /= 4;
    let cutoff = i % 2 == 1;
    i /= 2;
    let statuses = Statuses::from_bits((i % 32) as u8);
    i /= 32;
    let age = (i % AGES) as u8;
    i /= AGES;
    Facts {
        year: FIRST_YEAR + i as u16,
        age,
        statuses,
        exited_on_or_after_cutoff: cutoff,
        pension,
    }
}

/// Row counts by facts, plus the row bookkeeping. Add tallies of chunks with [`Tally::merge`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Accepted rows per facts index.
    pub counts: Vec<u64>,
    /// Data rows read (accepted + rejected; blank lines excluded).
    pub rows: u64,
    /// Rows rejected.
    pub rejected: u64,
    /// Blank lines (empty, or only commas and spaces), counted and skipped.
    pub blank_lines: u64,
}

impl Default for Tally {
    fn default() -> Self {
        Tally {
            counts: vec![0; FACTS_COUNT],
            rows: 0,
            rejected: 0,
            blank_lines: 0,
        }
    }
}

impl Tally {
    /// Adds another tally into this one.
    pub fn merge(&mut self, other: &Tally) {
        for (a, b) in self.counts.iter_mut().zip(&other.counts) {
            *a += b;
        }
        self.rows += other.rows;
        self.rejected += other.rejected;
        self.blank_lines += other.blank_lines;
    }

    /// Rows accepted.
    pub fn accepted(&self) -> u64 {
        self.rows - self.rejected
    }
}

/// Splits `buf` into its complete lines and the incomplete rest (after the last `\n`).
/// Feed the rest back in front of the next chunk.
pub fn split_lines(buf: &[u8]) -> (&[u8], &[u8]) {
    match buf.iter().rposition(|&b| b == b'\n') {
        Some(i) => buf.split_at(i + 1),
        None => (&[], buf),
    }
}

fn strip_line_end(mut line: &[u8]) -> &[u8] {
    if let Some(l) = line.strip_suffix(b"\n") {
        line = l;
    }
    if let Some(l) = line.strip_suffix(b"\r") {
        line = l;
    }
    line
}

/// Checks the header line (the first line, BOM already removed).
pub fn check_header(line: &[u8]) -> Result<(), InputError> {
    let line = strip_line_end(line);
    let names: Vec<String> = line
        .split(|&b| b == b',')
        .map(|f| {
            String::from_utf8_lossy(f)
                .trim()
                .trim_matches('"')
                .to_ascii_lowercase()
        })
        .collect();
    if names.join(",") == HEADER {
        Ok(())
    } else {
        Err(InputError::new(
            "$",
            ErrorCode::Columns,
            format!("the first line must be the header {HEADER}"),
            format!("第一行应为表头 {HEADER}"),
        ))
    }
}

/// Tallies complete lines (each ending in `\n`, the last one may lack it at end of file);
/// `first_line` is the 1-based number of the first. Calls `reject` for each bad row, in order.
/// Returns the number of lines consumed.
pub fn tally_lines(
    lines: &[u8],
    first_line: u64,
    encoding: Encoding,
    tally: &mut Tally,
    reject: &mut dyn FnMut(Reject),
) -> u64 {
    let mut n = 0u64;
    for raw in lines.split_inclusive(|&b| b == b'\n') {
        let line_no = first_line + n;
        n += 1;
        let line = strip_line_end(raw);
        if line.iter().all(|&b| b == b',' || b == b' ' || b == b'\t') {
            tally.blank_lines += 1;
            continue;
        }
        tally.rows += 1;
        let facts = match fast_facts(line, encoding) {
            Some(f) => Ok(f),
            None => slow_facts(line, encoding),
        };
        match facts {
            Ok(f) => tally.counts[facts_index(&f)] += 1,
            Err((id, error)) => {
                tally.rejected += 1;
                reject(Reject {
                    line: line_no,
                    id,
                    error,
                });
            }
        }
    }
    n
}

// ---------------------------------------------------------------- fast path

fn digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() || b.len() > 4 {
        return None;
    }
    b.iter().try_fold(0u32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

fn status_of(token: &[u8]) -> Option<Status> {
    Some(match token {
        b"registered_poor" => Status::RegisteredPoor,
        b"registered_poor_exited" => Status::RegisteredPoorExited,
        b"dibao" => Status::Dibao,
        b"tekun" => Status::Tekun,
        b"other_hardship" => Status::OtherHardship,
        _ => return None,
    })
}

fn pension_of(b: &[u8]) -> Option<Pension> {
    Some(match b {
        b"not_enrolled" => Pension::NotEnrolled,
        b"enrolled" => Pension::Enrolled,
        b"receiving" => Pension::Receiving,
        b"employee_scheme" => Pension::EmployeeScheme,
        _ => return None,
    })
}

/// GBK's byte structure: ASCII, or a lead byte 0x81–0xFE followed by 0x40–0xFE except 0x7F.
fn gbk_well_formed(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            0x00..=0x7F => i += 1,
            0x81..=0xFE if matches!(b.get(i + 1), Some(0x40..=0x7E | 0x80..=0xFE)) => i += 2,
            _ => return false,
        }
    }
    true
}

/// The facts of a canonical row, or `None` to let the contract path decide (and explain).
/// Accepts only rows the contract accepts, with the same facts (tested).
fn fast_facts(line: &[u8], encoding: Encoding) -> Option<Facts> {
    let mut f = line.splitn(6, |&b| b == b',');
    let id = f.next()?;
    let (year, age, statuses, exit, pension) =
        (f.next()?, f.next()?, f.next()?, f.next()?, f.next()?);
    if id.contains(&b'"') || pension.contains(&b',') {
        return None;
    }
    let id_ok = match encoding {
        Encoding::Gbk => gbk_well_formed(id),
        _ => std::str::from_utf8(id).is_ok(),
    };
    if !id_ok || year.len() != 4 {
        return None;
    }
    let year = u16::try_from(digits(year)?).ok()?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return None;
    }
    let age = u8::try_from(digits(age)?).ok().filter(|a| *a <= MAX_AGE)?;
    let mut set = Statuses::NONE;
    if !statuses.is_empty() {
        for token in statuses.split(|&b| b == b'|') {
            let s = status_of(token)?;
            if set.has(s) {
                return None;
            }
            set = set.with(s);
        }
    }
    let exited = set.has(Status::RegisteredPoorExited);
    let cutoff = if exited {
        let d = crate::input::Date::parse(std::str::from_utf8(exit).ok()?)?;
        let (ey, em, ed) = EARLIEST_EXIT;
        if (d.year, d.month, d.day) < (ey, em, ed) || d.year > year {
            return None;
        }
        let (cy, cm, cd) = MEDICAL_EXIT_CUTOFF;
        (d.year, d.month, d.day) >= (cy, cm, cd)
    } else if exit.is_empty() {
        false
    } else {
        return None;
    };
    Some(Facts {
        year,
        age,
        statuses: set,
        exited_on_or_after_cutoff: cutoff,
        pension: pension_of(pension)?,
    })
}

// ---------------------------------------------------------------- contract path

/// Splits a CSV line into fields, honouring double quotes (`""` is a quote inside quotes).
fn csv_fields(line: &[u8]) -> Result<Vec<Vec<u8>>, InputError> {
    let mut fields = Vec::with_capacity(6);
    let mut cur = Vec::new();
    let mut quoted = false;
    let mut i = 0;
    while i < line.len() {
        let b = line[i];
        if quoted {
            if b == b'"' {
                if line.get(i + 1) == Some(&b'"') {
                    cur.push(b'"');
                    i += 1;
                } else {
                    quoted = false;
                }
            } else {
                cur.push(b);
            }
        } else if b == b'"' && cur.iter().all(|c| c.is_ascii_whitespace()) {
            cur.clear();
            quoted = true;
        } else if b == b',' {
            fields.push(std::mem::take(&mut cur));
        } else {
            cur.push(b);
        }
        i += 1;
    }
    if quoted {
        return Err(InputError::new(
            "$",
            ErrorCode::Syntax,
            "a quoted field is not closed on this line".into(),
            "该行有未闭合的引号".into(),
        ));
    }
    fields.push(cur);
    Ok(fields)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).trim().to_string()
}

fn number_or_text(b: &[u8]) -> Field {
    let s = text(b);
    if s.is_empty() {
        return Field::Null;
    }
    let digits = s.strip_prefix('-').unwrap_or(&s);
    if !digits.is_empty() && digits.bytes().all(|c| c.is_ascii_digit()) {
        return Field::Int(s.parse().unwrap_or(i64::MAX));
    }
    Field::Str(s)
}

/// The contract path: split, turn cells into fields, and let the core validate.
fn slow_facts(line: &[u8], encoding: Encoding) -> Result<Facts, (Vec<u8>, InputError)> {
    let fields = csv_fields(line).map_err(|e| (Vec::new(), e))?;
    let id = fields.first().cloned().unwrap_or_default();
    if fields.len() != 6 {
        return Err((
            id,
            InputError::new(
                "$",
                ErrorCode::Columns,
                format!("expected 6 columns ({HEADER}), found {}", fields.len()),
                format!("应有 6 列（{HEADER}），该行有 {} 列", fields.len()),
            ),
        ));
    }
    let id_ok = match encoding {
        Encoding::Gbk => gbk_well_formed(&id),
        _ => std::str::from_utf8(&id).is_ok(),
    };
    if !id_ok {
        return Err((
            id,
            InputError::new(
                "id",
                ErrorCode::InvalidUtf8,
                format!("the id is not valid {} text", encoding.code()),
                format!("id 不是有效的 {} 文字", encoding.code()),
            ),
        ));
    }
    let statuses = text(&fields[3]);
    let statuses = if statuses.is_empty() {
        Field::List(Vec::new())
    } else {
        Field::List(
            statuses
                .split('|')
                .map(|s| Field::Str(s.trim().to_string()))
                .collect(),
        )
    };
    let exited = text(&fields[4]);
    let cells = vec![
        ("year".to_string(), number_or_text(&fields[1])),
        ("age".to_string(), number_or_text(&fields[2])),
        ("statuses".to_string(), statuses),
        (
            "exited_on".to_string(),
            if exited.is_empty() {
                Field::Null
            } else {
                Field::Str(exited)
            },
        ),
        ("pension".to_string(), {
            let p = text(&fields[5]);
            if p.is_empty() {
                Field::Null
            } else {
                Field::Str(p)
            }
        }),
    ];
    Resident::from_fields(cells)
        .map(|(r, _)| Facts::of(&r))
        .map_err(|e| (id, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_facts_table_index_round_trips() {
        for i in (0..FACTS_COUNT).step_by(7) {
            assert_eq!(facts_index(&facts_at(i)), i);
        }
        assert_eq!(facts_index(&facts_at(FACTS_COUNT - 1)), FACTS_COUNT - 1);
    }

    /// The fast path must agree with the contract path on every row it accepts.
    #[test]
    fn the_fast_path_accepts_only_what_the_contract_accepts_with_the_same_facts() {
        let years = ["2017", "2018", "2019", "2020", "2021", "18", "x"];
        let ages = [
            "0", "15", "16", "59", "60", "130", "131", "-1", "040", "4a", "",
        ];
        let statuses = [
            "",
            "dibao",
            "registered_poor_exited",
            "dibao|tekun",
            "tekun|dibao",
            "dibao|dibao",
            "registered_poor|registered_poor_exited|dibao|tekun|other_hardship",
            "poor",
            "dibao|",
        ];
        let exits = [
            "",
            "2013-12-31",
            "2014-01-01",
            "2016-07-31",
            "2016-08-01",
            "2018-12-31",
            "2019-01-01",
            "2016-02-30",
            "x",
        ];
        let pensions = [
            "not_enrolled",
            "enrolled",
            "receiving",
            "employee_scheme",
            "yes",
            "enrolled,extra",
        ];
        let mut checked = 0;
        for y in years {
            for a in ages {
                for s in statuses {
                    for e in exits {
                        for p in pensions {
                            let line = format!("7,{y},{a},{s},{e},{p}");
                            let slow = slow_facts(line.as_bytes(), Encoding::Utf8).ok();
                            if let Some(fast) = fast_facts(line.as_bytes(), Encoding::Utf8) {
                                assert_eq!(Some(fast), slow, "{line}");
                                checked += 1;
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 1000, "the fast path accepted only {checked} rows");
    }

    #[test]
    fn quoted_fields_and_spaces_go_through_the_contract_path() {
        let line = br#""A, 1", 2018 ,40,"dibao|tekun",,enrolled"#;
        assert_eq!(fast_facts(line, Encoding::Utf8), None);
        let f = slow_facts(line, Encoding::Utf8).unwrap();
        assert_eq!(f.age, 40);
        assert!(f.statuses.has(Status::Tekun));
    }

    #[test]
    fn encodings_are_sniffed() {
        assert_eq!(Encoding::sniff(b"\xEF\xBB\xBFid,year"), Encoding::Utf8Bom);
        assert_eq!(Encoding::sniff("id\n张三".as_bytes()), Encoding::Utf8);
        assert_eq!(Encoding::sniff(&"id\n张三".as_bytes()[..5]), Encoding::Utf8);
        assert_eq!(Encoding::sniff(b"id\n\xD5\xC5\xC8\xFD"), Encoding::Gbk);
    }

    #[test]
    fn blank_lines_are_counted_not_rows() {
        let mut t = Tally::default();
        let mut rejects = Vec::new();
        let n = tally_lines(
            b"1,2018,40,dibao,,enrolled\r\n,,,,,\r\n\r\n2,2018,x,,,enrolled\n",
            2,
            Encoding::Utf8,
            &mut t,
            &mut |r| rejects.push(r),
        );
        assert_eq!(n, 4);
        assert_eq!((t.rows, t.rejected, t.blank_lines), (2, 1, 2));
        assert_eq!(rejects[0].line, 5);
        assert_eq!(rejects[0].id, b"2");
        assert_eq!(rejects[0].error.field, "age");
    }
}
