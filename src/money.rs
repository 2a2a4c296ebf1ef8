//! Money: yuan amounts as [`rust_decimal::Decimal`], and every rounding the product does.
//!
//! No float ever touches an amount. Amounts enter as exact decimals from the parameter
//! tables ([`crate::policy::params`]) and leave as decimal strings with two places (fen).
//! Each rounding below has a name, a reason, and is the only place that rounding happens.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// One fen (分), the smallest amount the product ever shows or pays.
pub const FEN: Decimal = dec!(0.01);

/// The name of the budget's rounding ([`budget_whole_yuan_down`]), stamped on every budget.
pub const BUDGET_ROUNDING: &str = "whole_yuan_per_person_per_level_down";

/// The name of the exact split's rounding ([`split_exact`]), stamped on every budget.
pub const EXACT_ROUNDING: &str = "largest_remainder_to_the_fen";

/// Formats a yuan amount with exactly two decimal places (fen), e.g. `100.00`.
///
/// Every amount the core produces is already a whole number of fen, so this only pads
/// the scale; it never changes the value (checked by the caller's tests).
pub fn fmt_yuan(amount: Decimal) -> String {
    let mut a = amount;
    a.rescale(2);
    a.to_string()
}

/// Formats a rate or a share without trailing zeros: `1`, `0.6`, `0`.
pub fn fmt_plain(value: Decimal) -> String {
    value.normalize().to_string()
}

/// **Rounding: subsidy amount to the fen, half away from zero.**
///
/// Used for the medical subsidy (rate × individual contribution). With the encoded
/// parameters (60% of 220 / 250 / 280 元) the product is already whole fen, so this rounding
/// never changes a value today; it is named so that a future parameter cannot silently produce
/// a sub-fen amount. Half away from zero is the usual rule for amounts paid to a person.
pub fn round_subsidy_to_fen(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// **Rounding: a budgeted per-person share, down to whole yuan.**
///
/// TGRS-2018-4 budgets the district's third of the 100 元 payment (33.33… 元) as 33 元 per
/// person, and settles the difference at year end (多退少补). Rounding *down* reproduces that
/// figure and never requests more than the exact share, so the settlement is always a top-up.
/// (Round-half-up would also give 33 here; down is our reading — see the policy page.)
pub fn budget_whole_yuan_down(amount: Decimal) -> Decimal {
    amount.trunc()
}

/// **Rounding: split a total exactly, to the fen, by integer weights (largest remainder).**
///
/// Each part gets `floor(total_fen × weight / Σweights)` fen; the fen left over (fewer than the
/// number of parts with a non-zero weight) go one each to the parts with the largest remainders,
/// ties broken by position (province before city before county). The parts always sum to the
/// total exactly. Used for the province : city : county cost split of JRS-2018-3 二(一)1.
///
/// Returns `None` if the total is not a whole number of fen, is negative, or the weights sum to 0.
pub fn split_exact(total: Decimal, weights: &[u32]) -> Option<Vec<Decimal>> {
    let sum: u64 = weights.iter().map(|&w| u64::from(w)).sum();
    if sum == 0 || total.is_sign_negative() {
        return None;
    }
    let fen = total.checked_mul(dec!(100))?;
    if !fen.fract().is_zero() {
        return None;
    }
    let fen: u128 = fen.trunc().to_u128()?;
    let sum = u128::from(sum);
    let mut parts: Vec<u128> = Vec::with_capacity(weights.len());
    let mut remainders: Vec<(u128, usize)> = Vec::with_capacity(weights.len());
    for (i, &w) in weights.iter().enumerate() {
        let num = fen.checked_mul(u128::from(w))?;
        parts.push(num / sum);
        remainders.push((num % sum, i));
    }
    let given: u128 = parts.iter().sum();
    let mut left = fen - given;
    // Largest remainder first; on a tie, the earlier position first.
    remainders.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for &(rem, i) in &remainders {
        if left == 0 {
            break;
        }
        if rem > 0 {
            parts[i] += 1;
            left -= 1;
        }
    }
    debug_assert_eq!(left, 0);
    parts
        .into_iter()
        .map(|p| {
            let p = i128::try_from(p).ok()?;
            Decimal::try_from_i128_with_scale(p, 2)
                .ok()
                .map(|d| d.normalize())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seventy_thousand_yuan_split_in_thirds_gives_the_odd_fen_to_the_province() {
        let parts = split_exact(dec!(70000), &[1, 1, 1]).unwrap();
        assert_eq!(parts, vec![dec!(23333.34), dec!(23333.33), dec!(23333.33)]);
    }

    #[test]
    fn two_to_one_split_keeps_the_sum() {
        let parts = split_exact(dec!(100), &[2, 0, 1]).unwrap();
        assert_eq!(parts, vec![dec!(66.67), dec!(0), dec!(33.33)]);
        assert_eq!(parts.iter().sum::<Decimal>(), dec!(100));
    }

    #[test]
    fn a_sub_fen_total_or_zero_weights_cannot_be_split() {
        assert_eq!(split_exact(dec!(0.001), &[1, 1, 1]), None);
        assert_eq!(split_exact(dec!(1), &[0, 0]), None);
        assert_eq!(split_exact(dec!(-1), &[1]), None);
    }

    #[test]
    fn the_district_share_of_100_yuan_is_budgeted_as_33() {
        assert_eq!(budget_whole_yuan_down(dec!(100) / dec!(3)), dec!(33));
        assert_eq!(budget_whole_yuan_down(dec!(200) / dec!(3)), dec!(66));
    }

    #[test]
    fn yuan_are_shown_to_the_fen() {
        assert_eq!(fmt_yuan(dec!(100)), "100.00");
        assert_eq!(fmt_yuan(dec!(132.0)), "132.00");
        assert_eq!(fmt_plain(dec!(0.60)), "0.6");
        assert_eq!(fmt_plain(dec!(1.0)), "1");
    }

    #[test]
    fn subsidy_rounding_is_half_away_from_zero() {
        assert_eq!(round_subsidy_to_fen(dec!(0.005)), dec!(0.01));
        assert_eq!(round_subsidy_to_fen(dec!(0.6) * dec!(220)), dec!(132));
    }
}
