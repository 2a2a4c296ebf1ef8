//! The input side of the contract: a resident's answers, and how loose values become one.
//!
//! Every shell (the CLI's JSON Lines, the roster CSV, the JS API, the page's form) turns what it
//! received into [`Field`] values and calls [`Resident::from_fields`]; so every shell accepts and
//! rejects exactly the same things, with the same [`InputError`] naming the field.
//! This module knows no format: no JSON, no CSV, no JS.

use crate::policy::params::{EARLIEST_EXIT, FIRST_YEAR, LAST_YEAR, MAX_AGE};

/// A status held at any time in the policy year (JRS-2018-3 一, 二(一)2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// 建档立卡贫困人口, still registered.
    RegisteredPoor,
    /// 建档立卡贫困人口, lifted out (已脱贫); needs an exit date.
    RegisteredPoorExited,
    /// 低保对象.
    Dibao,
    /// 特困人员 (特困供养人员).
    Tekun,
    /// Other 困难保障救助对象.
    OtherHardship,
}

impl Status {
    /// Every status, in contract order.
    pub const ALL: [Status; 5] = [
        Status::RegisteredPoor,
        Status::RegisteredPoorExited,
        Status::Dibao,
        Status::Tekun,
        Status::OtherHardship,
    ];

    /// The contract's name for the status.
    pub fn code(self) -> &'static str {
        match self {
            Status::RegisteredPoor => "registered_poor",
            Status::RegisteredPoorExited => "registered_poor_exited",
            Status::Dibao => "dibao",
            Status::Tekun => "tekun",
            Status::OtherHardship => "other_hardship",
        }
    }

    /// The status named `code` in the contract.
    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of statuses (order never matters; each at most once).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Statuses(u8);

impl Statuses {
    /// The empty set.
    pub const NONE: Statuses = Statuses(0);

    /// Whether the set holds `s`.
    pub fn has(self, s: Status) -> bool {
        self.0 & s.bit() != 0
    }

    /// The set with `s` added.
    pub fn with(self, s: Status) -> Statuses {
        Statuses(self.0 | s.bit())
    }

    /// The set with `s` removed.
    pub fn without(self, s: Status) -> Statuses {
        Statuses(self.0 & !s.bit())
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The set as bits (bit i = `Status::ALL[i]`), 0–31.
    pub fn bits(self) -> u8 {
        self.0
    }

    /// The set of the given bits (bits above the fifth are dropped).
    pub fn from_bits(bits: u8) -> Statuses {
        Statuses(bits & 0b1_1111)
    }

    /// The statuses in contract order.
    pub fn iter(self) -> impl Iterator<Item = Status> {
        Status::ALL.into_iter().filter(move |s| self.has(*s))
    }
}

impl FromIterator<Status> for Statuses {
    fn from_iter<I: IntoIterator<Item = Status>>(iter: I) -> Self {
        iter.into_iter().fold(Statuses::NONE, Statuses::with)
    }
}

/// The resident's situation in the residents' pension scheme (城乡居民基本养老保险).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pension {
    /// 未参保: not enrolled.
    NotEnrolled,
    /// 已参保缴费: enrolled, contributing.
    Enrolled,
    /// 已领取养老金: already drawing a pension.
    Receiving,
    /// 参加职工养老保险: in the employees' scheme instead.
    EmployeeScheme,
}

impl Pension {
    /// Every value, in contract order.
    pub const ALL: [Pension; 4] = [
        Pension::NotEnrolled,
        Pension::Enrolled,
        Pension::Receiving,
        Pension::EmployeeScheme,
    ];

    /// The contract's name.
    pub fn code(self) -> &'static str {
        match self {
            Pension::NotEnrolled => "not_enrolled",
            Pension::Enrolled => "enrolled",
            Pension::Receiving => "receiving",
            Pension::EmployeeScheme => "employee_scheme",
        }
    }

    /// The value named `code` in the contract.
    pub fn from_code(code: &str) -> Option<Pension> {
        Pension::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// A calendar date (proleptic Gregorian), validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day, 1–31 as the month allows.
    pub day: u8,
}

impl Date {
    /// A date from its parts, if it exists in the calendar.
    #[inline]
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (day >= 1 && day <= days).then_some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`.
    ///
    /// ```
    /// use daijiao::input::Date;
    /// assert_eq!(Date::parse("2016-08-01"), Date::new(2016, 8, 1));
    /// assert_eq!(Date::parse("2016-02-30"), None);
    /// assert_eq!(Date::parse("2016-8-1"), None);
    /// ```
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u16> {
            b[r].iter().try_fold(0u16, |acc, &c| {
                c.is_ascii_digit().then(|| acc * 10 + u16::from(c - b'0'))
            })
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        Date::new(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
    }

    const fn from_tuple(t: (u16, u8, u8)) -> Date {
        Date {
            year: t.0,
            month: t.1,
            day: t.2,
        }
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One resident's answers for one policy year, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resident {
    /// Policy year, within the encoded period.
    pub year: u16,
    /// Age in completed years (周岁), 0–130.
    pub age: u8,
    /// Statuses held at any time in the year.
    pub statuses: Statuses,
    /// Exit date from the register; present exactly when `statuses` has `RegisteredPoorExited`.
    pub exited_on: Option<Date>,
    /// Pension scheme situation.
    pub pension: Pension,
}

/// A loose input value, as any shell received it (the JSON data model without floats).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    /// null / absent-as-null.
    Null,
    /// true / false.
    Bool(bool),
    /// A whole number that fits in i64.
    Int(i64),
    /// A number that is not a whole number in i64 range (kept only as a kind).
    OtherNumber,
    /// A string.
    Str(String),
    /// A list.
    List(Vec<Field>),
    /// An object (its content is never needed).
    Object,
}

impl Field {
    fn kind(&self) -> &'static str {
        match self {
            Field::Null => "null",
            Field::Bool(_) => "boolean",
            Field::Int(_) | Field::OtherNumber => "number",
            Field::Str(_) => "string",
            Field::List(_) => "array",
            Field::Object => "object",
        }
    }
}

/// What went wrong with an input, as a code the page translates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorCode {
    /// The line is not valid UTF-8.
    InvalidUtf8,
    /// The line is empty.
    EmptyLine,
    /// The line is not JSON (or not a row of the expected shape).
    Syntax,
    /// The value is not an object.
    NotAnObject,
    /// A required field is missing.
    Missing,
    /// A field the contract does not have.
    UnknownField,
    /// The same field twice.
    DuplicateField,
    /// The value has the wrong type; `expected` names the type wanted.
    WrongType {
        /// `integer`, `string`, `array of strings`, …
        expected: &'static str,
    },
    /// A value that is not one of the allowed names.
    UnknownValue,
    /// A status listed twice.
    DuplicateValue,
    /// A number out of its range.
    OutOfRange,
    /// A year outside the encoded policy.
    YearNotCovered,
    /// Not a real `YYYY-MM-DD` date.
    BadDate,
    /// Required because of another field.
    RequiredWith,
    /// Not allowed because of another field.
    NotAllowedWithout,
    /// A roster row without exactly the header's columns.
    Columns,
    /// A command-line argument is wrong.
    BadArgument,
}

impl ErrorCode {
    /// A stable snake_case code.
    pub fn code(&self) -> &'static str {
        match self {
            ErrorCode::InvalidUtf8 => "invalid_utf8",
            ErrorCode::EmptyLine => "empty_line",
            ErrorCode::Syntax => "syntax",
            ErrorCode::NotAnObject => "not_an_object",
            ErrorCode::Missing => "missing",
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::DuplicateField => "duplicate_field",
            ErrorCode::WrongType { .. } => "wrong_type",
            ErrorCode::UnknownValue => "unknown_value",
            ErrorCode::DuplicateValue => "duplicate_value",
            ErrorCode::OutOfRange => "out_of_range",
            ErrorCode::YearNotCovered => "year_not_covered",
            ErrorCode::BadDate => "bad_date",
            ErrorCode::RequiredWith => "required_with",
            ErrorCode::NotAllowedWithout => "not_allowed_without",
            ErrorCode::Columns => "columns",
            ErrorCode::BadArgument => "bad_argument",
        }
    }
}

/// A bad input: which field, what is wrong, and a message in English and Chinese.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The field's path (`age`, `statuses[1]`), or `$` for the whole line.
    pub field: String,
    /// What is wrong.
    pub code: ErrorCode,
    /// A plain English sentence.
    pub message: String,
    /// The same in plain Chinese.
    pub message_zh: String,
}

impl InputError {
    /// An error on `field`.
    pub fn new(field: impl Into<String>, code: ErrorCode, en: String, zh: String) -> InputError {
        InputError {
            field: field.into(),
            code,
            message: en,
            message_zh: zh,
        }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for InputError {}

/// The contract's input fields, in order. `id` is optional and only echoed back.
pub const FIELDS: [&str; 6] = ["id", "year", "age", "statuses", "exited_on", "pension"];

fn wrong_type(field: &str, expected: &'static str, zh: &str, got: &Field) -> InputError {
    InputError::new(
        field,
        ErrorCode::WrongType { expected },
        format!("{field} must be {expected}, not {}", got.kind()),
        format!("{field} 应为{zh}"),
    )
}

/// A value the person gave, quoted for a message, and cut to 40 characters so that a huge
/// input never makes a huge message.
pub fn shown(s: &str) -> String {
    const MAX: usize = 40;
    match s.char_indices().nth(MAX) {
        Some((i, _)) => format!("{:?}…", &s[..i]),
        None => format!("{s:?}"),
    }
}

/// Years as text for messages.
fn years_text() -> String {
    format!("{FIRST_YEAR}–{LAST_YEAR}")
}

/// Validates a year on its own (shared by the check contract and the budget).
///
/// ```
/// use daijiao::input::{check_year, ErrorCode};
/// assert_eq!(check_year("year", 2018), Ok(2018));
/// assert_eq!(check_year("year", 2021).unwrap_err().code, ErrorCode::YearNotCovered);
/// ```
pub fn check_year(field: &str, year: i64) -> Result<u16, InputError> {
    u16::try_from(year)
        .ok()
        .filter(|y| (FIRST_YEAR..=LAST_YEAR).contains(y))
        .ok_or_else(|| year_not_covered(field, year))
}

/// The error for a year the encoded policy does not cover.
pub fn year_not_covered(field: &str, year: i64) -> InputError {
    InputError::new(
        field,
        ErrorCode::YearNotCovered,
        format!(
            "year {year} is not covered by the encoded policy (JRS-2018-3 covers {})",
            years_text()
        ),
        format!(
            "{year} 年不在本政策（冀人社发〔2018〕3号）的适用年度内，只能计算 {} 年",
            years_text()
        ),
    )
}

/// The optional `id` of a row, echoed back unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowId {
    /// A whole-number id.
    Int(i64),
    /// A text id.
    Str(String),
}

impl Resident {
    /// Builds a resident from named loose values, checking everything the contract says.
    ///
    /// Fields: `year` (integer), `age` (integer 0–130), `statuses` (array of status names, each
    /// at most once), `exited_on` (`YYYY-MM-DD`, required with and only with
    /// `registered_poor_exited`, from 2014-01-01 to the end of `year`), `pension` (one of
    /// `not_enrolled`, `enrolled`, `receiving`, `employee_scheme`), and an optional `id`
    /// (integer or string) that is only echoed back. The first problem found is returned;
    /// fields are checked in the contract's order.
    ///
    /// ```
    /// use daijiao::input::{Field, Resident};
    /// let ok = Resident::from_fields(vec![
    ///     ("year".to_string(), Field::Int(2018)),
    ///     ("age".to_string(), Field::Int(40)),
    ///     ("statuses".to_string(), Field::List(vec![Field::Str("dibao".into())])),
    ///     ("pension".to_string(), Field::Str("enrolled".into())),
    /// ]);
    /// assert!(ok.is_ok());
    ///
    /// let bad = Resident::from_fields(vec![("year".to_string(), Field::Int(2018))]);
    /// assert_eq!(bad.unwrap_err().field, "age");
    /// ```
    pub fn from_fields<I>(fields: I) -> Result<(Resident, Option<RowId>), InputError>
    where
        I: IntoIterator<Item = (String, Field)>,
    {
        let mut slots: [Option<Field>; 6] = Default::default();
        for (name, value) in fields {
            let Some(i) = FIELDS.iter().position(|f| *f == name) else {
                let shown_name = shown(&name);
                let field: String = name.chars().take(40).collect();
                return Err(InputError::new(
                    field,
                    ErrorCode::UnknownField,
                    format!(
                        "unknown field {shown_name}; the fields are year, age, statuses, exited_on, pension (and an optional id)"
                    ),
                    format!("不认识的字段 {shown_name}；可用字段为 year、age、statuses、exited_on、pension（以及可选的 id）"),
                ));
            };
            if slots[i].is_some() {
                return Err(InputError::new(
                    name.clone(),
                    ErrorCode::DuplicateField,
                    format!("field {} is given twice", shown(&name)),
                    format!("字段 {} 出现了两次", shown(&name)),
                ));
            }
            slots[i] = Some(value);
        }
        let [id, year, age, statuses, exited_on, pension] = slots;

        let id = match id {
            None | Some(Field::Null) => None,
            Some(Field::Int(i)) => Some(RowId::Int(i)),
            Some(Field::Str(s)) => Some(RowId::Str(s)),
            Some(other) => {
                return Err(wrong_type(
                    "id",
                    "an integer or a string",
                    "整数或文字",
                    &other,
                ))
            }
        };

        let year = match required("year", year)? {
            Field::Int(y) => check_year("year", y)?,
            other => return Err(wrong_type("year", "an integer", "整数年份", &other)),
        };

        let age = match required("age", age)? {
            Field::Int(a) => u8::try_from(a)
                .ok()
                .filter(|a| *a <= MAX_AGE)
                .ok_or_else(|| {
                    InputError::new(
                        "age",
                        ErrorCode::OutOfRange,
                        format!("age must be between 0 and {MAX_AGE}, not {a}"),
                        format!("年龄应在 0 到 {MAX_AGE} 周岁之间，现为 {a}"),
                    )
                })?,
            other => {
                return Err(wrong_type(
                    "age",
                    "an integer (completed years)",
                    "整数周岁",
                    &other,
                ))
            }
        };

        let statuses = parse_statuses(required("statuses", statuses)?)?;

        let pension = match required("pension", pension)? {
            Field::Str(s) => Pension::from_code(&s).ok_or_else(|| {
                InputError::new(
                    "pension",
                    ErrorCode::UnknownValue,
                    format!("pension {} is not one of not_enrolled, enrolled, receiving, employee_scheme", shown(&s)),
                    format!("养老保险情况 {} 不在可选值内（not_enrolled、enrolled、receiving、employee_scheme）", shown(&s)),
                )
            })?,
            other => return Err(wrong_type("pension", "a string", "文字", &other)),
        };

        let exited_on = parse_exit(exited_on, year, statuses)?;

        Ok((
            Resident {
                year,
                age,
                statuses,
                exited_on,
                pension,
            },
            id,
        ))
    }
}

fn required(field: &str, value: Option<Field>) -> Result<Field, InputError> {
    match value {
        None | Some(Field::Null) => Err(InputError::new(
            field,
            ErrorCode::Missing,
            format!("{field} is required"),
            format!("缺少必填字段 {field}"),
        )),
        Some(v) => Ok(v),
    }
}

fn parse_statuses(value: Field) -> Result<Statuses, InputError> {
    let Field::List(items) = value else {
        return Err(wrong_type(
            "statuses",
            "an array of strings",
            "文字数组",
            &value,
        ));
    };
    let mut set = Statuses::NONE;
    for (i, item) in items.into_iter().enumerate() {
        let path = format!("statuses[{i}]");
        let Field::Str(s) = item else {
            return Err(wrong_type(&path, "a string", "文字", &item));
        };
        let Some(status) = Status::from_code(&s) else {
            return Err(InputError::new(
                path,
                ErrorCode::UnknownValue,
                format!("status {} is not one of registered_poor, registered_poor_exited, dibao, tekun, other_hardship", shown(&s)),
                format!("身份 {} 不在可选值内（registered_poor、registered_poor_exited、dibao、tekun、other_hardship）", shown(&s)),
            ));
        };
        if set.has(status) {
            return Err(InputError::new(
                path,
                ErrorCode::DuplicateValue,
                format!("status {s} is listed twice"),
                format!("身份 {s} 重复填写"),
            ));
        }
        set = set.with(status);
    }
    Ok(set)
}

fn parse_exit(
    value: Option<Field>,
    year: u16,
    statuses: Statuses,
) -> Result<Option<Date>, InputError> {
    let exited = statuses.has(Status::RegisteredPoorExited);
    let value = match value {
        None | Some(Field::Null) => None,
        Some(Field::Str(s)) if s.is_empty() => None,
        Some(v) => Some(v),
    };
    let Some(value) = value else {
        return if exited {
            Err(InputError::new(
                "exited_on",
                ErrorCode::RequiredWith,
                "exited_on (YYYY-MM-DD) is required with registered_poor_exited".into(),
                "已脱贫的建档立卡人员须填写脱贫（退出）日期 exited_on（格式 YYYY-MM-DD）".into(),
            ))
        } else {
            Ok(None)
        };
    };
    let Field::Str(s) = value else {
        return Err(wrong_type(
            "exited_on",
            "a YYYY-MM-DD string",
            "YYYY-MM-DD 格式的日期",
            &value,
        ));
    };
    if !exited {
        return Err(InputError::new(
            "exited_on",
            ErrorCode::NotAllowedWithout,
            "exited_on is given but statuses lack registered_poor_exited".into(),
            "填写了脱贫日期 exited_on，但身份中没有“已脱贫建档立卡”（registered_poor_exited）"
                .into(),
        ));
    }
    let date = Date::parse(&s).ok_or_else(|| {
        InputError::new(
            "exited_on",
            ErrorCode::BadDate,
            format!(
                "exited_on {} is not a real date in the form YYYY-MM-DD",
                shown(&s)
            ),
            format!("脱贫日期 {} 不是有效日期，格式应为 YYYY-MM-DD", shown(&s)),
        )
    })?;
    let earliest = Date::from_tuple(EARLIEST_EXIT);
    let latest = Date {
        year,
        month: 12,
        day: 31,
    };
    if date < earliest || date > latest {
        return Err(InputError::new(
            "exited_on",
            ErrorCode::OutOfRange,
            format!("exited_on {date} must be between {earliest} and the end of {year} ({latest})"),
            format!("脱贫日期 {date} 应在 {earliest} 至 {latest}（所选年度年末）之间"),
        ));
    }
    Ok(Some(date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_order_does_not_matter_for_the_set() {
        let a: Statuses = [Status::Dibao, Status::Tekun].into_iter().collect();
        let b: Statuses = [Status::Tekun, Status::Dibao].into_iter().collect();
        assert_eq!(a, b);
        assert_eq!(
            a.iter().collect::<Vec<_>>(),
            vec![Status::Dibao, Status::Tekun]
        );
    }

    #[test]
    fn leap_days_exist_only_in_leap_years() {
        assert!(Date::new(2016, 2, 29).is_some());
        assert!(Date::new(2018, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::parse("2018-13-01").is_none());
        assert!(Date::parse("2018-00-10").is_none());
        assert!(Date::parse("２０18-01-01").is_none());
    }
}
