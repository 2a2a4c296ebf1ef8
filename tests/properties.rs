//! Properties that hold for every input (proptest): exact level shares, monotone answers,
//! order independence, linear budgets, and JSON round trips of the contract.

use daijiao::budget::{budget, Fiscal, MAX_PEOPLE};
use daijiao::cli::{answer_line, parse_line};
use daijiao::contract::{CheckAnswer, DecisionOut, ResidentIn};
use daijiao::input::{Date, MedicalScheme, Pension, Resident, Status, Statuses};
use daijiao::rules::{evaluate, Decision};
use proptest::prelude::*;
use proptest::test_runner::{FailurePersistence, FileFailurePersistence};
use rust_decimal::Decimal;

fn fiscal() -> impl Strategy<Value = Fiscal> {
    prop_oneof![Just(Fiscal::Ordinary), Just(Fiscal::ProvinceDirect)]
}

/// Every encoded policy year.
fn year() -> impl Strategy<Value = u16> {
    prop::sample::select(daijiao::policy::params::POLICY_YEARS.to_vec())
}

/// The years whose payment amount and split are known (a budget can be made).
fn budget_year() -> impl Strategy<Value = u16> {
    let years: Vec<u16> = daijiao::policy::params::POLICY_YEARS
        .into_iter()
        .filter(|y| budget(i64::from(*y), 1, Fiscal::Ordinary).is_ok())
        .collect();
    assert_eq!(years, [2018, 2019, 2020]);
    prop::sample::select(years)
}

fn pension() -> impl Strategy<Value = Pension> {
    prop::sample::select(Pension::ALL.to_vec())
}

/// A valid resident: the exit date is present exactly with the lifted-out status.
fn resident() -> impl Strategy<Value = Resident> {
    (
        year(),
        0u8..=130,
        0u8..(1u8 << Status::COUNT),
        pension(),
        2014u16..=2020,
        1u8..=12,
        1u8..=28,
        prop::sample::select(MedicalScheme::ALL.to_vec()),
    )
        .prop_map(|(year, age, bits, pension, ey, em, ed, medical_scheme)| {
            let statuses = Statuses::from_bits(bits);
            let exited_on = statuses
                .has(Status::RegisteredPoorExited)
                .then(|| Date::new(ey.min(year), em, ed).unwrap());
            Resident {
                year,
                age,
                born: None,
                statuses,
                exited_on,
                pension,
                medical_scheme,
            }
        })
}

fn line(r: &Resident, order: &[Status]) -> String {
    let statuses: Vec<&str> = order.iter().map(|s| s.code()).collect();
    let mut v = serde_json::json!({"year": r.year, "age": r.age, "statuses": statuses, "pension": r.pension.code()});
    if let Some(d) = r.exited_on {
        v["exited_on"] = d.to_string().into();
    }
    if r.medical_scheme != MedicalScheme::Residents {
        v["medical_scheme"] = r.medical_scheme.code().into();
    }
    v.to_string()
}

/// An answer's "size" in each dimension, to compare for monotonicity.
fn level(d: &Decision) -> (bool, Decimal, bool, Decimal, Decimal) {
    (
        d.pension_contribution.government_pays,
        // paying an amount not found counts as paying 0 (still above not paying)
        d.pension_contribution
            .government_amount_yuan
            .unwrap_or_default(),
        d.direct_claim.eligible,
        // not determined counts as the lowest answer: adding a status may decide it
        d.medical_subsidy.rate.unwrap_or_default(),
        d.medical_subsidy.amount_yuan.unwrap_or_default(),
    )
}

/// Where proptest keeps the seeds of past failures, replayed before any new case:
/// `tests/properties.proptest-regressions` (committed).
fn persistence() -> FileFailurePersistence {
    FileFailurePersistence::WithSource("proptest-regressions")
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 2000,
        failure_persistence: Some(Box::new(persistence())),
        ..ProptestConfig::default()
    }
}

#[test]
fn the_committed_regressions_are_found_where_proptest_replays_them() {
    let seeds = persistence().load_persisted_failures2(Some(file!()));
    assert!(
        !seeds.is_empty(),
        "tests/properties.proptest-regressions is not read"
    );
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_level_shares_always_sum_exactly_to_the_total(y in budget_year(), people in 0..=MAX_PEOPLE, f in fiscal()) {
        let b = budget(i64::from(y), people, f).unwrap();
        let exact: Decimal = b.levels.iter().map(|l| l.exact_yuan).sum();
        prop_assert_eq!(exact, b.total_yuan);
        prop_assert_eq!(b.budgeted_total_yuan + b.settlement_total_yuan, b.total_yuan);
        for l in &b.levels {
            prop_assert!(l.exact_yuan >= Decimal::ZERO);
            prop_assert!(l.settlement_yuan >= Decimal::ZERO, "rounding down never over-budgets");
            prop_assert_eq!(l.exact_yuan.scale() <= 2, true);
        }
    }

    #[test]
    fn the_budget_is_linear_in_people(y in budget_year(), n in 0..=MAX_PEOPLE / 2, m in 0..=MAX_PEOPLE / 2, f in fiscal()) {
        let (a, b, ab) = (budget(i64::from(y), n, f).unwrap(), budget(i64::from(y), m, f).unwrap(), budget(i64::from(y), n + m, f).unwrap());
        prop_assert_eq!(a.total_yuan + b.total_yuan, ab.total_yuan);
        prop_assert_eq!(a.budgeted_total_yuan + b.budgeted_total_yuan, ab.budgeted_total_yuan);
        for i in 0..3 {
            prop_assert_eq!(a.levels[i].budgeted_yuan + b.levels[i].budgeted_yuan, ab.levels[i].budgeted_yuan);
            // the exact split rounds each total to the fen: within two fen of additive
            let d = (a.levels[i].exact_yuan + b.levels[i].exact_yuan - ab.levels[i].exact_yuan).abs();
            prop_assert!(d <= Decimal::new(2, 2), "level {} off by {}", i, d);
        }
    }

    #[test]
    fn adding_a_status_never_lowers_an_answer(mut r in resident(), s in prop::sample::select(Status::ALL.to_vec()), ey in 2014u16..=2020, em in 1u8..=12) {
        r.statuses = r.statuses.without(s);
        if s == Status::RegisteredPoorExited {
            r.exited_on = None;
        }
        let mut more = r.clone();
        more.statuses = r.statuses.with(s);
        if s == Status::RegisteredPoorExited {
            more.exited_on = Some(Date::new(ey.min(r.year), em, 1).unwrap());
        }
        let (a, b) = (level(&evaluate(&r).unwrap()), level(&evaluate(&more).unwrap()));
        prop_assert!(b.0 >= a.0 && b.1 >= a.1 && b.2 >= a.2 && b.3 >= a.3 && b.4 >= a.4, "{:?} -> {:?}", a, b);
    }

    #[test]
    fn status_order_never_matters(r in resident(), seed in any::<u64>()) {
        let mut order: Vec<Status> = r.statuses.iter().collect();
        let sorted = line(&r, &order);
        // a seeded Fisher–Yates shuffle
        let mut x = seed | 1;
        for i in (1..order.len()).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            order.swap(i, (x % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(answer_line(sorted.as_bytes(), 1), answer_line(line(&r, &order).as_bytes(), 1));
    }

    #[test]
    fn the_real_contract_types_round_trip_through_json(r in resident()) {
        // the input record: Resident -> ResidentIn -> JSON -> the CLI's parser -> the same Resident
        let text = serde_json::to_string(&ResidentIn::from(&r)).unwrap();
        let as_value = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
        prop_assert_eq!(as_value(&text), as_value(&line(&r, &r.statuses.iter().collect::<Vec<_>>())));
        let (parsed, _) = parse_line(text.as_bytes()).unwrap();
        prop_assert_eq!(&parsed, &r);
        // the output record: the answer line -> CheckAnswer -> JSON -> the same line, and the
        // decision read back equals the decision written
        let (answer, ok) = answer_line(text.as_bytes(), 1);
        prop_assert!(ok);
        let back: CheckAnswer = serde_json::from_str(&answer).unwrap();
        prop_assert_eq!(&serde_json::to_string(&back).unwrap(), &answer);
        let written = DecisionOut::new(&evaluate(&r).unwrap(), None);
        prop_assert_eq!(back, CheckAnswer::Decision(Box::new(written)));
        let v: serde_json::Value = serde_json::from_str(&answer).unwrap();
        // the answer's own fields say what the decision says
        let d = evaluate(&r).unwrap();
        prop_assert_eq!(v["pension_contribution"]["government_pays"].as_bool(), Some(d.pension_contribution.government_pays));
        prop_assert_eq!(v["direct_claim"]["eligible"].as_bool(), Some(d.direct_claim.eligible));
        prop_assert_eq!(v["medical_subsidy"]["amount_yuan"].as_str().map(|a| a.parse::<Decimal>().unwrap()), d.medical_subsidy.amount_yuan);
    }

    #[test]
    fn any_line_of_bytes_is_answered_with_one_json_object(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let (answer, _) = answer_line(&bytes, 1);
        let v: serde_json::Value = serde_json::from_str(&answer).unwrap();
        prop_assert!(v.is_object());
    }
}
