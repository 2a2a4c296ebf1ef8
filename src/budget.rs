//! The clerk's budget: the government payment for N people, split between province, city and
//! county (JRS-2018-3 二(一)1), exact to the fen and as the request document budgets it
//! (TGRS-2018-4: whole yuan per person per level, the difference settled at year end).

use crate::input::{check_year, year_not_covered, Args, ErrorCode, Expected, Field, InputError};
use crate::money::{budget_whole_yuan_down, split_exact};
use crate::policy::clauses::{Clause, JRS_2_1_1_PAYMENT, TGRS_2018_4_BUDGET};
use crate::policy::deployment::{Deployment, DEPLOYMENT};
use crate::policy::params::{GOVERNMENT_PAYMENT_TIER, SPLIT_ORDINARY, SPLIT_PROVINCE_DIRECT};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The most people one budget may cover (above Hebei's whole population).
pub const MAX_PEOPLE: u64 = 100_000_000;

/// Who bears the city's third.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "kebab-case")
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema, ts_rs::TS))]
pub enum Fiscal {
    /// Province 1 : city 1 : county 1.
    Ordinary,
    /// 省财政直管县(市): province 2 : county 1.
    ProvinceDirect,
}

impl Fiscal {
    /// The contract's name.
    pub fn code(self) -> &'static str {
        match self {
            Fiscal::Ordinary => "ordinary",
            Fiscal::ProvinceDirect => "province-direct",
        }
    }

    /// Both arrangements, in contract order.
    pub const ALL: [Fiscal; 2] = [Fiscal::Ordinary, Fiscal::ProvinceDirect];

    /// The arrangement named `code`.
    pub fn from_code(code: &str) -> Option<Fiscal> {
        Fiscal::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The arrangement of a loose `fiscal` value: null is `ordinary`.
    pub fn from_field(fiscal: Field) -> Result<Fiscal, InputError> {
        match fiscal {
            Field::Null => Ok(Fiscal::Ordinary),
            Field::Str(f) => Fiscal::from_code(&f).ok_or_else(|| {
                InputError::unknown_value(
                    "fiscal",
                    &f,
                    crate::input::names(Fiscal::ALL.iter().map(|f| f.code())),
                )
            }),
            other => Err(InputError::wrong_type("fiscal", Expected::String, &other)),
        }
    }
}

/// A level of government.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "snake_case")
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema, ts_rs::TS))]
pub enum Level {
    /// 省.
    Province,
    /// 设区市.
    City,
    /// 县(市、区).
    County,
}

impl Level {
    /// Province, city, county.
    pub const ALL: [Level; 3] = [Level::Province, Level::City, Level::County];

    /// The contract's name.
    pub fn code(self) -> &'static str {
        match self {
            Level::Province => "province",
            Level::City => "city",
            Level::County => "county",
        }
    }
}

/// One level's part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelShare {
    /// Which level.
    pub level: Level,
    /// Its weight in the split (1, 2 or 0).
    pub weight: u32,
    /// Its exact part of the total, to the fen (largest-remainder split).
    pub exact_yuan: Decimal,
    /// Budgeted per person, whole yuan, rounded down (TGRS-2018-4's 33 元).
    pub per_person_budgeted_yuan: Decimal,
    /// Budgeted: per person × people.
    pub budgeted_yuan: Decimal,
    /// Left for the year-end settlement: exact − budgeted.
    pub settlement_yuan: Decimal,
}

/// A budget for N people in one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Budget {
    /// Policy year.
    pub year: u16,
    /// Number of people.
    pub people: u64,
    /// Fiscal arrangement.
    pub fiscal: Fiscal,
    /// The government payment per person (the tier), 元.
    pub per_person_yuan: Decimal,
    /// people × per person.
    pub total_yuan: Decimal,
    /// Province, city, county.
    pub levels: Vec<LevelShare>,
    /// Σ budgeted.
    pub budgeted_total_yuan: Decimal,
    /// Σ settlement.
    pub settlement_total_yuan: Decimal,
    /// True when the per-person payment is provisional for that year.
    pub provisional: bool,
    /// The clauses behind the figures.
    pub clauses: Vec<Clause>,
}

fn people_error(people: impl std::fmt::Display) -> InputError {
    InputError::out_of_range("people", people, 0, MAX_PEOPLE)
}

/// A budget request, validated: the one parser behind the CLI's arguments, the JS API's
/// `budget(year, people, fiscal)` and the clerk page's form, so that each gives the same
/// error for the same input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Request {
    /// Policy year, within the encoded period.
    pub year: u16,
    /// Number of people, 0 to [`MAX_PEOPLE`].
    pub people: u64,
    /// Fiscal arrangement (`ordinary` when not given).
    pub fiscal: Fiscal,
}

impl Request {
    /// Checks the three loose values: `year` (integer, an encoded year), `people` (integer,
    /// 0 to [`MAX_PEOPLE`]) and `fiscal` (`ordinary`, `province-direct`, or null for
    /// `ordinary`). The first problem found is returned, in that order.
    ///
    /// ```
    /// use daijiao::budget::Request;
    /// use daijiao::input::{ErrorCode, Field};
    /// let ok = Request::from_fields(Field::Int(2018), Field::Int(700), Field::Null).unwrap();
    /// assert_eq!(ok.people, 700);
    /// let e = Request::from_fields(Field::Int(2018), Field::Int(-5), Field::Null).unwrap_err();
    /// assert_eq!((e.field.as_str(), e.code), ("people", ErrorCode::OutOfRange));
    /// ```
    pub fn from_fields(year: Field, people: Field, fiscal: Field) -> Result<Request, InputError> {
        let missing = |field: &str| InputError::new(field, ErrorCode::Missing, Args::default());
        let year = match year {
            Field::Null => return Err(missing("year")),
            Field::Int(y) => check_year("year", y)?,
            other => return Err(InputError::wrong_type("year", Expected::Integer, &other)),
        };
        let people = match people {
            Field::Null => return Err(missing("people")),
            Field::Int(n) => u64::try_from(n)
                .ok()
                .filter(|n| *n <= MAX_PEOPLE)
                .ok_or_else(|| people_error(n))?,
            other => return Err(InputError::wrong_type("people", Expected::Count, &other)),
        };
        let fiscal = Fiscal::from_field(fiscal)?;
        Ok(Request {
            year,
            people,
            fiscal,
        })
    }

    /// The budget this request asks for.
    pub fn budget(&self) -> Result<Budget, InputError> {
        budget(i64::from(self.year), self.people, self.fiscal)
    }
}

/// The budget for `people` people in `year` under `fiscal`.
///
/// Errors: a year outside 2018–2020 (`year`), more than [`MAX_PEOPLE`] people (`people`).
///
/// ```
/// use daijiao::budget::{budget, Fiscal};
/// use rust_decimal_macros::dec;
/// let b = budget(2018, 700, Fiscal::Ordinary).unwrap();
/// assert_eq!(b.levels[2].per_person_budgeted_yuan, dec!(33));
/// assert_eq!(b.levels[2].budgeted_yuan, dec!(23100));
/// // 2021 is covered, but its split was not found: an error naming the year, never a guess
/// assert_eq!(budget(2021, 700, Fiscal::Ordinary).unwrap_err().code.code(), "value_unknown");
/// assert!(budget(2030, 700, Fiscal::Ordinary).is_err());
/// ```
pub fn budget(year: i64, people: u64, fiscal: Fiscal) -> Result<Budget, InputError> {
    budget_in(year, people, fiscal, &DEPLOYMENT)
}

/// [`budget`] for a deployment other than this one's [`DEPLOYMENT`] (its own payment tier).
pub fn budget_in(
    year: i64,
    people: u64,
    fiscal: Fiscal,
    dep: &Deployment,
) -> Result<Budget, InputError> {
    let year = check_year("year", year)?;
    if people > MAX_PEOPLE {
        return Err(people_error(people));
    }
    let split = match fiscal {
        Fiscal::Ordinary => SPLIT_ORDINARY.at(year),
        Fiscal::ProvinceDirect => SPLIT_PROVINCE_DIRECT.at(year),
    };
    let (Some(tier), Some(split)) = (GOVERNMENT_PAYMENT_TIER.at(year), split) else {
        return Err(year_not_covered("year", i64::from(year)));
    };
    // A covered year whose amount or split was not found (from 2021): said, never guessed.
    let (Some(minimum), Some(weights)) = (tier.value, split.value) else {
        let mut missing = Vec::new();
        if tier.value.is_none() {
            missing.push(GOVERNMENT_PAYMENT_TIER.name);
        }
        if split.value.is_none() {
            missing.push(match fiscal {
                Fiscal::Ordinary => SPLIT_ORDINARY.name,
                Fiscal::ProvinceDirect => SPLIT_PROVINCE_DIRECT.name,
            });
        }
        return Err(InputError::new(
            "year",
            ErrorCode::ValueUnknown,
            Args {
                value: year.to_string(),
                allowed: missing.join(", "),
                ..Args::default()
            },
        ));
    };
    // At least the minimum tier (二(一)1 "不低于"): the deployment's own tier when it pays more.
    let per_person = dep.payment(minimum);
    let n = Decimal::from(people);
    let total = per_person * n;
    let exact = split_exact(total, &weights).ok_or_else(|| people_error(people))?;
    let sum: u32 = weights.iter().sum();
    let mut levels = Vec::with_capacity(3);
    for ((level, weight), exact_yuan) in Level::ALL.into_iter().zip(weights).zip(exact) {
        // JRS-2018-3 二(一)1 shares; TGRS-2018-4 budgets each level's per-person share in whole yuan.
        let share = per_person * Decimal::from(weight) / Decimal::from(sum);
        let per_person_budgeted_yuan = budget_whole_yuan_down(share);
        let budgeted_yuan = per_person_budgeted_yuan * n;
        levels.push(LevelShare {
            level,
            weight,
            exact_yuan,
            per_person_budgeted_yuan,
            budgeted_yuan,
            settlement_yuan: exact_yuan - budgeted_yuan,
        });
    }
    let budgeted_total_yuan = levels.iter().map(|l| l.budgeted_yuan).sum();
    Ok(Budget {
        year,
        people,
        fiscal,
        per_person_yuan: per_person,
        total_yuan: total,
        settlement_total_yuan: total - budgeted_total_yuan,
        budgeted_total_yuan,
        levels,
        provisional: tier.provisional,
        clauses: vec![JRS_2_1_1_PAYMENT, TGRS_2018_4_BUDGET],
    })
}

/// An amount in 万元 (ten thousand yuan), exact: 23100 → 2.31.
pub fn wan_yuan(yuan: Decimal) -> Decimal {
    (yuan / dec!(10000)).normalize()
}
