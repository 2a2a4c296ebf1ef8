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

use crate::input::{Args, Field, MedicalScheme, Pension, Resident, Status, Statuses};
use crate::policy::params::{FIRST_YEAR, LAST_YEAR, MAX_AGE, MEDICAL_EXIT_CUTOFF};
use crate::rules::Facts;
use crate::shell::{Problem, ShellCode};

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
    pub error: Problem,
}

const YEARS: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;
const AGES: usize = MAX_AGE as usize + 1;

/// The number of status sets.
const SETS: usize = 1 << Status::COUNT;

/// The number of distinct [`Facts`] a roster can hold.
pub const FACTS_COUNT: usize = YEARS * AGES * SETS * 2 * 4;

/// The table index of a `Facts` (year, age, statuses, cut-off, pension). A roster row is always
/// in the residents' medical scheme (the roster's header has no column for it), so the index
/// does not hold the scheme.
pub fn facts_index(f: &Facts) -> usize {
    let pension = Pension::ALL
        .iter()
        .position(|p| *p == f.pension)
        .unwrap_or(0);
    ((((usize::from(f.year - FIRST_YEAR) * AGES + usize::from(f.age)) * SETS
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
    let statuses = Statuses::from_bits((i % SETS) as u8);
    i /= SETS;
    let age = (i % AGES) as u8;
    i /= AGES;
    Facts {
        year: FIRST_YEAR + i as u16,
        age,
        birth_month: None,
        statuses,
        exited_on_or_after_cutoff: cutoff,
        pension,
        medical_scheme: MedicalScheme::Residents,
    }
}

/// Row counts by facts, plus the row bookkeeping. Add tallies of chunks with [`Tally::merge`].
///
/// Counts are kept in a compact `u32` table (hot, cache-friendly) that is folded into the `u64`
/// table before it could overflow; read them with [`Tally::counts`]. The tables are allocated
/// at the first accepted row, so an empty tally costs nothing.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    hot: Vec<u32>,
    hot_rows: u32,
    cold: Vec<u64>,
    /// Data rows read (accepted + rejected; blank lines excluded).
    pub rows: u64,
    /// Rows rejected.
    pub rejected: u64,
    /// Blank lines (empty, or only commas and spaces), counted and skipped.
    pub blank_lines: u64,
}

impl PartialEq for Tally {
    fn eq(&self, other: &Tally) -> bool {
        self.rows == other.rows
            && self.rejected == other.rejected
            && self.blank_lines == other.blank_lines
            && (self.hot.is_empty() && other.hot.is_empty() || self.counts().eq(other.counts()))
    }
}

impl Eq for Tally {}

impl Tally {
    /// Counts one accepted row with these facts.
    #[inline]
    pub fn count(&mut self, f: &Facts) {
        if self.hot.is_empty() {
            self.hot = vec![0; FACTS_COUNT];
            self.cold = vec![0; FACTS_COUNT];
        }
        self.hot[facts_index(f)] += 1;
        self.hot_rows += 1;
        if self.hot_rows == u32::MAX {
            self.fold();
        }
    }

    fn fold(&mut self) {
        for (c, h) in self.cold.iter_mut().zip(self.hot.iter_mut()) {
            *c += u64::from(std::mem::take(h));
        }
        self.hot_rows = 0;
    }

    /// Accepted rows per facts index (see [`facts_at`]): [`FACTS_COUNT`] numbers.
    pub fn counts(&self) -> impl Iterator<Item = u64> + '_ {
        let table = self
            .cold
            .iter()
            .zip(&self.hot)
            .map(|(c, h)| c + u64::from(*h));
        let empty = std::iter::repeat_n(0, if self.hot.is_empty() { FACTS_COUNT } else { 0 });
        table.chain(empty)
    }

    /// Adds another tally into this one.
    pub fn merge(&mut self, other: &Tally) {
        if !other.hot.is_empty() {
            if self.hot.is_empty() {
                self.hot = vec![0; FACTS_COUNT];
                self.cold = vec![0; FACTS_COUNT];
            }
            for (a, b) in self.cold.iter_mut().zip(other.counts()) {
                *a += b;
            }
        }
        self.rows += other.rows;
        self.rejected += other.rejected;
        self.blank_lines += other.blank_lines;
    }

    /// Empties the tally and keeps its tables (for a caller that tallies many small inputs,
    /// such as the fuzzer: allocating the tables per input would dominate).
    pub fn reset(&mut self) {
        self.hot.fill(0);
        self.cold.fill(0);
        self.hot_rows = 0;
        self.rows = 0;
        self.rejected = 0;
        self.blank_lines = 0;
    }

    /// Rows accepted.
    pub fn accepted(&self) -> u64 {
        self.rows - self.rejected
    }
}

/// Splits `buf` into its complete lines and the incomplete rest (after the last `\n`).
/// Feed the rest back in front of the next chunk.
pub fn split_lines(buf: &[u8]) -> (&[u8], &[u8]) {
    match memchr::memrchr(b'\n', buf) {
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
pub fn check_header(line: &[u8]) -> Result<(), Problem> {
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
        Err(Problem::shell_with(
            "$",
            ShellCode::Header,
            Args {
                allowed: HEADER.into(),
                ..Args::default()
            },
        ))
    }
}

/// How a roster starts, from its first bytes: the one reading of the encoding and the header
/// that every shell uses (the CLI and the clerk's page agree on an empty file, a header-only
/// file with or without its line end, and a wrong header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Begin {
    /// No line end yet and more bytes to come: call again with more.
    NeedMore,
    /// The header is right: the data starts `body` bytes in (after a BOM and the header line).
    Ready {
        /// The file's encoding.
        encoding: Encoding,
        /// Bytes to skip.
        body: usize,
    },
    /// The first line is not the roster's header (an empty file included): the file is
    /// rejected as its line 1, with this error.
    Rejected {
        /// The file's encoding, as far as it can be told.
        encoding: Encoding,
        /// Why.
        error: Problem,
    },
}

/// Reads the start of a roster: `first` is the file's first bytes (all of them when `at_end`).
pub fn begin(first: &[u8], at_end: bool) -> Begin {
    let encoding = Encoding::sniff(first);
    let start = if encoding == Encoding::Utf8Bom { 3 } else { 0 };
    let rest = first.get(start..).unwrap_or_default();
    let header_end = match memchr::memchr(b'\n', rest) {
        Some(i) => start + i + 1,
        None if at_end => first.len(),
        None => return Begin::NeedMore,
    };
    match check_header(&first[start..header_end]) {
        Ok(()) => Begin::Ready {
            encoding,
            body: header_end,
        },
        Err(error) => Begin::Rejected { encoding, error },
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
    let mut start = 0;
    while start < lines.len() {
        let line_no = first_line + n;
        n += 1;
        // The fast path parses the canonical row shape and finds the line end as it goes.
        if let Some((f, end)) = fast_row(lines, start, encoding) {
            tally.rows += 1;
            tally.count(&f);
            start = end;
            continue;
        }
        let end = memchr::memchr(b'\n', &lines[start..]).map_or(lines.len(), |i| start + i + 1);
        let line = strip_line_end(&lines[start..end]);
        start = end;
        if line.iter().all(|&b| b == b',' || b == b' ' || b == b'\t') {
            tally.blank_lines += 1;
            continue;
        }
        tally.rows += 1;
        match slow_facts(line, encoding) {
            Ok(f) => tally.count(&f),
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

#[inline]
fn digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() || b.len() > 4 {
        return None;
    }
    b.iter().try_fold(0u32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

/// Whether an id field is well-formed text in the file's encoding.
fn id_well_formed(id: &[u8], encoding: Encoding) -> bool {
    match encoding {
        Encoding::Gbk => gbk_well_formed(id),
        _ => std::str::from_utf8(id).is_ok(),
    }
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

/// Parses the canonical row shape starting at `p` in `buf`: returns its facts and the index
/// just past its line end, or `None` to let the contract path decide (and explain).
/// Accepts only rows the contract accepts, with the same facts (tested, and fuzzed).
/// One forward pass; no allocation; the line end is found by parsing, not by searching.
#[inline]
fn fast_row(buf: &[u8], p: usize, encoding: Encoding) -> Option<(Facts, usize)> {
    let b = &buf[p..];
    // id: up to the first comma; no quote, no line end; well-formed in the file's encoding.
    let mut c0 = 0;
    let mut ascii = true;
    loop {
        match *b.get(c0)? {
            b',' => break,
            b'\n' | b'"' => return None,
            x => ascii &= x < 0x80,
        }
        c0 += 1;
    }
    if !ascii && !id_well_formed(&b[..c0], encoding) {
        return None;
    }
    let mut q = c0 + 1;
    // year: exactly four digits in the encoded period, then a comma.
    if b.get(q + 4) != Some(&b',') {
        return None;
    }
    let year = u16::try_from(digits(&b[q..q + 4])?).ok()?;
    if !crate::input::year_covered(year) {
        return None;
    }
    q += 5;
    // age: one to three digits, at most MAX_AGE, then a comma.
    let len = b.get(q..)?.iter().take(4).position(|&x| x == b',')?;
    let age = u8::try_from(digits(&b[q..q + len])?)
        .ok()
        .filter(|a| crate::input::age_accepted(*a))?;
    q += len + 1;
    // statuses: known names joined by '|', each once, then a comma.
    let mut set = Statuses::NONE;
    if *b.get(q)? != b',' {
        loop {
            let rest = &b[q..];
            let (s, len) = status_at(rest)?;
            if set.has(s) {
                return None;
            }
            set = set.with(s);
            q += len;
            match b.get(q)? {
                b'|' => q += 1,
                b',' => break,
                _ => return None,
            }
        }
    }
    q += 1;
    // exited_on: a real date in range with the exited status, else empty; then a comma.
    let cutoff = if set.has(Status::RegisteredPoorExited) {
        let exit = b.get(q..q + 11)?;
        if exit[4] != b'-' || exit[7] != b'-' || exit[10] != b',' {
            return None;
        }
        let y = u16::try_from(digits(&exit[..4])?).ok()?;
        let m = u8::try_from(digits(&exit[5..7])?).ok()?;
        let d = u8::try_from(digits(&exit[8..10])?).ok()?;
        // the core's own validators: a real date, in the accepted range
        let date = crate::input::Date::new(y, m, d)?;
        if !crate::input::exit_accepted(date, year) {
            return None;
        }
        q += 11;
        let (cy, cm, cd) = MEDICAL_EXIT_CUTOFF;
        (y, m, d) >= (cy, cm, cd)
    } else {
        if *b.get(q)? != b',' {
            return None;
        }
        q += 1;
        false
    };
    // pension: exactly one known value, then the line end (or the end of the buffer).
    let rest = &b[q..];
    let (pension, len) = pension_at(rest)?;
    q += len;
    let end = match &b[q..] {
        [] => q,
        [b'\n', ..] => q + 1,
        [b'\r', b'\n', ..] => q + 2,
        [b'\r'] => q + 1,
        _ => return None,
    };
    Some((
        Facts {
            year,
            age,
            birth_month: None,
            statuses: set,
            exited_on_or_after_cutoff: cutoff,
            pension,
            medical_scheme: MedicalScheme::Residents,
        },
        p + end,
    ))
}

/// `rest` starts with `name` (a fixed-size compare, no memcmp call).
#[inline(always)]
fn at<const N: usize>(rest: &[u8], name: &[u8; N]) -> bool {
    rest.first_chunk::<N>() == Some(name)
}

/// The status name `rest` starts with, and its length (dispatch on the first byte).
#[inline(always)]
fn status_at(rest: &[u8]) -> Option<(Status, usize)> {
    match rest.first()? {
        b'r' if at(rest, b"registered_poor_exited") => Some((Status::RegisteredPoorExited, 22)),
        b'r' if at(rest, b"registered_poor") => Some((Status::RegisteredPoor, 15)),
        b'd' if at(rest, b"dibao") => Some((Status::Dibao, 5)),
        b't' if at(rest, b"tekun") => Some((Status::Tekun, 5)),
        b'o' if at(rest, b"other_hardship") => Some((Status::OtherHardship, 14)),
        b's' if at(rest, b"severe_disability") => Some((Status::SevereDisability, 17)),
        _ => None,
    }
}

/// The pension value `rest` starts with, and its length.
#[inline(always)]
fn pension_at(rest: &[u8]) -> Option<(Pension, usize)> {
    match rest.first()? {
        b'n' if at(rest, b"not_enrolled") => Some((Pension::NotEnrolled, 12)),
        b'e' if at(rest, b"enrolled") => Some((Pension::Enrolled, 8)),
        b'e' if at(rest, b"employee_scheme") => Some((Pension::EmployeeScheme, 15)),
        b'r' if at(rest, b"receiving") => Some((Pension::Receiving, 9)),
        _ => None,
    }
}

/// Checks that the fast path agrees with the contract path on `line` (for the fuzzer and the
/// tests): when the fast path accepts the line, the contract path accepts it with the same facts.
#[doc(hidden)]
pub fn check_fast_path(line: &[u8], encoding: Encoding) -> Result<(), String> {
    let line = strip_line_end(line);
    let buf = [line, b"\n"].concat();
    let Some((fast, end)) = fast_row(&buf, 0, encoding) else {
        return Ok(());
    };
    if end != buf.len() {
        return Err(format!("fast path stopped at {end} of {}", buf.len()));
    }
    match slow_facts(line, encoding) {
        Ok(slow) if slow == fast => Ok(()),
        other => Err(format!(
            "fast path accepted {:?} as {fast:?}, contract path says {other:?}",
            String::from_utf8_lossy(line)
        )),
    }
}

// ---------------------------------------------------------------- contract path

/// Splits a CSV line into fields, honouring double quotes (`""` is a quote inside quotes).
fn csv_fields(line: &[u8]) -> Result<Vec<Vec<u8>>, Problem> {
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
        return Err(Problem::shell("$", ShellCode::UnclosedQuote, ""));
    }
    fields.push(cur);
    Ok(fields)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).trim().to_string()
}

fn number_or_text(b: &[u8]) -> Field {
    Field::from_text(&String::from_utf8_lossy(b))
}

/// The contract path: split, turn cells into fields, and let the core validate.
fn slow_facts(line: &[u8], encoding: Encoding) -> Result<Facts, (Vec<u8>, Problem)> {
    let fields = csv_fields(line).map_err(|e| (Vec::new(), e))?;
    let id = fields.first().cloned().unwrap_or_default();
    if fields.len() != 6 {
        return Err((
            id,
            Problem::shell_with(
                "$",
                ShellCode::Columns,
                Args {
                    value: fields.len().to_string(),
                    max: HEADER.split(',').count().to_string(),
                    allowed: HEADER.into(),
                    ..Args::default()
                },
            ),
        ));
    }
    if !id_well_formed(&id, encoding) {
        return Err((
            id,
            Problem::shell("id", ShellCode::BadEncoding, encoding.code()),
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
        .map_err(|e| (id, e.into()))
}

#[cfg(test)]
mod tests;
