//! The rules: one resident, one policy year, every resident question of JRS-2018-3
//! 二(一) and 二(二)1, answered with the clause that decided it.
//!
//! [`evaluate`] is the single entry point every shell calls. It is pure: no I/O, no clock,
//! no float. Each rule function opens with the clause it implements.

use crate::input::{Date, MedicalScheme, Pension, Resident, Status, Statuses};
use crate::money::round_subsidy_to_fen;
use crate::policy::clauses::{
    Clause, GF_2014_8_AGES, GF_2014_8_SEVERE_DISABILITY, JRS_1_POOR_PERSONS,
    JRS_2_1_1_DIRECT_CLAIM, JRS_2_1_1_PAYMENT, JRS_2_1_2_WHOLE_YEAR, JRS_2_2_1_MEDICAL,
};
use crate::policy::deployment::{Deployment, DEPLOYMENT};
use crate::policy::params::{
    Tier, BASIC_PENSION_MONTHLY, DIRECT_CLAIM, ENROL_MIN_AGE, GOVERNMENT_PAYMENT_TIER, LAST_YEAR,
    MEDICAL_CONTRIBUTION, MEDICAL_EXIT_CUTOFF, MEDICAL_FULL, MEDICAL_FULL_RATE, MEDICAL_PARTIAL,
    MEDICAL_PARTIAL_RATE, PENSION_AGE, PENSION_PAYMENT, PENSION_PAYMENT_OTHER_ROUTE, TIERS,
};
use crate::policy::readings::{Reading, Readings};
use rust_decimal::Decimal;

/// The version of the encoded rules and parameters, stamped on every answer.
pub const POLICY_VERSION: &str = "JRS-2018-3/daijiao-rules-1";

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
    /// Whether the government pays this year's contribution.
    pub government_pays: bool,
    /// The tier paid (元/年) when the government pays, else `None`: the deployment's tier,
    /// at least [`Self::minimum_tier_yuan`].
    pub tier_yuan: Option<Decimal>,
    /// The year's minimum tier, the floor the clause sets ("不低于最低缴费档次"), when the
    /// government pays.
    pub minimum_tier_yuan: Option<Decimal>,
    /// What the government pays (元; 0 when it does not).
    pub government_amount_yuan: Decimal,
    /// What the resident pays on that tier (0 when the government pays; `None` otherwise,
    /// since the resident then chooses a tier).
    pub resident_amount_yuan: Option<Decimal>,
    /// The contribution subsidy (缴费补贴) on the paid tier, when the government pays.
    pub subsidy_yuan: Option<Decimal>,
    /// That year's tiers with the subsidy of each (all of them: [`Self::tiers_offered`] is
    /// what this resident may choose from).
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
    /// True exactly for this route.
    pub eligible: bool,
    /// With a birth month whose 60th birthday falls in the year: the earliest month the
    /// pension can start, the month after that birthday month ("自办理手续次月起"; later if the
    /// procedure is done later). `(year, month)`.
    pub earliest_start_month: Option<(u16, u8)>,
    /// The minimum basic pension (元/月) that year, `None` when unknown.
    pub monthly_pension_yuan: Option<Decimal>,
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
    /// The year's individual contribution (元).
    pub contribution_yuan: Decimal,
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

/// Internal: a year's parameters, all present (the resident's year is validated).
struct YearParams {
    /// The year's minimum tier (the floor of 二(一)1 "不低于最低缴费档次").
    minimum_tier: Decimal,
    /// What the deployment pays: the minimum tier, or its own higher tier.
    tier: Decimal,
    tier_provisional: bool,
    tiers: &'static [Tier],
    tiers_provisional: bool,
    pension: Option<Decimal>,
    pension_provisional: bool,
    medical: Decimal,
    medical_provisional: bool,
    full_rate: Decimal,
    partial_rate: Decimal,
}

impl YearParams {
    fn at(year: u16, dep: &Deployment) -> Option<YearParams> {
        let tier = GOVERNMENT_PAYMENT_TIER.at(year)?;
        let tiers = TIERS.at(year)?;
        let pension = BASIC_PENSION_MONTHLY.at(year)?;
        let medical = MEDICAL_CONTRIBUTION.at(year)?;
        let minimum_tier = tier.value?;
        Some(YearParams {
            minimum_tier,
            tier: dep.payment(minimum_tier),
            tier_provisional: tier.provisional,
            tiers: tiers.value?,
            tiers_provisional: tiers.provisional,
            pension: pension.value,
            pension_provisional: pension.provisional,
            medical: medical.value?,
            medical_provisional: medical.provisional,
            full_rate: MEDICAL_FULL_RATE.at(year)?.value?,
            partial_rate: MEDICAL_PARTIAL_RATE.at(year)?.value?,
        })
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
        pension_contribution: pension_contribution(f, &p),
        direct_claim: direct_claim(f, &p),
        medical_subsidy: medical_subsidy(f, &p),
        policy_version: POLICY_VERSION,
    })
}

/// JRS-2018-3 一: 贫困人员 are 建档立卡贫困人口 (包括已脱贫人口和未脱贫人口), 低保对象, 特困人员
/// (the data's `pension_payment` list). Order of preference when several are held (which one
/// "decided"): the clause's own order. `other_hardship` is not among them for the pension
/// payment: 二(一)1 names 贫困人员 (reading `poor_persons_as_listed`: the "等" of 一 is not widened).
pub const PENSION_STATUSES: [Status; 4] = PENSION_PAYMENT;

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
/// a 贫困人员 status; age 16–59; enrolled in the residents' scheme.
///
/// 国发〔2014〕8号 三(三) (excerpt, see `clauses::GF_2014_8_SEVERE_DISABILITY`): "对重度残疾人等
/// 缴费困难群体,地方人民政府为其代缴部分或全部最低标准的养老保险费". A 重度残疾人 who is not a
/// 贫困人员 qualifies under that clause (Hebei counties pay the minimum tier for them), with the
/// same ages and enrolment; the amount, the year's payment tier, is provisional on this route.
fn pension_contribution(r: &Facts, p: &YearParams) -> PensionContribution {
    let poor = PENSION_STATUSES.into_iter().find(|s| r.statuses.has(*s));
    let severe = PENSION_PAYMENT_OTHER_ROUTE
        .into_iter()
        .find(|s| poor.is_none() && r.statuses.has(*s));
    let decided_by = poor.or(severe);
    let base: &[Clause] = if severe.is_some() {
        &[GF_2014_8_SEVERE_DISABILITY, JRS_2_1_1_PAYMENT]
    } else {
        &[JRS_2_1_1_PAYMENT, JRS_2_1_2_WHOLE_YEAR, JRS_1_POOR_PERSONS]
    };
    let provisional = p.tier_provisional || severe.is_some();
    let kept_tier = p.tiers.iter().any(|t| t.kept);
    // The readings any answer of this part relies on; the age reading is added once the age
    // is looked at.
    let readings = Readings::NONE
        .with_if(
            Reading::Until2020Inclusive,
            r.year == LAST_YEAR && poor.is_some(),
        )
        .with_if(
            Reading::PoorPersonsAsListed,
            poor.is_none() && r.statuses.has(Status::OtherHardship),
        )
        .with_if(Reading::SevereDisabilityWholeMinimum, severe.is_some())
        .with_if(Reading::KeptTierOnlyForThem, kept_tier);
    let aged = readings.with(age_reading(r));
    let no = |code: ReasonCode, hint: Option<Hint>, extra: Option<Clause>, readings: Readings| {
        let mut clauses = base.to_vec();
        clauses.extend(extra);
        PensionContribution {
            government_pays: false,
            tier_yuan: None,
            minimum_tier_yuan: None,
            government_amount_yuan: Decimal::ZERO,
            resident_amount_yuan: None,
            subsidy_yuan: None,
            tiers: p.tiers,
            kept_tier_offered: decided_by.is_some(),
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
    let subsidy = p
        .tiers
        .iter()
        .find(|t| t.yuan == p.tier)
        .map(|t| t.subsidy_yuan);
    PensionContribution {
        government_pays: true,
        tier_yuan: Some(p.tier),
        minimum_tier_yuan: Some(p.minimum_tier),
        government_amount_yuan: p.tier,
        resident_amount_yuan: Some(Decimal::ZERO),
        subsidy_yuan: subsidy,
        tiers: p.tiers,
        kept_tier_offered: true,
        provisional,
        tiers_provisional: p.tiers_provisional,
        reason: Reason {
            readings: aged,
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
fn direct_claim(r: &Facts, p: &YearParams) -> DirectClaim {
    let decided_by = DIRECT_CLAIM.into_iter().find(|s| r.statuses.has(*s));
    let clauses = vec![JRS_2_1_1_DIRECT_CLAIM, JRS_1_POOR_PERSONS];
    let readings = Readings::NONE.with_if(
        Reading::Until2020Inclusive,
        r.year == LAST_YEAR && decided_by.is_some(),
    );
    let aged = readings.with(age_reading(r));
    let answer = |code: ReasonCode, hint: Option<Hint>, readings: Readings| {
        let eligible = code == ReasonCode::DirectClaimAllowed;
        // "自办理手续次月起": a birth month in this year's 60th birthday names the earliest month.
        let earliest_start_month = match r.birth_month {
            Some(m) if eligible && r.age == PENSION_AGE => Some(month_after(r.year, m)),
            _ => None,
        };
        DirectClaim {
            eligible,
            earliest_start_month,
            monthly_pension_yuan: p.pension,
            provisional: p.pension_provisional,
            reason: Reason {
                hint,
                readings: readings.with_if(
                    Reading::DirectClaimFromMonthAfter,
                    earliest_start_month.is_some(),
                ),
                ..reason(code, decided_by, clauses.clone())
            },
        }
    };
    if decided_by.is_none() {
        return answer(ReasonCode::NotRegisteredPoor, None, readings);
    }
    if r.age < PENSION_AGE {
        let hint = (r.pension == Pension::NotEnrolled).then_some(Hint::ReachAge(PENSION_AGE));
        return answer(ReasonCode::TooYoung, hint, aged);
    }
    match r.pension {
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
fn medical_subsidy(r: &Facts, p: &YearParams) -> MedicalSubsidy {
    let in_scheme = residents_medical_subsidy(r, p);
    let outside = |code: ReasonCode, hint: Option<Hint>| MedicalSubsidy {
        determined: true,
        rate: Some(Decimal::ZERO),
        amount_yuan: Some(Decimal::ZERO),
        resident_pays_yuan: Some(p.medical),
        reason: Reason {
            hint,
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

/// The subsidy for a resident in the residents' medical scheme.
fn residents_medical_subsidy(r: &Facts, p: &YearParams) -> MedicalSubsidy {
    let s: Statuses = r.statuses;
    // The lifted-out count only from the cut-off date (含2016年8月1日后…退出的).
    let full = MEDICAL_FULL
        .into_iter()
        .find(|x| s.has(*x) && (*x != Status::RegisteredPoorExited || r.exited_on_or_after_cutoff));
    let partial = MEDICAL_PARTIAL.into_iter().find(|x| s.has(*x));
    let (rate, code, decided_by) = match (full, partial) {
        (Some(st), _) => (Some(p.full_rate), ReasonCode::FullSubsidy, Some(st)),
        (None, Some(st)) => (Some(p.partial_rate), ReasonCode::PartialSubsidy, Some(st)),
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
    let amount = rate.map(|rate| round_subsidy_to_fen(rate * p.medical));
    let readings = Readings::NONE
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
        contribution_yuan: p.medical,
        amount_yuan: amount,
        resident_pays_yuan: amount.map(|a| p.medical - a),
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
