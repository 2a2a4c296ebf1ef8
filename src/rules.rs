//! The rules: one resident, one policy year, every resident question of JRS-2018-3
//! 二(一) and 二(二)1, answered with the clause that decided it.
//!
//! [`evaluate`] is the single entry point every shell calls. It is pure: no I/O, no clock,
//! no float. Each rule function opens with the clause it implements.

use crate::input::{Date, MedicalScheme, Pension, Resident, Status, Statuses};
use crate::money::round_subsidy_to_fen;
use crate::policy::clauses::{
    Clause, GF_2014_8_AGES, GF_2014_8_SEVERE_DISABILITY, HEBEI_2021_PRACTICE, JRS_1_POOR_PERSONS,
    JRS_2_1_1_DIRECT_CLAIM, JRS_2_1_1_PAYMENT, JRS_2_1_2_WHOLE_YEAR, JRS_2_2_1_MEDICAL,
    TRANSITION_PAYMENT,
};
use crate::policy::deployment::{Deployment, DEPLOYMENT};
use crate::policy::params::{
    period_of, Period, RuleSet, Tier, BASIC_PENSION_MONTHLY, ENROL_MIN_AGE,
    GOVERNMENT_PAYMENT_TIER, MEDICAL_CONTRIBUTION, MEDICAL_EXIT_CUTOFF, MEDICAL_FULL_RATE,
    MEDICAL_PARTIAL_RATE, NATIONAL_BASIC_PENSION_FLOOR, PENSION_AGE, TIERS,
};
use crate::policy::readings::{Reading, Readings};
use rust_decimal::Decimal;

/// The version of the encoded rules and parameters, stamped on every answer.
pub const POLICY_VERSION: &str = "JRS-2018-3+TRANSITION-2021/daijiao-rules-2";

/// Why an answer is what it is: the first condition that failed, or the rule that said yes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema, ts_rs::TS))]
pub enum ReasonCode {
    /// Yes: the government pays the pension contribution.
    GovernmentPays,
    /// Yes: may draw the pension directly.
    DirectClaimAllowed,
    /// Yes: full medical subsidy.
    FullSubsidy,
    /// Yes: 60% medical subsidy.
    PartialSubsidy,
    /// No status that the clause names.
    NoQualifyingStatus,
    /// Not 建档立卡 (registered or exited): the direct claim is only for them.
    NotRegisteredPoor,
    /// Lifted out before 2016-08-01, and nothing else gives a subsidy.
    ExitedBeforeCutoff,
    /// Younger than the age the rule needs.
    TooYoung,
    /// At or past the pension age: no more contributions.
    TooOld,
    /// Not enrolled in the residents' scheme (enrolling makes the 代缴 a yes).
    NotEnrolled,
    /// Already enrolled: the direct claim is for those who never enrolled.
    AlreadyEnrolled,
    /// Already drawing a pension.
    AlreadyReceiving,
    /// In the employees' scheme, not the residents' scheme.
    InEmployeeScheme,
    /// The encoded documents do not decide this question for the status held: neither yes nor
    /// no (the answer says whom to ask).
    NotDetermined,
    /// The encoded documents have no rule on this question for the year (the direct claim and
    /// the medical subsidy after 2020): neither yes nor no, never the earlier rule carried over.
    NoRuleForYear,
    /// In the employees' medical insurance, not the residents' scheme 二(二)1 covers.
    InEmployeeMedicalScheme,
    /// In no medical insurance scheme: enrolling in the residents' scheme makes it a yes.
    NotInMedicalScheme,
}

impl ReasonCode {
    /// A stable snake_case code (the page translates it).
    pub fn code(self) -> &'static str {
        match self {
            ReasonCode::GovernmentPays => "government_pays",
            ReasonCode::DirectClaimAllowed => "direct_claim_allowed",
            ReasonCode::FullSubsidy => "full_subsidy",
            ReasonCode::PartialSubsidy => "partial_subsidy",
            ReasonCode::NoQualifyingStatus => "no_qualifying_status",
            ReasonCode::NotRegisteredPoor => "not_registered_poor",
            ReasonCode::ExitedBeforeCutoff => "exited_before_cutoff",
            ReasonCode::TooYoung => "too_young",
            ReasonCode::TooOld => "too_old",
            ReasonCode::NotEnrolled => "not_enrolled",
            ReasonCode::AlreadyEnrolled => "already_enrolled",
            ReasonCode::AlreadyReceiving => "already_receiving",
            ReasonCode::InEmployeeScheme => "in_employee_scheme",
            ReasonCode::NotDetermined => "not_determined",
            ReasonCode::NoRuleForYear => "no_rule_for_year",
            ReasonCode::InEmployeeMedicalScheme => "in_employee_medical_scheme",
            ReasonCode::NotInMedicalScheme => "not_in_medical_scheme",
        }
    }
}

/// One thing that, changed alone, would turn a no into a yes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// Enrolling (参保) in the residents' scheme.
    Enrol,
    /// Enrolling in the residents' medical insurance (城乡居民基本医疗保险).
    EnrolMedical,
    /// Reaching this age (周岁).
    ReachAge(u8),
}

/// The reason for one answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// What decided it.
    pub code: ReasonCode,
    /// The status that decided a yes (or, for the medical rate, the rate), if any.
    pub decided_by: Option<Status>,
    /// The clauses behind the answer, most specific first.
    pub clauses: Vec<Clause>,
    /// What alone would change a no into a yes, where one thing would.
    pub hint: Option<Hint>,
    /// Our readings the answer relies on, where the documents' words leave a choice
    /// ([`crate::policy::readings`]).
    pub readings: Readings,
}

/// The government's payment of the pension contribution (代缴), JRS-2018-3 二(一)1–2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PensionContribution {
    /// False when the encoded documents leave the question open for the status held (reason
    /// `NotDetermined`): then `government_pays` is false and means "not said", not "no".
    pub determined: bool,
    /// Whether the government pays this year's contribution.
    pub government_pays: bool,
    /// The tier paid (元/年) when the government pays and the year's tier is known, else
    /// `None`: the deployment's tier, at least [`Self::minimum_tier_yuan`].
    pub tier_yuan: Option<Decimal>,
    /// The year's minimum tier, the floor the clause sets ("不低于最低缴费档次"), when the
    /// government pays and it is known.
    pub minimum_tier_yuan: Option<Decimal>,
    /// What the government pays (元): 0 when it does not pay, `None` when it pays and the
    /// year's amount was not found (unknown, shown as such).
    pub government_amount_yuan: Option<Decimal>,
    /// What the resident pays on that tier (0 when the government pays; `None` otherwise,
    /// since the resident then chooses a tier).
    pub resident_amount_yuan: Option<Decimal>,
    /// The contribution subsidy (缴费补贴) on the paid tier, when the government pays.
    pub subsidy_yuan: Option<Decimal>,
    /// That year's tiers with the subsidy of each (all of them: [`Self::tiers_offered`] is
    /// what this resident may choose from); empty when the year's table was not found.
    pub tiers: &'static [Tier],
    /// Whether the kept 100 元 tier (from 2019) is offered to this resident: only to those it
    /// is kept for, the holders of a status that the payment names.
    pub kept_tier_offered: bool,
    /// True when the payment itself (the tier paid) is provisional for the year.
    pub provisional: bool,
    /// True when the tier table and its subsidies (including `subsidy_yuan`) are provisional.
    pub tiers_provisional: bool,
    /// Why.
    pub reason: Reason,
}

impl PensionContribution {
    /// The tiers this resident may choose from: the year's table, without the kept tier for
    /// anyone it is not kept for.
    pub fn tiers_offered(&self) -> impl Iterator<Item = &'static Tier> + '_ {
        self.tiers
            .iter()
            .filter(move |t| !t.kept || self.kept_tier_offered)
    }
}

/// Drawing the pension with no back contributions, JRS-2018-3 二(一)1 (last part).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectClaim {
    /// False when the encoded documents have no rule on it for the year (`NoRuleForYear`).
    pub determined: bool,
    /// True exactly for this route.
    pub eligible: bool,
    /// With a birth month whose 60th birthday falls in the year: the earliest month the
    /// pension can start, the month after that birthday month ("自办理手续次月起"; later if the
    /// procedure is done later). `(year, month)`.
    pub earliest_start_month: Option<(u16, u8)>,
    /// Hebei's minimum basic pension (元/月) that year, `None` when unknown.
    pub monthly_pension_yuan: Option<Decimal>,
    /// The national minimum basic pension (元/月) that year: a floor under Hebei's figure,
    /// never Hebei's figure itself; `None` when unknown.
    pub national_floor_yuan: Option<Decimal>,
    /// True when the monthly amount is provisional or unknown.
    pub provisional: bool,
    /// Why.
    pub reason: Reason,
}

/// The medical insurance contribution subsidy, JRS-2018-3 二(二)1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MedicalSubsidy {
    /// False when the encoded documents do not decide the question for this resident: then
    /// rate and amounts are `None` (neither a yes nor a no), and the reason is `NotDetermined`.
    pub determined: bool,
    /// Share of the individual contribution paid by public funds: 1, 0.6 or 0.
    pub rate: Option<Decimal>,
    /// The year's individual contribution (元), `None` when not found.
    pub contribution_yuan: Option<Decimal>,
    /// The part paid for the resident (元), rounded to the fen.
    pub amount_yuan: Option<Decimal>,
    /// What the resident still pays (元).
    pub resident_pays_yuan: Option<Decimal>,
    /// True when the contribution figure is provisional.
    pub provisional: bool,
    /// Why.
    pub reason: Reason,
}

/// The whole answer for one resident and one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// The policy year.
    pub year: u16,
    /// The period whose rules answered.
    pub period: &'static Period,
    /// True when the year lies after the period's own years (no document for it was found:
    /// answered under the reading `period_continues`, every figure provisional).
    pub continued: bool,
    /// 政府代缴 of the pension contribution.
    pub pension_contribution: PensionContribution,
    /// Direct claim of the pension.
    pub direct_claim: DirectClaim,
    /// Medical contribution subsidy.
    pub medical_subsidy: MedicalSubsidy,
    /// [`POLICY_VERSION`].
    pub policy_version: &'static str,
}

impl Decision {
    /// Every reading the three answers rely on.
    pub fn readings(&self) -> Readings {
        self.pension_contribution
            .reason
            .readings
            .union(self.direct_claim.reason.readings)
            .union(self.medical_subsidy.reason.readings)
    }
}

/// Internal: a year's parameters. A value not found for the year is `None` (unknown: shown as
/// such, never filled with a neighbour's figure).
struct YearParams {
    period: &'static Period,
    /// The year lies after the period's own years (reading `period_continues`).
    continued: bool,
    /// The year's minimum tier (the floor of 二(一)1 "不低于最低缴费档次").
    minimum_tier: Option<Decimal>,
    /// What the deployment pays: the minimum tier, or its own higher tier.
    tier: Option<Decimal>,
    tier_provisional: bool,
    tiers: &'static [Tier],
    tiers_provisional: bool,
    pension: Option<Decimal>,
    pension_provisional: bool,
    national_floor: Option<Decimal>,
    medical: Option<Decimal>,
    medical_provisional: bool,
    full_rate: Option<Decimal>,
    partial_rate: Option<Decimal>,
}

impl YearParams {
    fn at(year: u16, dep: &Deployment) -> Option<YearParams> {
        let (period, continued) = period_of(year)?;
        let tier = GOVERNMENT_PAYMENT_TIER.at(year)?;
        let tiers = TIERS.at(year)?;
        let pension = BASIC_PENSION_MONTHLY.at(year)?;
        let medical = MEDICAL_CONTRIBUTION.at(year)?;
        Some(YearParams {
            period,
            continued,
            minimum_tier: tier.value,
            tier: tier.value.map(|t| dep.payment(t)),
            tier_provisional: tier.provisional || continued,
            tiers: tiers.value.unwrap_or(&[]),
            tiers_provisional: tiers.provisional || continued,
            pension: pension.value,
            pension_provisional: pension.provisional || continued,
            national_floor: NATIONAL_BASIC_PENSION_FLOOR.at(year)?.value,
            medical: medical.value,
            medical_provisional: medical.provisional || continued,
            full_rate: MEDICAL_FULL_RATE.at(year)?.value,
            partial_rate: MEDICAL_PARTIAL_RATE.at(year)?.value,
        })
    }

    /// The readings every answer of the year relies on: the period's rules continued.
    fn year_readings(&self) -> Readings {
        Readings::NONE.with_if(Reading::PeriodContinues, self.continued)
    }

    fn transition(&self) -> bool {
        self.period.rules == RuleSet::Transition2021
    }
}

/// What the rules look at: the resident reduced to the facts that decide an answer.
///
/// Two residents with the same facts get the same decision, so a caller that evaluates many
/// residents (the roster) may evaluate each distinct `Facts` once. The exit date matters only
/// through the 2016-08-01 cut-off of JRS-2018-3 二(二)1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Facts {
    /// Policy year.
    pub year: u16,
    /// Age in completed years (周岁): the age held all year when only an age is known; with a
    /// birth month, the age reached on the birthday in this year (one less before it).
    pub age: u8,
    /// The birth month, when known (then [`Self::age`] is reached in that month of the year).
    pub birth_month: Option<u8>,
    /// Statuses held that year.
    pub statuses: Statuses,
    /// Lifted out of the register on or after 2016-08-01 (false without an exit date).
    pub exited_on_or_after_cutoff: bool,
    /// Pension situation.
    pub pension: Pension,
    /// Medical insurance scheme.
    pub medical_scheme: MedicalScheme,
}

impl Facts {
    /// The facts of a resident.
    pub fn of(r: &Resident) -> Facts {
        Facts {
            year: r.year,
            age: r.age,
            birth_month: r.born.map(|b| b.month),
            statuses: r.statuses,
            exited_on_or_after_cutoff: exited_on_or_after_cutoff(r.exited_on),
            pension: r.pension,
            medical_scheme: r.medical_scheme,
        }
    }
}

impl Facts {
    /// Whether the age changes during the year (a birth month is known).
    pub fn birthday_in_year(&self) -> bool {
        self.birth_month.is_some()
    }

    /// The youngest age held during the year: one less than [`Self::age`] before a birthday
    /// in the year.
    pub fn youngest_age(&self) -> u8 {
        if self.birthday_in_year() {
            self.age.saturating_sub(1)
        } else {
            self.age
        }
    }
}

/// Evaluates every rule for one resident.
///
/// Returns `None` only for a year outside the encoded policy, which [`Resident::from_fields`]
/// already rejects; a validated resident always gets a decision.
///
/// ```
/// use daijiao::input::{Pension, Resident, Status, Statuses};
/// use daijiao::rules::evaluate;
/// let mut r = Resident {
///     year: 2018, age: 40, born: None, exited_on: None, pension: Pension::Enrolled,
///     statuses: Statuses::NONE.with(Status::Dibao), medical_scheme: Default::default(),
/// };
/// let d = evaluate(&r).unwrap();
/// assert!(d.pension_contribution.government_pays);          // yes: 低保, 40, enrolled
/// r.statuses = Statuses::NONE;
/// assert!(!evaluate(&r).unwrap().pension_contribution.government_pays); // no status: no
/// ```
pub fn evaluate(r: &Resident) -> Option<Decision> {
    evaluate_facts(&Facts::of(r))
}

/// [`evaluate`] as a `Result`: the decision, or the "year not covered" error (which a
/// validated resident never meets). The shells call this.
pub fn decide(r: &Resident) -> Result<Decision, crate::input::InputError> {
    evaluate(r).ok_or_else(|| crate::input::year_not_covered("year", i64::from(r.year)))
}

/// Evaluates every rule for the facts of a resident ([`evaluate`] is this on [`Facts::of`]).
pub fn evaluate_facts(f: &Facts) -> Option<Decision> {
    evaluate_facts_in(f, &DEPLOYMENT)
}

/// [`evaluate_facts`] for a deployment other than this one's [`DEPLOYMENT`] (a county that
/// pays a higher tier: the tests, and a portal checking its own data).
pub fn evaluate_facts_in(f: &Facts, dep: &Deployment) -> Option<Decision> {
    let p = YearParams::at(f.year, dep)?;
    Some(Decision {
        year: f.year,
        period: p.period,
        continued: p.continued,
        pension_contribution: pension_contribution(f, &p),
        direct_claim: direct_claim(f, &p),
        medical_subsidy: medical_subsidy(f, &p),
        policy_version: POLICY_VERSION,
    })
}

/// Whether a status is one the payment names in `year` (the period's list: JRS-2018-3 一's
/// 贫困人员 for 2018–2020, the transition notice's groups from 2021). The roster counts them.
pub fn named_by_payment(year: u16, s: Status) -> bool {
    period_of(year).is_some_and(|(p, _)| p.pension_payment.contains(&s))
}

fn reason(code: ReasonCode, decided_by: Option<Status>, clauses: Vec<Clause>) -> Reason {
    Reason {
        code,
        decided_by,
        clauses,
        hint: None,
        readings: Readings::NONE,
    }
}

/// JRS-2018-3 二(一)1 "2020年前,对贫困人员参加城乡居民基本养老保险的,地方人民政府为其代缴不低于
/// 最低缴费档次的养老保险费 … 政府代缴城乡居民养老保险每年每人只能享受一次";
/// 二(一)2 "同一个自然年度内,有过贫困人口身份经历的参保人员,均应纳入政府代缴养老保险费范围".
/// Ages: enrolment from 16 and pension from 60 (国发〔2014〕8号), so contributions cover 16–59.
/// Conditions are checked in this order, and the first that fails is the reason:
/// a status the period's payment names; age 16–59; enrolled in the residents' scheme.
///
/// 国发〔2014〕8号 三(三) (excerpt, see `clauses::GF_2014_8_SEVERE_DISABILITY`): "对重度残疾人等
/// 缴费困难群体,地方人民政府为其代缴部分或全部最低标准的养老保险费". In 2018–2020 a 重度残疾人
/// who is not a 贫困人员 qualifies under that clause (Hebei counties pay the minimum tier for
/// them), with the same ages and enrolment; the amount is provisional on this route.
///
/// From 2021 (the transition-period notice, cited by title; Hebei practice): "对低保对象、特困人员、
/// 返贫致贫人口、重度残疾人等缴费困难群体,地方政府代缴部分或全部最低缴费档次养老保险费". 建档立卡
/// holding none of those statuses: not determined (whether other 已脱贫人口 are covered in Hebei
/// was not found), after the age checks, which the national rules settle. Every answer of the
/// period is provisional; the amount is unknown from 2024 (not found).
fn pension_contribution(r: &Facts, p: &YearParams) -> PensionContribution {
    let period = p.period;
    let held = |list: &'static [Status]| list.iter().copied().find(|s| r.statuses.has(*s));
    let poor = held(period.pension_payment);
    let severe = held(period.pension_payment_other_route).filter(|_| poor.is_none());
    let open = held(period.pension_not_determined).filter(|_| poor.or(severe).is_none());
    let decided_by = poor.or(severe).or(open);
    let base: &[Clause] = if p.transition() {
        &[TRANSITION_PAYMENT, HEBEI_2021_PRACTICE]
    } else if severe.is_some() {
        &[GF_2014_8_SEVERE_DISABILITY, JRS_2_1_1_PAYMENT]
    } else {
        &[JRS_2_1_1_PAYMENT, JRS_2_1_2_WHOLE_YEAR, JRS_1_POOR_PERSONS]
    };
    let provisional = p.tier_provisional || severe.is_some() || p.transition();
    let kept_tier = p.tiers.iter().any(|t| t.kept);
    // A status the period does not name, held with none it names: the "等" is not widened.
    let unnamed = [Status::OtherHardship, Status::RelapseRisk]
        .into_iter()
        .any(|s| r.statuses.has(s) && !period.pension_payment.contains(&s));
    // The readings any answer of this part relies on; the age reading is added once the age
    // is looked at.
    let readings = p
        .year_readings()
        .with_if(
            Reading::Until2020Inclusive,
            !p.transition() && r.year == period.to && poor.is_some(),
        )
        .with_if(
            Reading::PoorPersonsAsListed,
            decided_by.is_none() && unnamed && !p.transition(),
        )
        .with_if(
            Reading::TransitionGroupsAsListed,
            decided_by.is_none() && unnamed && p.transition(),
        )
        .with_if(Reading::SevereDisabilityWholeMinimum, severe.is_some())
        .with_if(
            Reading::RelapseRiskOneStatus,
            poor == Some(Status::RelapseRisk) && p.transition(),
        )
        .with_if(Reading::KeptTierOnlyForThem, kept_tier);
    let aged = readings.with(age_reading(r));
    let no = |code: ReasonCode, hint: Option<Hint>, extra: Option<Clause>, readings: Readings| {
        let mut clauses = base.to_vec();
        clauses.extend(extra);
        PensionContribution {
            determined: code != ReasonCode::NotDetermined,
            government_pays: false,
            tier_yuan: None,
            minimum_tier_yuan: None,
            government_amount_yuan: Some(Decimal::ZERO),
            resident_amount_yuan: None,
            subsidy_yuan: None,
            tiers: p.tiers,
            kept_tier_offered: poor.or(severe).is_some(),
            provisional,
            tiers_provisional: p.tiers_provisional,
            reason: Reason {
                hint,
                readings,
                ..reason(code, decided_by, clauses)
            },
        }
    };
    if decided_by.is_none() {
        return no(ReasonCode::NoQualifyingStatus, None, None, readings);
    }
    // 周岁 during the year: one age all year, or two when the birthday falls in it (§ Facts).
    if r.age < ENROL_MIN_AGE {
        return no(
            ReasonCode::TooYoung,
            Some(Hint::ReachAge(ENROL_MIN_AGE)),
            Some(GF_2014_8_AGES),
            aged,
        );
    }
    if r.youngest_age() >= PENSION_AGE {
        return no(ReasonCode::TooOld, None, Some(GF_2014_8_AGES), aged);
    }
    if open.is_some() {
        return no(ReasonCode::NotDetermined, None, None, aged);
    }
    match r.pension {
        Pension::Enrolled => {}
        Pension::NotEnrolled => return no(ReasonCode::NotEnrolled, Some(Hint::Enrol), None, aged),
        Pension::Receiving => return no(ReasonCode::AlreadyReceiving, None, None, aged),
        Pension::EmployeeScheme => {
            return no(
                ReasonCode::InEmployeeScheme,
                None,
                Some(GF_2014_8_AGES),
                aged,
            )
        }
    }
    let subsidy = p.tier.and_then(|tier| {
        p.tiers
            .iter()
            .find(|t| t.yuan == tier)
            .map(|t| t.subsidy_yuan)
    });
    PensionContribution {
        determined: true,
        government_pays: true,
        tier_yuan: p.tier,
        minimum_tier_yuan: p.minimum_tier,
        government_amount_yuan: p.tier,
        resident_amount_yuan: p.tier.map(|_| Decimal::ZERO),
        subsidy_yuan: subsidy,
        tiers: p.tiers,
        kept_tier_offered: true,
        provisional,
        tiers_provisional: p.tiers_provisional,
        reason: Reason {
            readings: aged.with_if(Reading::WholeMinimumInTransition, p.transition()),
            ..reason(ReasonCode::GovernmentPays, decided_by, base.to_vec())
        },
    }
}

/// The age reading an answer relies on: one age all year, or the ages of a birth month.
fn age_reading(r: &Facts) -> Reading {
    if r.birthday_in_year() {
        Reading::AgeAtAnyTimeInYear
    } else {
        Reading::AgeHeldAllYear
    }
}

/// JRS-2018-3 二(一)1 "对60周岁及以上建档立卡贫困人口,未参加城乡居民基本养老保险的,不再补缴养老保险费,
/// 由本人提出申请,当地经办机构为其办理待遇领取手续,自办理手续次月起按月计发待遇".
/// 建档立卡贫困人口 includes those lifted out (一: 包括已脱贫人口). Order: status, age, not enrolled.
///
/// From 2021 no rule on this was found: below the pension age (国发〔2014〕8号) the answer is no,
/// already enrolled, drawing or in the employees' scheme it is what those facts say; for anyone
/// else it is not determined (`NoRuleForYear`), never the 2018 rule carried over.
fn direct_claim(r: &Facts, p: &YearParams) -> DirectClaim {
    let transition = p.transition();
    let decided_by = p
        .period
        .direct_claim
        .iter()
        .copied()
        .find(|s| r.statuses.has(*s));
    let readings = p.year_readings().with_if(
        Reading::Until2020Inclusive,
        !transition && r.year == p.period.to && decided_by.is_some(),
    );
    let aged = readings.with(age_reading(r));
    let answer = |code: ReasonCode, hint: Option<Hint>, readings: Readings| {
        let eligible = code == ReasonCode::DirectClaimAllowed;
        // "自办理手续次月起": a birth month in this year's 60th birthday names the earliest month.
        let earliest_start_month = match r.birth_month {
            Some(m) if eligible && r.age == PENSION_AGE => Some(month_after(r.year, m)),
            _ => None,
        };
        let clauses = match code {
            _ if !transition => vec![JRS_2_1_1_DIRECT_CLAIM, JRS_1_POOR_PERSONS],
            // the 2018–2020 rule, shown as the one the documents stop at
            ReasonCode::NoRuleForYear => vec![JRS_2_1_1_DIRECT_CLAIM],
            _ => vec![GF_2014_8_AGES],
        };
        DirectClaim {
            determined: code != ReasonCode::NoRuleForYear,
            eligible,
            earliest_start_month,
            monthly_pension_yuan: p.pension,
            national_floor_yuan: p.national_floor,
            provisional: p.pension_provisional || transition,
            reason: Reason {
                hint,
                readings: readings.with_if(
                    Reading::DirectClaimFromMonthAfter,
                    earliest_start_month.is_some(),
                ),
                ..reason(code, decided_by, clauses)
            },
        }
    };
    if decided_by.is_none() && !transition {
        return answer(ReasonCode::NotRegisteredPoor, None, readings);
    }
    if r.age < PENSION_AGE {
        let hint = (r.pension == Pension::NotEnrolled && !transition)
            .then_some(Hint::ReachAge(PENSION_AGE));
        return answer(ReasonCode::TooYoung, hint, aged);
    }
    match r.pension {
        Pension::NotEnrolled if transition => answer(ReasonCode::NoRuleForYear, None, aged),
        Pension::NotEnrolled => answer(ReasonCode::DirectClaimAllowed, None, aged),
        Pension::Enrolled => answer(ReasonCode::AlreadyEnrolled, None, aged),
        Pension::Receiving => answer(ReasonCode::AlreadyReceiving, None, aged),
        Pension::EmployeeScheme => answer(ReasonCode::InEmployeeScheme, None, aged),
    }
}

/// The month after `(year, month)`.
fn month_after(year: u16, month: u8) -> (u16, u8) {
    if month >= 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    }
}

/// Whether a lifted-out person left the register on or after 2016-08-01 (inclusive):
/// JRS-2018-3 二(二)1 "含2016年8月1日后按照贫困退出程序退出的建档立卡贫困人口". We read "后" as
/// "from that day on" (the peer model and its hand-checked cases do the same).
fn exited_on_or_after_cutoff(exited_on: Option<Date>) -> bool {
    let (y, m, d) = MEDICAL_EXIT_CUTOFF;
    exited_on.is_some_and(|e| (e.year, e.month, e.day) >= (y, m, d))
}

/// JRS-2018-3 二(二)1 "建档立卡贫困人口(含2016年8月1日后按照贫困退出程序退出的建档立卡贫困人口)、
/// 特困供养人员个人缴费部分由财政给予全额资助,其他困难保障救助对象个人缴费部分,财政按个人缴费标准的60%予以资助".
/// Full rate first (registered, exited on/after the cut-off, 特困), then 60% (低保, other hardship).
/// The clause does not name 重度残疾人: with no status it names, the answer is not determined
/// (neither yes nor no; ask the 医保 office), never a "no" the documents do not say.
/// A person lifted out before the cut-off with no other status gets 0 (not "other hardship":
/// the clause's parenthesis deliberately limits the exited to the later exits).
///
/// The clause covers people 参加城乡居民基本医疗保险: in the employees' scheme it does not apply
/// (a determined no); in no scheme, a resident who would qualify is told that enrolling in the
/// residents' scheme makes it a yes.
///
/// From 2021 the medical rules changed and were not encoded (the rates and the contribution are
/// unknown in the data): not determined for everyone (`NoRuleForYear`).
fn medical_subsidy(r: &Facts, p: &YearParams) -> MedicalSubsidy {
    let (false, Some(medical), Some(full_rate), Some(partial_rate)) =
        (p.transition(), p.medical, p.full_rate, p.partial_rate)
    else {
        return MedicalSubsidy {
            determined: false,
            rate: None,
            contribution_yuan: p.medical,
            amount_yuan: None,
            resident_pays_yuan: None,
            provisional: true,
            reason: Reason {
                readings: p.year_readings(),
                ..reason(ReasonCode::NoRuleForYear, None, vec![JRS_2_2_1_MEDICAL])
            },
        };
    };
    let rates = Rates {
        medical,
        full_rate,
        partial_rate,
    };
    let in_scheme = residents_medical_subsidy(r, p, &rates);
    let outside = |code: ReasonCode, hint: Option<Hint>| MedicalSubsidy {
        determined: true,
        rate: Some(Decimal::ZERO),
        amount_yuan: Some(Decimal::ZERO),
        resident_pays_yuan: Some(medical),
        reason: Reason {
            hint,
            readings: p.year_readings(),
            ..reason(code, in_scheme.reason.decided_by, vec![JRS_2_2_1_MEDICAL])
        },
        ..in_scheme.clone()
    };
    let would_help = in_scheme.rate.is_some_and(|r| !r.is_zero());
    match r.medical_scheme {
        MedicalScheme::Residents => in_scheme,
        MedicalScheme::Employee => outside(ReasonCode::InEmployeeMedicalScheme, None),
        MedicalScheme::None if would_help => {
            outside(ReasonCode::NotInMedicalScheme, Some(Hint::EnrolMedical))
        }
        MedicalScheme::None => in_scheme,
    }
}

/// A year's medical figures, all known.
struct Rates {
    medical: Decimal,
    full_rate: Decimal,
    partial_rate: Decimal,
}

/// The subsidy for a resident in the residents' medical scheme.
fn residents_medical_subsidy(r: &Facts, p: &YearParams, k: &Rates) -> MedicalSubsidy {
    let s: Statuses = r.statuses;
    let held = |list: &'static [Status]| list.iter().copied();
    // The lifted-out count only from the cut-off date (含2016年8月1日后…退出的).
    let full = held(p.period.medical_full)
        .find(|x| s.has(*x) && (*x != Status::RegisteredPoorExited || r.exited_on_or_after_cutoff));
    let partial = held(p.period.medical_partial).find(|x| s.has(*x));
    let (rate, code, decided_by) = match (full, partial) {
        (Some(st), _) => (Some(k.full_rate), ReasonCode::FullSubsidy, Some(st)),
        (None, Some(st)) => (Some(k.partial_rate), ReasonCode::PartialSubsidy, Some(st)),
        (None, None) if s.has(Status::SevereDisability) => (
            None,
            ReasonCode::NotDetermined,
            Some(Status::SevereDisability),
        ),
        (None, None) if s.has(Status::RegisteredPoorExited) => (
            Some(Decimal::ZERO),
            ReasonCode::ExitedBeforeCutoff,
            Some(Status::RegisteredPoorExited),
        ),
        (None, None) => (Some(Decimal::ZERO), ReasonCode::NoQualifyingStatus, None),
    };
    let amount = rate.map(|rate| round_subsidy_to_fen(rate * k.medical));
    let readings = p
        .year_readings()
        .with_if(
            Reading::ExitDateOnOrAfter,
            s.has(Status::RegisteredPoorExited) && !s.has(Status::RegisteredPoor),
        )
        .with_if(
            Reading::ExitedBeforeCutoffNoSubsidy,
            code == ReasonCode::ExitedBeforeCutoff,
        )
        .with_if(
            Reading::WholeYearForMedical,
            matches!(code, ReasonCode::FullSubsidy | ReasonCode::PartialSubsidy),
        );
    MedicalSubsidy {
        determined: rate.is_some(),
        rate,
        contribution_yuan: Some(k.medical),
        amount_yuan: amount,
        resident_pays_yuan: amount.map(|a| k.medical - a),
        provisional: p.medical_provisional,
        reason: Reason {
            readings,
            ..reason(
                code,
                decided_by,
                vec![JRS_2_2_1_MEDICAL, JRS_1_POOR_PERSONS],
            )
        },
    }
}
