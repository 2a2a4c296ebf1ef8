//! What the shells share above the core: the errors only a shell can produce, and
//! [`Problem`], the error every shell reports (a core [`InputError`] or a shell's own).
//!
//! The core knows records of named fields; bytes, JSON syntax, CSV columns and command-line
//! arguments are the shells' business, and so are their errors. Like the core's, a shell
//! error carries a code and the values its message names; the words come from the
//! catalogues (`text::Lang::message`), in both languages.

use crate::input::{Args, InputError};

/// An error only a shell can produce. Several share a wire code (`code()`); each has its
/// own sentence in the catalogues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShellCode {
    /// A line that is not UTF-8 (`{value}`: the first bad byte, 1-based).
    InvalidUtf8,
    /// A cell that is not valid in the file's encoding (`{value}`: the encoding).
    BadEncoding,
    /// An empty line where a record was expected.
    EmptyLine,
    /// Not valid JSON (`{value}`: the column).
    Syntax,
    /// A CSV row with a quote that is not closed.
    UnclosedQuote,
    /// A roster row without the header's columns (`{value}` found, `{max}` wanted,
    /// `{allowed}` the header).
    Columns,
    /// The first line is not the roster header (`{allowed}`).
    Header,
    /// An unknown command-line argument (`{value}`; `{allowed}` the known ones).
    UnknownArgument,
    /// A command-line argument without its value (`{value}`).
    ArgumentValue,
    /// A file that could not be read or written (`{value}` the path, `{allowed}` the reason).
    Io,
    /// An answer that could not be written (a bug; never expected).
    Internal,
}

impl ShellCode {
    /// Every shell code, for the catalogue tests.
    pub const ALL: [ShellCode; 11] = [
        ShellCode::InvalidUtf8,
        ShellCode::BadEncoding,
        ShellCode::EmptyLine,
        ShellCode::Syntax,
        ShellCode::UnclosedQuote,
        ShellCode::Columns,
        ShellCode::Header,
        ShellCode::UnknownArgument,
        ShellCode::ArgumentValue,
        ShellCode::Io,
        ShellCode::Internal,
    ];

    /// The stable snake_case code on the wire.
    pub fn code(self) -> &'static str {
        match self {
            ShellCode::InvalidUtf8 | ShellCode::BadEncoding => "invalid_utf8",
            ShellCode::EmptyLine => "empty_line",
            ShellCode::Syntax | ShellCode::UnclosedQuote => "syntax",
            ShellCode::Columns | ShellCode::Header => "columns",
            ShellCode::UnknownArgument | ShellCode::ArgumentValue => "bad_argument",
            ShellCode::Io => "io",
            ShellCode::Internal => "internal",
        }
    }
}

/// What a shell reports: the core's error, or its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The core rejected the record.
    Input(InputError),
    /// The shell could not make a record of what it received.
    Shell {
        /// The field's path, `$` for the whole line.
        field: String,
        /// What is wrong.
        code: ShellCode,
        /// What the message names.
        args: Box<Args>,
    },
}

impl Problem {
    /// A shell error on `field`, naming `value`.
    pub fn shell(field: impl Into<String>, code: ShellCode, value: impl Into<String>) -> Problem {
        Problem::Shell {
            field: field.into(),
            code,
            args: Box::new(Args {
                value: value.into(),
                ..Args::default()
            }),
        }
    }

    /// A shell error on `field` with all its values.
    pub fn shell_with(field: impl Into<String>, code: ShellCode, args: Args) -> Problem {
        Problem::Shell {
            field: field.into(),
            code,
            args: Box::new(args),
        }
    }

    /// The field's path.
    pub fn field(&self) -> &str {
        match self {
            Problem::Input(e) => &e.field,
            Problem::Shell { field, .. } => field,
        }
    }

    /// The stable code on the wire.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Input(e) => e.code.code(),
            Problem::Shell { code, .. } => code.code(),
        }
    }
}

impl From<InputError> for Problem {
    fn from(e: InputError) -> Problem {
        Problem::Input(e)
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::text::Lang::En.message(self))
    }
}

impl std::error::Error for Problem {}
