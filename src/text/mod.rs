//! Every string the pages show, one catalogue per language: [`zh`] (Simplified Chinese, the
//! default) and [`en`] (English).
//!
//! A catalogue is a [`Text`]: one field per key, so a key missing from either language does
//! not compile, and the tests below fail on an empty entry, on placeholders that differ
//! between the languages, and on Chinese left in the English catalogue. Keys are the core's
//! codes (reasons, statuses, errors) plus the pages' own labels. The pages never build a
//! sentence from rule logic: they look up what the core decided.
//!
//! Policy quotes are not translated: they stay in Chinese, word for word as the documents
//! have them ([`crate::policy::clauses`]); in English the page adds the gloss of [`Glosses`].
//!
//! This module is data and lookups only: no I/O, nothing of Leptos.

pub mod en;
pub mod zh;

use crate::budget::{Fiscal, Level};
use crate::contract::BudgetOut;
use crate::input::{ErrorCode, Expected, InputError, Pension, Status};
use crate::policy::clauses::{self, Clause};
use crate::rules::{Hint, ReasonCode};
use crate::shell::{Problem, ShellCode};

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
            Lang::En => &en::TEXT,
        }
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
            Lang::En => Some(&en::GLOSSES),
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
        render(t.error_template(e.code), &e.field, &e.args, expected)
    }

    /// The message of any error a shell reports, in this language, from the catalogue.
    pub fn message(self, p: &Problem) -> String {
        match p {
            Problem::Input(e) => self.input_message(e),
            Problem::Shell { field, code, args } => {
                render(self.text().shell_template(*code), field, args, "")
            }
        }
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
            ("people", ErrorCode::WrongType { .. }) => t.people_error,
            ("people", ErrorCode::OutOfRange) => t.people_range_error,
            _ => return self.input_message(e),
        };
        render(own, &e.field, &e.args, "")
    }
}

/// Declares [`Text`] with one `&'static str` field per key, and (for the tests) the list of
/// its entries.
macro_rules! catalogue {
    ($($(#[doc = $doc:literal])+ $key:ident,)+) => {
        /// One language's strings. `{name}` marks a value the page fills in ([`fill`]).
        #[derive(Debug)]
        pub struct Text {
            $($(#[doc = $doc])+ pub $key: &'static str,)+
        }

        impl Text {
            /// Every (key, string) pair, in declaration order.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),+]
            }
        }
    };
}

catalogue! {
    /// This language's own name, shown on the switch of the other language.
    language_name,
    /// The resident page's `<title>`.
    doc_title,
    /// The clerk page's `<title>`.
    clerk_doc_title,
    /// Page heading.
    title,
    /// Subtitle naming the policy.
    subtitle,
    /// The privacy line.
    private,
    /// Label of the tabs' navigation.
    nav_label,
    /// Tab: residents.
    tab_resident,
    /// Tab: clerks.
    tab_clerk,
    /// The large-type switch.
    large,
    /// Label of the toolbar.
    toolbar_label,
    /// A new version is waiting (service worker).
    update_text,
    /// The button that takes the new version.
    update_button,

    /// Field: policy year.
    year,
    /// A year in the year list (`{year}`).
    year_option,
    /// Field: age.
    age,
    /// Help under age.
    age_help,
    /// Field: statuses.
    statuses,
    /// Help under statuses.
    statuses_help,
    /// Field: exit date.
    exited_on,
    /// Field: pension situation.
    pension,
    /// Pension option: not enrolled.
    pension_not_enrolled,
    /// Pension option: enrolled and paying.
    pension_enrolled,
    /// Pension option: already drawing a pension.
    pension_receiving,
    /// Pension option: in the employees' scheme.
    pension_employee_scheme,

    /// Checkbox: registered poor, not exited.
    label_registered_poor,
    /// Checkbox: registered poor, exited.
    label_registered_poor_exited,
    /// Checkbox: dibao.
    label_dibao,
    /// Checkbox: tekun.
    label_tekun,
    /// Checkbox: other hardship.
    label_other_hardship,
    /// In a sentence: registered poor.
    name_registered_poor,
    /// In a sentence: registered poor, exited.
    name_registered_poor_exited,
    /// In a sentence: dibao.
    name_dibao,
    /// In a sentence: tekun.
    name_tekun,
    /// In a sentence: other hardship.
    name_other_hardship,

    /// Card 1 heading.
    card_pension,
    /// Card 2 heading.
    card_direct,
    /// Card 3 heading.
    card_medical,
    /// Verdict: yes.
    yes,
    /// Verdict: no.
    no,
    /// The expandable policy basis.
    basis,
    /// The provisional badge.
    provisional,
    /// What the provisional badge means.
    provisional_note,
    /// Lead of the "what would change the answer" line.
    change,
    /// Mark of a quote that is the policy page's summary, not the original.
    summary,
    /// Lead of the English gloss of a quote.
    gloss_lead,
    /// Shown before the form is complete.
    waiting,
    /// The tier table's summary line.
    tiers,
    /// Tier table column: tier.
    col_tier,
    /// Tier table column: subsidy.
    col_subsidy,
    /// An amount (`{amount}`).
    yuan,
    /// An amount a year (`{amount}`).
    yuan_per_year,
    /// Pension fact: tier.
    fact_tier,
    /// Pension fact: the government pays.
    fact_government,
    /// Pension fact: the resident pays.
    fact_resident,
    /// Pension fact: contribution subsidy.
    fact_subsidy,
    /// Pension verdict, yes (`{amount}`).
    verdict_pays,
    /// Pension verdict, no.
    verdict_not_pays,
    /// Direct claim: the monthly basic pension (`{amount}`).
    direct_monthly,
    /// Direct claim: the year's basic pension is not known.
    direct_monthly_unknown,
    /// Direct claim fact: no back contributions.
    direct_fact_apply,
    /// Direct claim fact: paid from the next month.
    direct_fact_from,
    /// Direct claim verdict, yes.
    direct_yes,
    /// Direct claim verdict, no.
    direct_no,
    /// Medical verdict: full.
    medical_full,
    /// Medical verdict: a share (`{percent}`).
    medical_rate,
    /// Medical verdict: none.
    medical_none,
    /// Medical fact: the standard contribution.
    fact_medical_standard,
    /// Medical fact: public funds pay.
    fact_medical_paid,
    /// Medical fact: the resident pays.
    fact_medical_you,
    /// The version line (`{year}`, `{version}`, `{digest}`).
    version_line,
    /// The print stamp (`{time}`).
    print_stamp,
    /// The print button.
    print,

    /// Why (pension): the government pays (`{who}`).
    why_government_pays,
    /// Why (pension): no qualifying status.
    why_pension_no_status,
    /// Why (pension): under 16.
    why_pension_too_young,
    /// Why (pension): 60 or over.
    why_pension_too_old,
    /// Why (pension): qualifies but not enrolled (`{who}`).
    why_pension_not_enrolled,
    /// Why (pension): already drawing a pension.
    why_pension_receiving,
    /// Why (pension): in the employees' scheme.
    why_pension_employee_scheme,
    /// Why (direct claim): allowed.
    why_direct_allowed,
    /// Why (direct claim): not registered poor.
    why_direct_not_registered_poor,
    /// Why (direct claim): under 60.
    why_direct_too_young,
    /// Why (direct claim): already enrolled.
    why_direct_enrolled,
    /// Why (direct claim): already drawing a pension.
    why_direct_receiving,
    /// Why (direct claim): in the employees' scheme.
    why_direct_employee_scheme,
    /// Why (medical): full subsidy (`{who}`).
    why_medical_full,
    /// Why (medical): partial subsidy (`{who}`).
    why_medical_partial,
    /// Why (medical): exited before the cut-off.
    why_medical_exited_before_cutoff,
    /// Why (medical): no qualifying status.
    why_medical_no_status,
    /// Hint: enrol.
    hint_enrol,
    /// Hint (direct claim): reach an age (`{age}`).
    hint_age_direct,
    /// Hint (pension): reach an age (`{age}`).
    hint_age_pension,

    /// Error: age missing.
    err_age_missing,
    /// Error: age not a whole number.
    err_age_type,
    /// Error: age out of range.
    err_age_range,
    /// Error: exit date missing.
    err_exit_missing,
    /// Error: exit date not a date.
    err_exit_date,
    /// Error: exit date out of range.
    err_exit_range,
    /// Error: pension situation missing.
    err_pension_missing,
    /// Error: the record is not an object.
    err_not_an_object,
    /// Error: a required field is missing (`{field}`).
    err_missing,
    /// Error: a field the contract does not have (`{value}`, `{allowed}`).
    err_unknown_field,
    /// Error: the same field twice (`{value}`).
    err_duplicate_field,
    /// Error: a value of the wrong type (`{field}`, `{expected}`, `{got}`).
    err_wrong_type,
    /// Error: not one of the allowed names (`{field}`, `{value}`, `{allowed}`).
    err_unknown_value,
    /// Error: a value listed twice (`{field}`, `{value}`).
    err_duplicate_value,
    /// Error: out of range (`{field}`, `{value}`, `{min}`, `{max}`).
    err_out_of_range,
    /// Error: a year outside the encoded policy (`{field}`, `{value}`, `{min}`, `{max}`).
    err_year_not_covered,
    /// Error: not a real date (`{field}`, `{value}`).
    err_bad_date,
    /// Error: required because of another value (`{field}`, `{allowed}`).
    err_required_with,
    /// Error: given without the value it needs (`{field}`, `{allowed}`).
    err_not_allowed_without,
    /// Expected type: a whole number.
    type_integer,
    /// Expected type: completed years.
    type_age,
    /// Expected type: a count.
    type_count,
    /// Expected type: a number or a text.
    type_integer_or_string,
    /// Expected type: a text.
    type_string,
    /// Expected type: a list of texts.
    type_array_of_strings,
    /// Expected type: a date.
    type_date,
    /// Expected type: a plain value.
    type_plain_value,
    /// Error: the line is not UTF-8 (`{field}`, `{value}` the byte).
    err_invalid_utf8,
    /// Error: a cell is not valid in the file's encoding (`{field}`, `{value}`).
    err_bad_encoding,
    /// Error: an empty line (`{field}`).
    err_empty_line,
    /// Error: not valid JSON (`{field}`, `{value}` the column).
    err_syntax,
    /// Error: an unclosed quote in a CSV row (`{field}`).
    err_unclosed_quote,
    /// Error: a row without the header's columns (`{field}`, `{value}`, `{max}`, `{allowed}`).
    err_columns,
    /// Error: the first line is not the header (`{field}`, `{allowed}`).
    err_header,
    /// Error: an unknown command-line argument (`{field}`, `{value}`, `{allowed}`).
    err_unknown_argument,
    /// Error: an argument without its value (`{field}`, `{value}`).
    err_argument_value,
    /// Error: a file could not be read or written (`{field}`, `{value}` the path, `{allowed}` the reason).
    err_io,
    /// Error: an answer could not be written (`{field}`).
    err_internal,

    /// Kiosk: the idle countdown (`{seconds}`).
    kiosk_countdown,
    /// Kiosk: the clear button.
    kiosk_clear,

    /// Clerk: heading.
    clerk_heading,
    /// Clerk: printed heading.
    clerk_print_title,
    /// Clerk: printed date (`{date}`).
    clerk_date,
    /// Clerk: field, people.
    people,
    /// Clerk: help under people (`{max}`).
    people_help,
    /// Clerk: error, people not a count.
    people_error,
    /// Clerk: error, people out of range (`{value}`, `{min}`, `{max}`).
    people_range_error,
    /// Clerk: field, fiscal arrangement.
    fiscal,
    /// Clerk: ordinary county.
    fiscal_ordinary,
    /// Clerk: county directly under the province's treasury.
    fiscal_province_direct,
    /// Clerk: budget card heading.
    budget_card,
    /// Clerk: budget card before input.
    budget_waiting,
    /// Clerk: the print button.
    budget_print,
    /// Level: province.
    level_province,
    /// Level: city.
    level_city,
    /// Level: city, borne by the province.
    level_city_by_province,
    /// Level: county.
    level_county,
    /// Budget summary (`{year}`, `{people}`, `{per}`, `{total}`).
    budget_summary,
    /// Label of the budget table's scroll region.
    budget_table_label,
    /// Budget column: level.
    col_level,
    /// Budget column: exact share.
    col_exact,
    /// Budget column: budget per person.
    col_per_person,
    /// Budget column: budget.
    col_budgeted,
    /// Budget column: budget in 万元.
    col_wan,
    /// Budget column: year-end settlement.
    col_settlement,
    /// Row: total.
    total,
    /// How the budget rounds.
    budget_rounding,
    /// Roster card heading.
    roster_card,
    /// Roster help.
    roster_help,
    /// Roster file button.
    roster_file,
    /// Roster progress label.
    roster_progress,
    /// Roster: file unreadable.
    roster_read_error,
    /// Roster: no header or no rows.
    roster_empty,
    /// Roster summary (`{name}`, `{rows}`, `{accepted}`, `{rejected}`, `{blank}`, `{encoding}`).
    roster_summary,
    /// Roster: a year's heading (`{year}`).
    roster_year,
    /// Roster: the year's budget heading.
    roster_year_budget,
    /// Figure: people.
    fig_persons,
    /// Figure: poor persons.
    fig_poor,
    /// Figure: government pays the pension contribution.
    fig_pays,
    /// Figure: the government's amount.
    fig_pays_amount,
    /// Figure: may draw directly.
    fig_direct,
    /// Figure: medical, full.
    fig_medical_full,
    /// Figure: medical, 60 %.
    fig_medical_partial,
    /// Figure: medical amount.
    fig_medical_amount,
    /// Roster totals (`{pension}`, `{medical}`).
    roster_totals,
    /// Rejected rows heading (`{count}`, `{shown}`).
    rejects_heading,
    /// Label of the rejects' scroll region.
    rejects_label,
    /// Rejects column: line.
    col_line,
    /// Rejects column: id.
    col_id,
    /// Rejects column: field.
    col_field,
    /// Rejects column: reason.
    col_reason,
}

/// English glosses of the Chinese policy quotes and document numbers (shown in English mode
/// beside the Chinese, never instead of it).
#[derive(Debug)]
pub struct Glosses {
    /// JRS-2018-3 一.
    pub jrs_1_poor_persons: &'static str,
    /// JRS-2018-3 二(一)1, the payment.
    pub jrs_2_1_1_payment: &'static str,
    /// JRS-2018-3 二(一)1, the direct claim.
    pub jrs_2_1_1_direct_claim: &'static str,
    /// JRS-2018-3 二(一)2.
    pub jrs_2_1_2_whole_year: &'static str,
    /// JRS-2018-3 二(二)1.
    pub jrs_2_2_1_medical: &'static str,
    /// TGRS-2018-4.
    pub tgrs_2018_4_budget: &'static str,
    /// 国发〔2014〕8号 (summary).
    pub gf_2014_8_ages: &'static str,
    /// The documents' names, by policy-page id.
    pub docs: [(&'static str, &'static str); 4],
}

impl Glosses {
    /// The gloss of a cited clause.
    pub fn clause(&self, c: &Clause) -> &'static str {
        match *c {
            x if x == clauses::JRS_1_POOR_PERSONS => self.jrs_1_poor_persons,
            x if x == clauses::JRS_2_1_1_PAYMENT => self.jrs_2_1_1_payment,
            x if x == clauses::JRS_2_1_1_DIRECT_CLAIM => self.jrs_2_1_1_direct_claim,
            x if x == clauses::JRS_2_1_2_WHOLE_YEAR => self.jrs_2_1_2_whole_year,
            x if x == clauses::JRS_2_2_1_MEDICAL => self.jrs_2_2_1_medical,
            x if x == clauses::TGRS_2018_4_BUDGET => self.tgrs_2018_4_budget,
            x if x == clauses::GF_2014_8_AGES => self.gf_2014_8_ages,
            _ => "",
        }
    }

    /// The English name of a document, by policy-page id.
    pub fn doc(&self, doc: &str) -> &'static str {
        self.docs
            .iter()
            .find(|(id, _)| *id == doc)
            .map_or("", |(_, name)| name)
    }
}

/// An error template filled with the error's field and values.
fn render(template: &str, field: &str, a: &crate::input::Args, expected: &str) -> String {
    fill(
        template,
        &[
            ("field", field),
            ("value", &a.value),
            ("got", a.got),
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

/// The document's Chinese number, by policy-page id (shown in both languages: it is the
/// document's name).
pub fn doc_number(doc: &str) -> &'static str {
    match doc {
        "JRS-2018-3" => "冀人社发〔2018〕3号",
        "TGRS-2018-4" => "唐高人社呈〔2018〕4号",
        "GF-2014-8" => "国发〔2014〕8号",
        "RSB-2017-59" => "人社部发〔2017〕59号",
        _ => "",
    }
}

impl Text {
    /// The sentence of a core error code.
    pub fn error_template(&self, code: ErrorCode) -> &'static str {
        match code {
            ErrorCode::NotAnObject => self.err_not_an_object,
            ErrorCode::Missing => self.err_missing,
            ErrorCode::UnknownField => self.err_unknown_field,
            ErrorCode::DuplicateField => self.err_duplicate_field,
            ErrorCode::WrongType { .. } => self.err_wrong_type,
            ErrorCode::UnknownValue => self.err_unknown_value,
            ErrorCode::DuplicateValue => self.err_duplicate_value,
            ErrorCode::OutOfRange => self.err_out_of_range,
            ErrorCode::YearNotCovered => self.err_year_not_covered,
            ErrorCode::BadDate => self.err_bad_date,
            ErrorCode::RequiredWith => self.err_required_with,
            ErrorCode::NotAllowedWithout => self.err_not_allowed_without,
        }
    }

    /// The sentence of a shell's error code.
    pub fn shell_template(&self, code: ShellCode) -> &'static str {
        match code {
            ShellCode::InvalidUtf8 => self.err_invalid_utf8,
            ShellCode::BadEncoding => self.err_bad_encoding,
            ShellCode::EmptyLine => self.err_empty_line,
            ShellCode::Syntax => self.err_syntax,
            ShellCode::UnclosedQuote => self.err_unclosed_quote,
            ShellCode::Columns => self.err_columns,
            ShellCode::Header => self.err_header,
            ShellCode::UnknownArgument => self.err_unknown_argument,
            ShellCode::ArgumentValue => self.err_argument_value,
            ShellCode::Io => self.err_io,
            ShellCode::Internal => self.err_internal,
        }
    }

    /// The name of an expected type, inside a type error.
    pub fn expected(&self, e: Expected) -> &'static str {
        match e {
            Expected::Integer => self.type_integer,
            Expected::Age => self.type_age,
            Expected::Count => self.type_count,
            Expected::IntegerOrString => self.type_integer_or_string,
            Expected::String => self.type_string,
            Expected::ArrayOfStrings => self.type_array_of_strings,
            Expected::Date => self.type_date,
            Expected::PlainValue => self.type_plain_value,
        }
    }

    /// The name of a level of government in a budget under `fiscal`.
    pub fn level_name(&self, level: Level, fiscal: Fiscal) -> &'static str {
        match (level, fiscal) {
            (Level::Province, _) => self.level_province,
            (Level::City, Fiscal::ProvinceDirect) => self.level_city_by_province,
            (Level::City, Fiscal::Ordinary) => self.level_city,
            (Level::County, _) => self.level_county,
        }
    }

    /// The name of a fiscal arrangement.
    pub fn fiscal_name(&self, fiscal: Fiscal) -> &'static str {
        match fiscal {
            Fiscal::Ordinary => self.fiscal_ordinary,
            Fiscal::ProvinceDirect => self.fiscal_province_direct,
        }
    }

    /// The budget's one-line summary (year, people, per person, total).
    pub fn budget_summary_of(&self, b: &BudgetOut) -> String {
        fill(
            self.budget_summary,
            &[
                ("year", &b.year.to_string()),
                ("people", &b.people.to_string()),
                ("per", &b.per_person_yuan.0),
                ("total", &b.total_yuan.0),
            ],
        )
    }

    /// The name of a status, as used in a sentence.
    pub fn status_name(&self, s: Status) -> &'static str {
        match s {
            Status::RegisteredPoor => self.name_registered_poor,
            Status::RegisteredPoorExited => self.name_registered_poor_exited,
            Status::Dibao => self.name_dibao,
            Status::Tekun => self.name_tekun,
            Status::OtherHardship => self.name_other_hardship,
        }
    }

    /// The checkbox label of a status.
    pub fn status_label(&self, s: Status) -> &'static str {
        match s {
            Status::RegisteredPoor => self.label_registered_poor,
            Status::RegisteredPoorExited => self.label_registered_poor_exited,
            Status::Dibao => self.label_dibao,
            Status::Tekun => self.label_tekun,
            Status::OtherHardship => self.label_other_hardship,
        }
    }

    /// The label of a pension situation.
    pub fn pension_label(&self, p: Pension) -> &'static str {
        match p {
            Pension::NotEnrolled => self.pension_not_enrolled,
            Pension::Enrolled => self.pension_enrolled,
            Pension::Receiving => self.pension_receiving,
            Pension::EmployeeScheme => self.pension_employee_scheme,
        }
    }

    /// An amount for people: `100 元`, `33.34 yuan`.
    pub fn yuan(&self, amount: &str) -> String {
        fill(self.yuan, &[("amount", amount)])
    }

    /// One plain sentence of why, for the pension-contribution card.
    pub fn pension_why(&self, code: ReasonCode, by: Option<Status>) -> String {
        let who = by.map_or("", |s| self.status_name(s));
        let template = match code {
            ReasonCode::GovernmentPays => self.why_government_pays,
            ReasonCode::NoQualifyingStatus => self.why_pension_no_status,
            ReasonCode::TooYoung => self.why_pension_too_young,
            ReasonCode::TooOld => self.why_pension_too_old,
            ReasonCode::NotEnrolled => self.why_pension_not_enrolled,
            ReasonCode::AlreadyReceiving => self.why_pension_receiving,
            ReasonCode::InEmployeeScheme => self.why_pension_employee_scheme,
            _ => "",
        };
        fill(template, &[("who", who)])
    }

    /// One plain sentence of why, for the direct-claim card.
    pub fn direct_why(&self, code: ReasonCode) -> &'static str {
        match code {
            ReasonCode::DirectClaimAllowed => self.why_direct_allowed,
            ReasonCode::NotRegisteredPoor => self.why_direct_not_registered_poor,
            ReasonCode::TooYoung => self.why_direct_too_young,
            ReasonCode::AlreadyEnrolled => self.why_direct_enrolled,
            ReasonCode::AlreadyReceiving => self.why_direct_receiving,
            ReasonCode::InEmployeeScheme => self.why_direct_employee_scheme,
            _ => "",
        }
    }

    /// One plain sentence of why, for the medical card.
    pub fn medical_why(&self, code: ReasonCode, by: Option<Status>) -> String {
        let who = by.map_or("", |s| self.status_name(s));
        let template = match code {
            ReasonCode::FullSubsidy => self.why_medical_full,
            ReasonCode::PartialSubsidy => self.why_medical_partial,
            ReasonCode::ExitedBeforeCutoff => self.why_medical_exited_before_cutoff,
            ReasonCode::NoQualifyingStatus => self.why_medical_no_status,
            _ => "",
        };
        fill(template, &[("who", who)])
    }

    /// The "what would change the answer" line; `direct` for the direct-claim card.
    pub fn hint(&self, h: Hint, direct: bool) -> String {
        match h {
            Hint::Enrol => self.hint_enrol.into(),
            Hint::ReachAge(a) => {
                let template = if direct {
                    self.hint_age_direct
                } else {
                    self.hint_age_pension
                };
                fill(template, &[("age", &a.to_string())])
            }
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::clauses::ALL;
    use std::collections::BTreeSet;

    fn placeholders(s: &str) -> BTreeSet<&str> {
        s.split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}').map(|(name, _)| name))
            .collect()
    }

    fn has_han(s: &str) -> bool {
        s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    /// The document numbers may appear in English (they are the documents' names).
    fn without_doc_numbers(s: &str) -> String {
        en::GLOSSES.docs.iter().fold(s.to_string(), |acc, (id, _)| {
            acc.replace(doc_number(id), "")
        })
    }

    #[test]
    fn both_catalogues_have_every_key_and_no_entry_is_empty() {
        let zh = zh::TEXT.entries();
        let en = en::TEXT.entries();
        assert_eq!(zh.len(), en.len());
        for ((kz, vz), (ke, ve)) in zh.iter().zip(&en) {
            assert_eq!(kz, ke);
            assert!(!vz.trim().is_empty(), "zh `{kz}` is empty");
            assert!(!ve.trim().is_empty(), "en `{ke}` is empty");
        }
    }

    #[test]
    fn each_key_has_the_same_placeholders_in_both_languages() {
        for ((key, vz), (_, ve)) in zh::TEXT.entries().iter().zip(en::TEXT.entries()) {
            assert_eq!(
                placeholders(vz),
                placeholders(ve),
                "placeholders of `{key}`"
            );
        }
    }

    #[test]
    fn the_english_catalogue_has_no_chinese_left_but_document_numbers() {
        for (key, v) in en::TEXT.entries() {
            assert!(!has_han(&without_doc_numbers(v)), "en `{key}`: {v}");
        }
    }

    #[test]
    fn the_chinese_catalogue_is_chinese() {
        // `id` is the roster's column name, the same in every language.
        for (key, v) in zh::TEXT.entries() {
            if key != "col_id" {
                assert!(has_han(v), "zh `{key}` has no Chinese: {v}");
            }
        }
    }

    #[test]
    fn every_cited_clause_and_document_has_an_english_gloss() {
        let g = Lang::En.glosses().expect("English has glosses");
        for c in ALL {
            let gloss = g.clause(&c);
            assert!(!gloss.is_empty(), "no gloss for {} {}", c.doc, c.clause);
            assert!(
                !has_han(gloss),
                "gloss of {} {} has Chinese",
                c.doc,
                c.clause
            );
            assert!(!g.doc(c.doc).is_empty(), "no English name for {}", c.doc);
            assert!(!doc_number(c.doc).is_empty());
        }
        assert!(Lang::Zh.glosses().is_none());
    }

    #[test]
    fn the_static_headers_of_both_pages_are_the_chinese_catalogue() {
        let t = &zh::TEXT;
        for (page, title) in [
            (include_str!("../../www/index.html"), t.doc_title),
            (include_str!("../../www/clerk.html"), t.clerk_doc_title),
        ] {
            for (id, text) in [
                ("dj-h-title", t.title),
                ("dj-h-sub", t.subtitle),
                ("dj-h-private", t.private),
                ("dj-tab-resident", t.tab_resident),
                ("dj-tab-clerk", t.tab_clerk),
            ] {
                let at = page.find(&format!("id=\"{id}\"")).expect(id);
                let text_at = page[at..].find('>').map(|i| at + i + 1).expect(id);
                assert!(page[text_at..].starts_with(&format!("{text}<")), "{id}");
            }
            assert!(page.contains(&format!("<title>{title}</title>")));
            assert!(page.contains(&format!("aria-label=\"{}\"", t.nav_label)));
        }
    }

    #[test]
    fn every_error_code_core_and_shell_has_a_whole_sentence_in_both_languages() {
        use crate::input::Args;
        let args = Args {
            value: "v".into(),
            got: "string",
            min: "0".into(),
            max: "9".into(),
            allowed: "a, b".into(),
        };
        let mut problems: Vec<Problem> = ErrorCode::ALL
            .into_iter()
            .map(|code| InputError::new("f", code, args.clone()).into())
            .collect();
        problems.extend(Expected::ALL.into_iter().map(|expected| {
            InputError::new("f", ErrorCode::WrongType { expected }, args.clone()).into()
        }));
        problems.extend(
            ShellCode::ALL
                .into_iter()
                .map(|code| Problem::shell_with("f", code, args.clone())),
        );
        for lang in [Lang::Zh, Lang::En] {
            for p in &problems {
                let m = lang.message(p);
                assert!(m.len() > 8, "{lang:?} {p:?}: {m:?}");
                assert!(!m.contains('{'), "{lang:?} {p:?}: {m}");
            }
        }
        // a wrong-type message names the expected type in the reader's language
        let e = InputError::new(
            "age",
            ErrorCode::WrongType {
                expected: Expected::Age,
            },
            args,
        );
        assert!(Lang::Zh.input_message(&e).contains(zh::TEXT.type_age));
        assert!(Lang::En.input_message(&e).contains(en::TEXT.type_age));
    }

    #[test]
    fn fill_replaces_named_placeholders_and_keeps_unknown_ones() {
        assert_eq!(fill("{a} 和 {b}", &[("a", "1"), ("b", "2")]), "1 和 2");
        assert_eq!(fill("x {c} y", &[("a", "1")]), "x {c} y");
        assert_eq!(fill("open { only", &[]), "open { only");
        assert_eq!(fill("", &[]), "");
    }

    #[test]
    fn the_language_comes_from_lang_en_in_the_query_and_defaults_to_chinese() {
        assert_eq!(Lang::from_query("?lang=en"), Lang::En);
        assert_eq!(Lang::from_query("?kiosk=1&lang=en"), Lang::En);
        assert_eq!(Lang::from_query("?lang=zh"), Lang::Zh);
        assert_eq!(Lang::from_query("?lang=english"), Lang::Zh);
        assert_eq!(Lang::from_query(""), Lang::Zh);
        assert_eq!(Lang::default(), Lang::Zh);
    }

    #[test]
    fn every_reason_the_core_gives_has_a_sentence_in_both_languages() {
        use crate::input::{Date, Resident, Statuses};
        use crate::rules::evaluate;
        // Every combination of status, age band and pension situation the core can see.
        let ages = [10, 15, 16, 45, 59, 60, 75];
        for lang in [Lang::Zh, Lang::En] {
            let t = lang.text();
            for bits in 0u8..32 {
                let statuses = Statuses::from_bits(bits);
                for age in ages {
                    for pension in Pension::ALL {
                        for exited in ["2015-01-01", "2017-01-01"] {
                            let r = Resident {
                                year: 2018,
                                age,
                                statuses,
                                exited_on: statuses
                                    .has(Status::RegisteredPoorExited)
                                    .then(|| Date::parse(exited).expect("a date")),
                                pension,
                            };
                            let d = evaluate(&r).expect("2018 is covered");
                            let p = &d.pension_contribution.reason;
                            let c = &d.direct_claim.reason;
                            let m = &d.medical_subsidy.reason;
                            for (s, what) in [
                                (t.pension_why(p.code, p.decided_by), "pension"),
                                (t.direct_why(c.code).to_string(), "direct"),
                                (t.medical_why(m.code, m.decided_by), "medical"),
                            ] {
                                assert!(!s.is_empty(), "{lang:?} {what} {r:?}");
                                assert!(!s.contains('{'), "{lang:?} {what}: {s}");
                            }
                            for (reason, direct) in [(p, false), (c, true)] {
                                if let Some(h) = reason.hint {
                                    assert!(!t.hint(h, direct).contains('{'));
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
