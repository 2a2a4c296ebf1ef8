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
    Clause, GF_2014_8_SEVERE_DISABILITY, HEBEI_2021_PRACTICE, JRS_1_POOR_PERSONS,
    JRS_2_1_1_DIRECT_CLAIM, JRS_2_1_1_PAYMENT, JRS_2_1_2_WHOLE_YEAR, JRS_2_2_1_MEDICAL,
    TRANSITION_PAYMENT,
};
use crate::policy::deployment::DEPLOYMENT;
use crate::policy::params::{
    period_of, ANSWERED_UNTIL, ENROL_MIN_AGE, MEDICAL_EXIT_CUTOFF, PENSION_AGE, PERIODS,
    POLICY_YEARS,
};
use crate::rules::{evaluate, Decision};
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

/// The rules' decision for a resident of this kind: one status (lifted out on the cut-off day
/// for `RegisteredPoorExited`), the residents' medical scheme.
fn decision(year: u16, age: u8, status: Status, pension: Pension) -> Option<Decision> {
    evaluate(&Resident {
        year,
        age,
        born: None,
        statuses: Statuses::NONE.with(status),
        exited_on: (status == Status::RegisteredPoorExited)
            .then(|| Date::from_tuple(MEDICAL_EXIT_CUTOFF)),
        pension,
        medical_scheme: MedicalScheme::Residents,
    })
}

/// One figure per encoded year: `figure` gives its text and whether it is provisional, or
/// `None` for "not found" (shown as unknown, and provisional).
fn by_year(unknown: &str, figure: impl Fn(u16) -> Option<(String, bool)>) -> Vec<YearFigure> {
    POLICY_YEARS
        .iter()
        .map(|&year| {
            let (text, provisional) = figure(year).unwrap_or_else(|| (unknown.to_string(), true));
            YearFigure {
                year,
                text,
                provisional,
            }
        })
        .collect()
}

/// `2026` or `2026–2027`.
fn year_span(from: u16, to: u16) -> String {
    if from == to {
        from.to_string()
    } else {
        format!("{from}–{to}")
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
/// assert_eq!(s.parts.len(), 5);
/// assert!(s.parts[0].years.iter().any(|y| y.year == 2018 && y.text.contains("100")));
/// ```
pub fn summary(lang: Lang) -> Summary {
    let t = lang.text();
    let s = lang.summary();
    let amount = |d: Decimal| t.yuan(&fmt_plain(d));

    // 政府代缴: a resident of the first status the year's payment names, of the first
    // contributing age, enrolled.
    let payment = by_year(s.unknown, |year| {
        let status = period_of(year)?.0.pension_payment.first().copied()?;
        let p = decision(year, ENROL_MIN_AGE, status, Pension::Enrolled)?.pension_contribution;
        p.government_amount_yuan
            .filter(|_| p.government_pays)
            .map(|a| (amount(a), p.provisional))
    });
    // Who is paid for: every status for which the rules pay (the 贫困人员 of JRS-2018-3 一, and
    // 重度残疾人 under 国发〔2014〕8号 三(三)).
    let first_year = POLICY_YEARS[0];
    let paid: Vec<Status> = Status::ALL
        .into_iter()
        .filter(|st| {
            decision(first_year, ENROL_MIN_AGE, *st, Pension::Enrolled)
                .is_some_and(|d| d.pension_contribution.government_pays)
        })
        .collect();
    let pension_sentences = vec![fill(
        s.pension,
        &[
            ("statuses", &names(lang, &paid)),
            ("min", &ENROL_MIN_AGE.to_string()),
            ("max", &PENSION_AGE.to_string()),
            ("place", lang.pick(DEPLOYMENT.place)),
        ],
    )];
    let mut later_sentences = Vec::new();
    // The later periods: whom their payment names (the rules' answer in their first year).
    for period in &PERIODS[1..] {
        let paid: Vec<Status> = Status::ALL
            .into_iter()
            .filter(|st| {
                decision(period.from, ENROL_MIN_AGE, *st, Pension::Enrolled)
                    .is_some_and(|d| d.pension_contribution.government_pays)
            })
            .collect();
        later_sentences.push(fill(
            s.pension_later,
            &[
                ("from", &period.from.to_string()),
                ("to", &period.to.to_string()),
                ("statuses", &names(lang, &paid)),
            ],
        ));
    }
    let last_to = PERIODS[PERIODS.len() - 1].to;
    if ANSWERED_UNTIL > last_to {
        later_sentences.push(fill(
            s.pension_continues,
            &[("years", &year_span(last_to + 1, ANSWERED_UNTIL))],
        ));
    }
    later_sentences.push(t.policy(s.direct_no_rule));
    later_sentences.push(t.policy(s.medical_no_rule));
    let later_part = Part {
        heading: s.later_heading,
        sentences: later_sentences,
        years: Vec::new(),
        clauses: vec![TRANSITION_PAYMENT, HEBEI_2021_PRACTICE],
        note: None,
    };
    let pension_part = Part {
        heading: s.pension_heading,
        sentences: pension_sentences,
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
    let direct = by_year(s.unknown, |year| {
        let c = decision(
            year,
            PENSION_AGE,
            Status::RegisteredPoor,
            Pension::NotEnrolled,
        )?
        .direct_claim;
        let monthly = c.monthly_pension_yuan.filter(|_| c.eligible)?;
        Some((
            fill(s.per_month, &[("amount", &amount(monthly))]),
            c.provisional,
        ))
    });
    let direct_part = Part {
        heading: s.direct_heading,
        sentences: vec![fill(s.direct, &[("age", &PENSION_AGE.to_string())])],
        years: direct,
        clauses: vec![JRS_2_1_1_DIRECT_CLAIM, JRS_1_POOR_PERSONS],
        note: None,
    };

    // 医疗保险个人缴费资助: the rate each status gets, and the year's contribution.
    let medical_of = |status: Status| {
        decision(first_year, ENROL_MIN_AGE, status, Pension::Enrolled).map(|d| d.medical_subsidy)
    };
    let rate_of = |status: Status| medical_of(status).and_then(|m| m.rate).unwrap_or_default();
    let statuses_where = |keep: &dyn Fn(Status) -> bool| -> Vec<Status> {
        Status::ALL.into_iter().filter(|st| keep(*st)).collect()
    };
    let undetermined = statuses_where(&|st| medical_of(st).is_some_and(|m| !m.determined));
    let full = statuses_where(&|st| rate_of(st) == Decimal::ONE);
    let partial = statuses_where(&|st| {
        let r = rate_of(st);
        r > Decimal::ZERO && r < Decimal::ONE
    });
    let partial_rate = partial.first().map_or(Decimal::ZERO, |st| rate_of(*st));
    let cutoff = Date::from_tuple(MEDICAL_EXIT_CUTOFF).to_string();
    let medical = by_year(s.unknown, |year| {
        let m = decision(
            year,
            ENROL_MIN_AGE,
            Status::RegisteredPoor,
            Pension::Enrolled,
        )?
        .medical_subsidy;
        m.contribution_yuan.map(|c| (amount(c), m.provisional))
    });
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
        parts: vec![
            pension_part,
            direct_part,
            medical_part,
            later_part,
            where_part,
        ],
    }
}
