//! Where this calculator is deployed: the one place a portal sets its own data.
//!
//! JRS-2018-3 二(一)1 has the government pay **at least** the minimum tier ("代缴不低于最低缴费
//! 档次的养老保险费"): a county may pay more. A deployment sets its place, the tier it pays (never
//! below the year's minimum: the larger of the two is paid and budgeted), and its office (shown
//! with the next steps of an answer and on the print slip). Without an office the next steps
//! stay generic. Edit [`DEPLOYMENT`] and rebuild; the rules digest covers the payment tier.

use rust_decimal::Decimal;

/// A deployment's own office, where residents go (all optional texts, in both languages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Office {
    /// Name, Chinese and English.
    pub name: (&'static str, &'static str),
    /// Address, Chinese and English.
    pub address: (&'static str, &'static str),
    /// Telephone.
    pub phone: &'static str,
    /// Opening hours, Chinese and English.
    pub hours: (&'static str, &'static str),
}

/// A deployment's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deployment {
    /// The place the budget is made for, Chinese and English (named beside the amount).
    pub place: (&'static str, &'static str),
    /// The tier the place pays for each person, 元/年, when it pays more than the minimum;
    /// `None`: the year's minimum tier. Never below the minimum (the larger is paid).
    pub payment_tier: Option<Decimal>,
    /// The office residents go to; `None`: the next steps name the usual offices generically.
    pub office: Option<Office>,
}

/// This deployment: 唐山高新区, whose budget request (TGRS-2018-4) budgets the minimum tier,
/// 100 元 (33 元 × 3 levels); no office of its own is recorded in the sources.
pub const DEPLOYMENT: Deployment = Deployment {
    place: ("唐山高新区", "Tangshan High-tech Zone"),
    payment_tier: None,
    office: None,
};

impl Deployment {
    /// What the place pays for a person in a year whose minimum tier is `minimum`: the
    /// deployment's tier, never less than the minimum.
    pub fn payment(&self, minimum: Decimal) -> Decimal {
        self.payment_tier.map_or(minimum, |t| t.max(minimum))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn a_local_tier_is_paid_when_above_the_minimum_and_never_below_it() {
        let mut d = DEPLOYMENT;
        assert_eq!(d.payment(dec!(100)), dec!(100));
        d.payment_tier = Some(dec!(200));
        assert_eq!(d.payment(dec!(100)), dec!(200));
        d.payment_tier = Some(dec!(50));
        assert_eq!(d.payment(dec!(100)), dec!(100));
    }
}
