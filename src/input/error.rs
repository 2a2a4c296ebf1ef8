//! The core's input errors: a code, the field, and the values the catalogues' sentence names.

use super::Field;

/// What went wrong with an input, as a code the catalogues translate (`text::Lang::message`).
///
/// These are the core's own codes, the ones [`Resident::from_fields`] and the budget request
/// give. Codes that only a shell can produce (bytes that are not UTF-8, JSON syntax, CSV
/// columns, command-line arguments) are the shells' own: [`crate::shell::ShellCode`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    /// The value is not an object (a record of named fields).
    NotAnObject,
    /// A required field is missing.
    Missing,
    /// A field the contract does not have.
    UnknownField,
    /// The same field twice.
    DuplicateField,
    /// The value has the wrong type; `expected` names the type wanted.
    WrongType {
        /// What the field must be.
        expected: Expected,
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
    /// Not a real `YYYY-MM` year and month.
    BadMonth,
    /// Two fields that say the same thing: give one (`allowed` names the other).
    ExclusiveWith,
    /// A figure the answer needs was not found for the year (`allowed` names the missing
    /// parameters): the year is covered, the figure is unknown.
    ValueUnknown,
}

/// The type a field must have, named in a [`ErrorCode::WrongType`] message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A whole number.
    Integer,
    /// A whole number of completed years.
    Age,
    /// A whole number, 0 or more.
    Count,
    /// A whole number or a text.
    IntegerOrString,
    /// A text.
    String,
    /// A list of texts.
    ArrayOfStrings,
    /// A `YYYY-MM-DD` date.
    Date,
    /// A `YYYY-MM` year and month.
    Month,
    /// A plain value (a getter threw).
    PlainValue,
}

impl Expected {
    /// Every expected type, for the catalogue tests.
    pub const ALL: [Expected; 9] = [
        Expected::Integer,
        Expected::Age,
        Expected::Count,
        Expected::IntegerOrString,
        Expected::String,
        Expected::ArrayOfStrings,
        Expected::Date,
        Expected::Month,
        Expected::PlainValue,
    ];
}

impl ErrorCode {
    /// Every code (with one `expected` for `WrongType`), for the catalogue tests.
    pub const ALL: [ErrorCode; 15] = [
        ErrorCode::NotAnObject,
        ErrorCode::Missing,
        ErrorCode::UnknownField,
        ErrorCode::DuplicateField,
        ErrorCode::WrongType {
            expected: Expected::Integer,
        },
        ErrorCode::UnknownValue,
        ErrorCode::DuplicateValue,
        ErrorCode::OutOfRange,
        ErrorCode::YearNotCovered,
        ErrorCode::BadDate,
        ErrorCode::RequiredWith,
        ErrorCode::NotAllowedWithout,
        ErrorCode::BadMonth,
        ErrorCode::ExclusiveWith,
        ErrorCode::ValueUnknown,
    ];

    /// A stable snake_case code.
    pub fn code(&self) -> &'static str {
        match self {
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
            ErrorCode::BadMonth => "bad_month",
            ErrorCode::ExclusiveWith => "exclusive_with",
            ErrorCode::ValueUnknown => "value_unknown",
        }
    }
}

/// The values a message names (the catalogues' `{value}`, `{got}`, `{min}`, `{max}`,
/// `{allowed}` placeholders); what is absent is shown empty.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Args {
    /// The value given, quoted and cut by [`shown`] (or a count, a year).
    pub value: String,
    /// The JSON kind of the value given (`string`, `number`, …), for type errors.
    pub got: &'static str,
    /// The lower bound of a range.
    pub min: String,
    /// The upper bound of a range.
    pub max: String,
    /// The allowed names, or the field another field depends on.
    pub allowed: String,
}

/// A bad input: which field, what is wrong, and the values its message names. The message
/// itself comes from the catalogues, in the reader's language (`text::Lang::input_message`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The field's path (`age`, `statuses[1]`), or `$` for the whole record.
    pub field: String,
    /// What is wrong.
    pub code: ErrorCode,
    /// What the message names (boxed: errors are rare, results stay small).
    pub args: Box<Args>,
}

impl InputError {
    /// An error on `field`.
    pub fn new(field: impl Into<String>, code: ErrorCode, args: Args) -> InputError {
        InputError {
            field: field.into(),
            code,
            args: Box::new(args),
        }
    }

    /// A type error on `field`: it must be `expected`, and `got` is what was given.
    pub fn wrong_type(field: &str, expected: Expected, got: &Field) -> InputError {
        InputError::new(
            field,
            ErrorCode::WrongType { expected },
            Args {
                got: got.kind(),
                ..Args::default()
            },
        )
    }

    /// A range error on `field`: `value` is not within `min`..=`max`.
    pub fn out_of_range(
        field: &str,
        value: impl std::fmt::Display,
        min: impl std::fmt::Display,
        max: impl std::fmt::Display,
    ) -> InputError {
        InputError::new(
            field,
            ErrorCode::OutOfRange,
            Args {
                value: value.to_string(),
                min: min.to_string(),
                max: max.to_string(),
                ..Args::default()
            },
        )
    }

    /// `value` (shown quoted) is not one of `allowed`.
    pub fn unknown_value(field: &str, value: &str, allowed: String) -> InputError {
        InputError::new(
            field,
            ErrorCode::UnknownValue,
            Args {
                value: shown(value),
                allowed,
                ..Args::default()
            },
        )
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.code.code())
    }
}

impl std::error::Error for InputError {}

/// The contract's input fields, in order. `id` is optional and only echoed back.
pub const FIELDS: [&str; 8] = [
    "id",
    "year",
    "age",
    "born",
    "statuses",
    "exited_on",
    "pension",
    "medical_scheme",
];

/// Names joined for a message: `a, b, c`.
pub fn names<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names.into_iter().collect::<Vec<_>>().join(", ")
}

/// A value the person gave, quoted for a message, and cut to 40 characters so that a huge
/// input never makes a huge message. Quotes and backslashes are escaped and control characters
/// shown as `\u{..}` (not Rust's `{:?}`, whose escaping machinery would cost the page 1.8 KB).
///
/// ```
/// use daijiao::input::shown;
/// assert_eq!(shown("poor"), "\"poor\"");
/// assert_eq!(shown("a\"b\n"), "\"a\\\"b\\u{a}\"");
/// assert_eq!(shown(&"x".repeat(50)), format!("\"{}\"…", "x".repeat(40)));
/// ```
pub fn shown(s: &str) -> String {
    const MAX: usize = 40;
    let mut out = String::with_capacity(s.len().min(4 * MAX) + 3);
    out.push('"');
    for c in s.chars().take(MAX) {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    if s.chars().nth(MAX).is_some() {
        out.push('…');
    }
    out
}
