//! Every string the pages show, one catalogue per language: [`zh`] (Simplified Chinese, the
//! default) and [`en`] (English).
//!
//! A catalogue is a [`Text`]: one field per key, so a key missing from either language does
//! not compile, and the tests (`tests.rs`) fail on an empty entry, on placeholders that differ
//! between the languages, and on Chinese left in the English catalogue. Keys are the core's
//! codes (reasons, statuses, errors) plus the pages' own labels. The pages never build a
//! sentence from rule logic: they look up what the core decided.
//!
//! Policy quotes are not translated: they stay in Chinese, word for word as the documents
//! have them ([`crate::policy::clauses`]); in English the page adds the gloss of [`Glosses`].
//!
//! This module is data and lookups only: no I/O, nothing of Leptos.

pub mod en;
mod glosses;
mod keys;
pub mod lazy;
mod lookup;
#[cfg(test)]
mod tests;
pub mod zh;

pub use keys::{ClerkText, Glosses, ShellText, SummaryText, Text};

use crate::input::{ErrorCode, InputError};
use crate::shell::Problem;

/// A language of the pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Simplified Chinese (the default).
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The catalogue of this language.
    pub fn text(self) -> &'static Text {
        match self {
            Lang::Zh => &zh::TEXT,
            Lang::En => lazy::text(),
        }
    }

    /// The clerk's catalogue of this language (the clerk's page and the CLI's budget table).
    pub fn clerk(self) -> &'static ClerkText {
        match self {
            Lang::Zh => &zh::CLERK,
            Lang::En => &en::CLERK,
        }
    }

    /// The policy summary's sentences in this language.
    pub fn summary(self) -> &'static SummaryText {
        match self {
            Lang::Zh => &zh::SUMMARY,
            Lang::En => &en::SUMMARY,
        }
    }

    /// The shells' error sentences in this language.
    pub fn shell(self) -> &'static ShellText {
        match self {
            Lang::Zh => &zh::SHELL,
            Lang::En => lazy::shell(),
        }
    }

    /// The language's own name, on the switch that offers it (not from the catalogues: the
    /// switch to English shows it before the English catalogue is fetched, [`lazy`]).
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::Zh => "中文",
            Lang::En => "English",
        }
    }

    /// This language's half of a `(Chinese, English)` pair of deployment data.
    pub fn pick(self, pair: (&'static str, &'static str)) -> &'static str {
        match self {
            Lang::Zh => pair.0,
            Lang::En => pair.1,
        }
    }

    /// Both languages, the default first.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The short name a command line and an id use: `zh`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The language named `code` (`zh`, `en`).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The BCP 47 tag, for `lang` attributes and dates.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The other language (the page's switch offers it).
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The glosses shown beside the Chinese policy quotes (English only).
    pub fn glosses(self) -> Option<&'static Glosses> {
        match self {
            Lang::Zh => None,
            Lang::En => lazy::glosses(),
        }
    }

    /// `lang=en` in a query string (`?a=b&lang=en`) selects English; anything else Chinese.
    pub fn from_query(query: &str) -> Lang {
        let en = query
            .trim_start_matches('?')
            .split('&')
            .any(|pair| pair == "lang=en");
        if en {
            Lang::En
        } else {
            Lang::Zh
        }
    }

    /// The message of a core error in this language, from the catalogue.
    pub fn input_message(self, e: &InputError) -> String {
        let t = self.text();
        let expected = match e.code {
            ErrorCode::WrongType { expected } => t.expected(expected),
            _ => "",
        };
        render(t, t.error_template(e.code), &e.field, &e.args, expected)
    }

    /// The message of any error a shell reports, in this language, from the catalogue.
    pub fn message(self, p: &Problem) -> String {
        match p {
            Problem::Input(e) => self.input_message(e),
            Problem::Shell { field, code, args } => render(
                self.text(),
                self.shell().shell_template(*code),
                field,
                args,
                "",
            ),
        }
    }

    /// The message shown under the clerk's people box for a budget request error.
    pub fn clerk_field_error(self, e: &InputError) -> String {
        let c = self.clerk();
        let own = match (e.field.as_str(), &e.code) {
            ("people", ErrorCode::WrongType { .. }) => c.people_error,
            ("people", ErrorCode::OutOfRange) => c.people_range_error,
            _ => return self.input_message(e),
        };
        render(self.text(), own, &e.field, &e.args, "")
    }

    /// The message shown under a form field for an input error, in this language; errors the
    /// form cannot produce fall back to the core's own message.
    pub fn field_error(self, e: &InputError) -> String {
        let t = self.text();
        let own = match (e.field.as_str(), &e.code) {
            ("age", ErrorCode::Missing) => t.err_age_missing,
            ("age", ErrorCode::WrongType { .. }) => t.err_age_type,
            ("age", ErrorCode::OutOfRange) => t.err_age_range,
            ("exited_on", ErrorCode::RequiredWith) => t.err_exit_missing,
            ("exited_on", ErrorCode::BadDate) => t.err_exit_date,
            ("exited_on", ErrorCode::OutOfRange) => t.err_exit_range,
            ("pension", ErrorCode::Missing) => t.err_pension_missing,
            _ => return self.input_message(e),
        };
        render(t, own, &e.field, &e.args, "")
    }
}

/// An error template filled with the error's field and values.
fn render(t: &Text, template: &str, field: &str, a: &crate::input::Args, expected: &str) -> String {
    fill(
        template,
        &[
            ("field", field),
            ("value", &a.value),
            ("got", t.kind(a.got)),
            ("min", &a.min),
            ("max", &a.max),
            ("allowed", &a.allowed),
            ("expected", expected),
        ],
    )
}

/// Fills `{name}` placeholders of a catalogue string. A placeholder without a value stays as
/// it is (the tests would show it).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The document's Chinese number, by policy-page id, or its title when it has no number found
/// (`documents.toml`; shown in both languages: it is the document's name).
pub fn doc_number(doc: &str) -> &'static str {
    crate::policy::params::document(doc).map_or("", |d| d.name())
}
