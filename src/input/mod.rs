//! The input side of the contract: a resident's answers, and how loose values become one.
//!
//! Every shell (the CLI's JSON Lines, the roster CSV, the JS API, the page's form) turns what it
//! received into [`Field`] values and calls [`Resident::from_fields`]; so every shell accepts and
//! rejects exactly the same things, with the same [`InputError`] naming the field.
//! This module knows no format: no JSON, no CSV, no JS.

mod error;

mod id_number;
pub use error::{names, shown, Args, ErrorCode, Expected, InputError, FIELDS};
pub use id_number::{IdNumber, IdProblem};

use crate::policy::params::{EARLIEST_EXIT, FIRST_YEAR, LAST_YEAR, MAX_AGE};

/// A status held at any time in the policy year (JRS-2018-3 一, 二(一)2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema, ts_rs::TS))]
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
    /// 重度残疾人: holds a 残疾人证 of grade 一级 or 二级 (国发〔2014〕8号 三(三)).
    SevereDisability,
    /// 返贫致贫人口 / 易返贫致贫人口 (防止返贫监测对象 so identified), named by the 2021
    /// transition-period notice.
    RelapseRisk,
}

impl Status {
    /// Every status, in contract order.
    pub const ALL: [Status; 7] = [
        Status::RegisteredPoor,
        Status::RegisteredPoorExited,
        Status::Dibao,
        Status::Tekun,
        Status::OtherHardship,
        Status::SevereDisability,
        Status::RelapseRisk,
    ];

    /// How many statuses there are (so a set has `1 << COUNT` values).
    pub const COUNT: usize = Status::ALL.len();

    /// The contract's name for the status.
    pub fn code(self) -> &'static str {
        match self {
            Status::RegisteredPoor => "registered_poor",
            Status::RegisteredPoorExited => "registered_poor_exited",
            Status::Dibao => "dibao",
            Status::Tekun => "tekun",
            Status::OtherHardship => "other_hardship",
            Status::SevereDisability => "severe_disability",
            Status::RelapseRisk => "relapse_risk",
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

    /// Both sets.
    pub fn union(self, other: Statuses) -> Statuses {
        Statuses(self.0 | other.0)
    }

    /// The set with `s` removed.
    pub fn without(self, s: Status) -> Statuses {
        Statuses(self.0 & !s.bit())
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The set as bits (bit i = `Status::ALL[i]`), 0 to `(1 << Status::COUNT) - 1`.
    pub fn bits(self) -> u8 {
        self.0
    }

    /// The set of the given bits (bits above the last status are dropped).
    pub fn from_bits(bits: u8) -> Statuses {
        Statuses(bits & ((1u8 << Status::COUNT) - 1))
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
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema, ts_rs::TS))]
#[cfg_attr(feature = "schema", ts(rename = "PensionSituation"))]
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

/// The medical insurance scheme the resident is in (JRS-2018-3 二(二)1 covers people in the
/// residents' scheme: 参加城乡居民基本医疗保险).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema, ts_rs::TS))]
pub enum MedicalScheme {
    /// 城乡居民基本医疗保险 (the default when not given).
    #[default]
    Residents,
    /// 职工基本医疗保险: the employees' scheme.
    Employee,
    /// Not in any medical insurance scheme.
    None,
}

impl MedicalScheme {
    /// Every value, in contract order.
    pub const ALL: [MedicalScheme; 3] = [
        MedicalScheme::Residents,
        MedicalScheme::Employee,
        MedicalScheme::None,
    ];

    /// The contract's name.
    pub fn code(self) -> &'static str {
        match self {
            MedicalScheme::Residents => "residents",
            MedicalScheme::Employee => "employee",
            MedicalScheme::None => "none",
        }
    }

    /// The value named `code` in the contract.
    pub fn from_code(code: &str) -> Option<MedicalScheme> {
        MedicalScheme::ALL.into_iter().find(|m| m.code() == code)
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

    pub(crate) const fn from_tuple(t: (u16, u8, u8)) -> Date {
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

/// A birth month, `YYYY-MM` (the age follows it: 周岁 changes in that month).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Month {
    /// Year.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
}

impl Month {
    /// Parses exactly `YYYY-MM` (month 01–12).
    ///
    /// ```
    /// use daijiao::input::Month;
    /// assert_eq!(Month::parse("1958-05"), Some(Month { year: 1958, month: 5 }));
    /// assert_eq!(Month::parse("1958-13"), None);
    /// assert_eq!(Month::parse("1958-5"), None);
    /// ```
    pub fn parse(s: &str) -> Option<Month> {
        let (y, m) = s.split_once('-')?;
        let digits = |t: &str, n: usize| {
            (t.len() == n && t.bytes().all(|c| c.is_ascii_digit())).then(|| t.parse::<u16>().ok())
        };
        let (year, month) = (digits(y, 4)??, digits(m, 2)??);
        let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
        Some(Month { year, month })
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// One resident's answers for one policy year, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resident {
    /// Policy year, within the encoded period.
    pub year: u16,
    /// Age in completed years (周岁), 0–130: given, or with [`Self::born`] the age reached in
    /// the birth month of the policy year (`year − birth year`).
    pub age: u8,
    /// The birth month, when given instead of an age.
    pub born: Option<Month>,
    /// Statuses held at any time in the year.
    pub statuses: Statuses,
    /// Exit date from the register; present exactly when `statuses` has `RegisteredPoorExited`.
    pub exited_on: Option<Date>,
    /// Pension scheme situation.
    pub pension: Pension,
    /// Medical insurance scheme (`Residents` when not given).
    pub medical_scheme: MedicalScheme,
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
    /// A typed text as a field, read as JSON would read the same characters: empty → null,
    /// an optionally signed run of ASCII digits → an integer (too long to fit: the extreme
    /// integer, so that it is out of range rather than of the wrong type), a decimal such as
    /// `7.5` → another number, anything else → a string. Used by every shell that reads text
    /// (CSV cells, command-line arguments, form boxes), so `7.5` is "a number, not a whole
    /// number" everywhere, as it is in JSON and JS.
    ///
    /// ```
    /// use daijiao::input::Field;
    /// assert_eq!(Field::from_text(" 45 "), Field::Int(45));
    /// assert_eq!(Field::from_text("-5"), Field::Int(-5));
    /// assert_eq!(Field::from_text(""), Field::Null);
    /// assert_eq!(Field::from_text("4.5"), Field::OtherNumber);
    /// assert_eq!(Field::from_text("4.5.1"), Field::Str("4.5.1".into()));
    /// ```
    pub fn from_text(text: &str) -> Field {
        let s = text.trim();
        if s.is_empty() {
            return Field::Null;
        }
        let unsigned = s.strip_prefix('-').unwrap_or(s);
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|c| c.is_ascii_digit());
        if digits(unsigned) {
            return Field::Int(s.parse().unwrap_or(if s.starts_with('-') {
                i64::MIN
            } else {
                i64::MAX
            }));
        }
        match unsigned.split_once('.') {
            Some((whole, fraction)) if digits(whole) && digits(fraction) => Field::OtherNumber,
            _ => Field::Str(s.to_string()),
        }
    }

    /// The JSON kind of the value (`null`, `boolean`, `number`, `string`, `array`, `object`).
    pub fn kind(&self) -> &'static str {
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

/// Validates a year on its own (shared by the check contract and the budget).
///
/// ```
/// use daijiao::input::{check_year, ErrorCode};
/// assert_eq!(check_year("year", 2018), Ok(2018));
/// assert_eq!(check_year("year", 2027).unwrap_err().code, ErrorCode::YearNotCovered);
/// ```
pub fn check_year(field: &str, year: i64) -> Result<u16, InputError> {
    u16::try_from(year)
        .ok()
        .filter(|y| year_covered(*y))
        .ok_or_else(|| year_not_covered(field, year))
}

/// Whether a policy year is encoded (the one test, shared by the validation and the roster's
/// fast path).
#[inline]
pub fn year_covered(year: u16) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&year)
}

/// Whether an age is accepted as input (0 to [`MAX_AGE`]).
#[inline]
pub fn age_accepted(age: u8) -> bool {
    age <= MAX_AGE
}

/// Whether an exit date is accepted for a policy year: the register's first day at the earliest
/// ([`EARLIEST_EXIT`]), the end of the policy year at the latest.
#[inline]
pub fn exit_accepted(date: Date, year: u16) -> bool {
    date >= Date::from_tuple(EARLIEST_EXIT) && date.year <= year
}

/// The error for a year the encoded policy does not cover.
pub fn year_not_covered(field: &str, year: i64) -> InputError {
    InputError::new(
        field,
        ErrorCode::YearNotCovered,
        Args {
            value: year.to_string(),
            min: FIRST_YEAR.to_string(),
            max: LAST_YEAR.to_string(),
            ..Args::default()
        },
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
        let mut slots: [Option<Field>; 8] = Default::default();
        for (name, value) in fields {
            let Some(i) = FIELDS.iter().position(|f| *f == name) else {
                let field: String = name.chars().take(40).collect();
                return Err(InputError::new(
                    field,
                    ErrorCode::UnknownField,
                    Args {
                        value: shown(&name),
                        allowed: names(FIELDS),
                        ..Args::default()
                    },
                ));
            };
            if slots[i].is_some() {
                return Err(InputError::new(
                    name.clone(),
                    ErrorCode::DuplicateField,
                    Args {
                        value: shown(&name),
                        ..Args::default()
                    },
                ));
            }
            slots[i] = Some(value);
        }
        let [id, year, age, born, statuses, exited_on, pension, medical_scheme] = slots;

        let id = match id {
            None | Some(Field::Null) => None,
            Some(Field::Int(i)) => Some(RowId::Int(i)),
            Some(Field::Str(s)) => Some(RowId::Str(s)),
            Some(other) => {
                return Err(InputError::wrong_type(
                    "id",
                    Expected::IntegerOrString,
                    &other,
                ))
            }
        };

        let year = match required("year", year)? {
            Field::Int(y) => check_year("year", y)?,
            other => return Err(InputError::wrong_type("year", Expected::Integer, &other)),
        };

        let born = parse_born(born, year)?;
        let age = match (born, age) {
            (Some(_), None | Some(Field::Null)) => None,
            (Some(_), Some(_)) => {
                return Err(InputError::new(
                    "age",
                    ErrorCode::ExclusiveWith,
                    Args {
                        allowed: "born".into(),
                        ..Args::default()
                    },
                ))
            }
            (None, age) => Some(match required("age", age)? {
                Field::Int(a) => u8::try_from(a)
                    .ok()
                    .filter(|a| age_accepted(*a))
                    .ok_or_else(|| InputError::out_of_range("age", a, 0, MAX_AGE))?,
                other => return Err(InputError::wrong_type("age", Expected::Age, &other)),
            }),
        };
        // With a birth month the age is the one reached in that month of the policy year.
        let age = age
            .or_else(|| born.and_then(|b| u8::try_from(year - b.year).ok()))
            .unwrap_or(0);

        let statuses = parse_statuses(required("statuses", statuses)?)?;

        let pension = match required("pension", pension)? {
            Field::Str(s) => Pension::from_code(&s).ok_or_else(|| {
                InputError::unknown_value(
                    "pension",
                    &s,
                    names(Pension::ALL.iter().map(|p| p.code())),
                )
            })?,
            other => return Err(InputError::wrong_type("pension", Expected::String, &other)),
        };

        let exited_on = parse_exit(exited_on, year, statuses)?;

        let medical_scheme = match medical_scheme {
            None | Some(Field::Null) => MedicalScheme::Residents,
            Some(Field::Str(s)) => MedicalScheme::from_code(&s).ok_or_else(|| {
                InputError::unknown_value(
                    "medical_scheme",
                    &s,
                    names(MedicalScheme::ALL.iter().map(|m| m.code())),
                )
            })?,
            Some(other) => {
                return Err(InputError::wrong_type(
                    "medical_scheme",
                    Expected::String,
                    &other,
                ))
            }
        };

        Ok((
            Resident {
                year,
                age,
                born,
                statuses,
                exited_on,
                pension,
                medical_scheme,
            },
            id,
        ))
    }
}

/// `born`: optional `YYYY-MM`, in the policy year or before, at most [`MAX_AGE`] years before it.
fn parse_born(value: Option<Field>, year: u16) -> Result<Option<Month>, InputError> {
    let s = match value {
        None | Some(Field::Null) => return Ok(None),
        Some(Field::Str(s)) if s.is_empty() => return Ok(None),
        Some(Field::Str(s)) => s,
        Some(other) => return Err(InputError::wrong_type("born", Expected::Month, &other)),
    };
    let month = Month::parse(&s).ok_or_else(|| {
        InputError::new(
            "born",
            ErrorCode::BadMonth,
            Args {
                value: shown(&s),
                ..Args::default()
            },
        )
    })?;
    let first = Month {
        year: year.saturating_sub(u16::from(MAX_AGE)),
        month: 1,
    };
    let last = Month { year, month: 12 };
    if month.year < first.year || month.year > last.year {
        return Err(InputError::out_of_range("born", month, first, last));
    }
    Ok(Some(month))
}

fn required(field: &str, value: Option<Field>) -> Result<Field, InputError> {
    match value {
        None | Some(Field::Null) => {
            Err(InputError::new(field, ErrorCode::Missing, Args::default()))
        }
        Some(v) => Ok(v),
    }
}

fn parse_statuses(value: Field) -> Result<Statuses, InputError> {
    let Field::List(items) = value else {
        return Err(InputError::wrong_type(
            "statuses",
            Expected::ArrayOfStrings,
            &value,
        ));
    };
    let mut set = Statuses::NONE;
    for (i, item) in items.into_iter().enumerate() {
        let path = format!("statuses[{i}]");
        let Field::Str(s) = item else {
            return Err(InputError::wrong_type(&path, Expected::String, &item));
        };
        let Some(status) = Status::from_code(&s) else {
            return Err(InputError::unknown_value(
                &path,
                &s,
                names(Status::ALL.iter().map(|s| s.code())),
            ));
        };
        if set.has(status) {
            return Err(InputError::new(
                path,
                ErrorCode::DuplicateValue,
                Args {
                    value: shown(&s),
                    ..Args::default()
                },
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
                Args {
                    allowed: Status::RegisteredPoorExited.code().into(),
                    ..Args::default()
                },
            ))
        } else {
            Ok(None)
        };
    };
    let Field::Str(s) = value else {
        return Err(InputError::wrong_type("exited_on", Expected::Date, &value));
    };
    if !exited {
        return Err(InputError::new(
            "exited_on",
            ErrorCode::NotAllowedWithout,
            Args {
                allowed: Status::RegisteredPoorExited.code().into(),
                ..Args::default()
            },
        ));
    }
    let date = Date::parse(&s).ok_or_else(|| {
        InputError::new(
            "exited_on",
            ErrorCode::BadDate,
            Args {
                value: shown(&s),
                ..Args::default()
            },
        )
    })?;
    if !exit_accepted(date, year) {
        let latest = Date {
            year,
            month: 12,
            day: 31,
        };
        return Err(InputError::out_of_range(
            "exited_on",
            date,
            Date::from_tuple(EARLIEST_EXIT),
            latest,
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
