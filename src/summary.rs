//! The policy summary: who qualifies, the amounts of each encoded year, the direct-claim rule,
//! the medical rates, where to apply — with the clauses. Shown where the calculator cannot run
//! (no WebAssembly, no JavaScript, a failed or slow download) and printed by `daijiao summary`.
//!
//! Its figures are not copied from the parameters by hand: each is the answer the rules give a
//! resident of that kind (`rules::evaluate`), so the summary says exactly what the calculator
//! would. Its sentences come from the catalogue [`crate::text::SummaryText`]. This module builds the content
//! only; the shells write it as HTML (the pages' fallback, built by `tools/build.sh`) or text.

use crate::input::{Date, MedicalScheme, Pension, Resident, Status, Statuses};
use crate::money::fmt_plain;
use crate::policy::clauses::{
    Clause, GF_2014_8_SEVERE_DISABILITY, JRS_1_POOR_PERSONS, JRS_2_1_1_DIRECT_CLAIM,
    JRS_2_1_1_PAYMENT, JRS_2_1_2_WHOLE_YEAR, JRS_2_2_1_MEDICAL,
};
use crate::policy::params::{ENROL_MIN_AGE, MEDICAL_EXIT_CUTOFF, PENSION_AGE, POLICY_YEARS};
use crate::rules::evaluate;
use crate::text::{fill, Lang};
use rust_decimal::Decimal;

/// One figure of one year: its text, and whether it is provisional (or unknown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearFigure {
    /// Policy year.
    pub year: u16,
    /// `100 元`, `每月 108 元`, or the catalogue's "not found" sentence.
    pub text: String,
    /// The figure is unverified or unknown.
    pub provisional: bool,
}

/// One part of the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Heading.
    pub heading: &'static str,
    /// Plain sentences, in order.
    pub sentences: Vec<String>,
    /// The figures by year, when the part has some.
    pub years: Vec<YearFigure>,
    /// The clauses behind it (empty for our own guidance).
    pub clauses: Vec<Clause>,
    /// A note that the part is the calculator's own guidance, not the documents' words.
    pub note: Option<&'static str>,
}

/// The whole summary in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The language it is written in.
    pub lang: Lang,
    /// Title.
    pub title: &'static str,
    /// The parts: payment, direct claim, medical subsidy, where to apply.
    pub parts: Vec<Part>,
}

fn resident(year: u16, age: u8, status: Status, pension: Pension) -> Resident {
    let exited_on = (status == Status::RegisteredPoorExited).then(|| {
        let (y, m, d) = MEDICAL_EXIT_CUTOFF;
        Date {
            year: y,
            month: m,
            day: d,
        }
    });
    Resident {
        year,
        age,
        statuses: Statuses::NONE.with(status),
        exited_on,
        pension,
        medical_scheme: MedicalScheme::Residents,
    }
}

fn names(lang: Lang, statuses: &[Status]) -> String {
    let t = lang.text();
    let sep = lang.summary().list_separator;
    statuses
        .iter()
        .map(|s| t.status_label(*s))
        .collect::<Vec<_>>()
        .join(sep)
}

/// The summary in `lang`, every figure the rules' own answer for that year.
///
/// ```
/// use daijiao::summary::summary;
/// use daijiao::text::Lang;
/// let s = summary(Lang::Zh);
/// assert_eq!(s.parts.len(), 4);
/// assert!(s.parts[0].years.iter().any(|y| y.year == 2018 && y.text.contains("100")));
/// ```
pub fn summary(lang: Lang) -> Summary {
    let t = lang.text();
    let s = lang.summary();
    let amount = |d: Decimal| t.yuan(&fmt_plain(d));
    let unknown = |year: u16| YearFigure {
        year,
        text: s.unknown.to_string(),
        provisional: true,
    };

    // 政府代缴: a resident of the first qualifying status, of the first contributing age, enrolled.
    let payment = POLICY_YEARS
        .iter()
        .map(|&year| {
            let r = resident(
                year,
                ENROL_MIN_AGE,
                Status::RegisteredPoor,
                Pension::Enrolled,
            );
            match evaluate(&r).map(|d| d.pension_contribution) {
                Some(p) if p.government_pays => YearFigure {
                    year,
                    text: amount(p.government_amount_yuan),
                    provisional: p.provisional,
                },
                _ => unknown(year),
            }
        })
        .collect();
    let ages = [
        ("min", ENROL_MIN_AGE.to_string()),
        ("max", PENSION_AGE.to_string()),
    ];
    // Who is paid for: every status for which the rules pay (the 贫困人员 of JRS-2018-3 一, and
    // 重度残疾人 under 国发〔2014〕8号 三(三)).
    let paid: Vec<Status> = Status::ALL
        .into_iter()
        .filter(|st| {
            evaluate(&resident(
                POLICY_YEARS[0],
                ENROL_MIN_AGE,
                *st,
                Pension::Enrolled,
            ))
            .is_some_and(|d| d.pension_contribution.government_pays)
        })
        .collect();
    let pension_part = Part {
        heading: s.pension_heading,
        sentences: vec![fill(
            s.pension,
            &[
                ("statuses", &names(lang, &paid)),
                (ages[0].0, &ages[0].1),
                (ages[1].0, &ages[1].1),
            ],
        )],
        years: payment,
        clauses: vec![
            JRS_2_1_1_PAYMENT,
            JRS_2_1_2_WHOLE_YEAR,
            JRS_1_POOR_PERSONS,
            GF_2014_8_SEVERE_DISABILITY,
        ],
        note: None,
    };

    // 不补缴直接领取: a registered poor resident at the pension age, never enrolled.
    let direct = POLICY_YEARS
        .iter()
        .map(|&year| {
            let r = resident(
                year,
                PENSION_AGE,
                Status::RegisteredPoor,
                Pension::NotEnrolled,
            );
            match evaluate(&r).map(|d| d.direct_claim) {
                Some(c) if c.eligible => match c.monthly_pension_yuan {
                    Some(m) => YearFigure {
                        year,
                        text: fill(s.per_month, &[("amount", &amount(m))]),
                        provisional: c.provisional,
                    },
                    None => unknown(year),
                },
                _ => unknown(year),
            }
        })
        .collect();
    let direct_part = Part {
        heading: s.direct_heading,
        sentences: vec![fill(s.direct, &[("age", &PENSION_AGE.to_string())])],
        years: direct,
        clauses: vec![JRS_2_1_1_DIRECT_CLAIM, JRS_1_POOR_PERSONS],
        note: None,
    };

    // 医疗保险个人缴费资助: the rate each status gets, and the year's contribution.
    let first_year = POLICY_YEARS[0];
    let medical_of = |status: Status| {
        evaluate(&resident(
            first_year,
            ENROL_MIN_AGE,
            status,
            Pension::Enrolled,
        ))
        .map(|d| d.medical_subsidy)
    };
    let rate_of = |status: Status| medical_of(status).and_then(|m| m.rate).unwrap_or_default();
    let all = Status::ALL;
    let undetermined: Vec<Status> = all
        .into_iter()
        .filter(|st| medical_of(*st).is_some_and(|m| !m.determined))
        .collect();
    let full: Vec<Status> = all
        .into_iter()
        .filter(|st| rate_of(*st) == Decimal::ONE)
        .collect();
    let partial: Vec<Status> = all
        .into_iter()
        .filter(|st| {
            let r = rate_of(*st);
            r > Decimal::ZERO && r < Decimal::ONE
        })
        .collect();
    let partial_rate = partial.first().map_or(Decimal::ZERO, |st| rate_of(*st));
    let (y, m, d) = MEDICAL_EXIT_CUTOFF;
    let cutoff = Date {
        year: y,
        month: m,
        day: d,
    }
    .to_string();
    let medical = POLICY_YEARS
        .iter()
        .map(|&year| {
            let r = resident(
                year,
                ENROL_MIN_AGE,
                Status::RegisteredPoor,
                Pension::Enrolled,
            );
            match evaluate(&r).map(|d| d.medical_subsidy) {
                Some(m) => YearFigure {
                    year,
                    text: amount(m.contribution_yuan),
                    provisional: m.provisional,
                },
                None => unknown(year),
            }
        })
        .collect();
    let medical_part = Part {
        heading: s.medical_heading,
        sentences: vec![
            fill(
                s.medical_full,
                &[("statuses", &names(lang, &full)), ("cutoff", &cutoff)],
            ),
            fill(
                s.medical_partial,
                &[
                    ("statuses", &names(lang, &partial)),
                    ("percent", &fmt_plain(partial_rate * Decimal::ONE_HUNDRED)),
                ],
            ),
        ]
        .into_iter()
        .chain((!undetermined.is_empty()).then(|| {
            fill(
                s.medical_not_determined,
                &[("statuses", &names(lang, &undetermined))],
            )
        }))
        .chain([s.medical_standard.to_string()])
        .collect(),
        years: medical,
        clauses: vec![JRS_2_2_1_MEDICAL, JRS_1_POOR_PERSONS],
        note: None,
    };

    let where_part = Part {
        heading: s.where_heading,
        sentences: vec![s.where_to_apply.to_string()],
        years: Vec::new(),
        clauses: Vec::new(),
        note: Some(s.our_guidance),
    };

    Summary {
        lang,
        title: s.title,
        parts: vec![pension_part, direct_part, medical_part, where_part],
    }
}
