//! Every parameter of the policy, in one place, with its in-force years, source and confidence.
//!
//! The rows mirror the table "Parameters, with sources" of `shared/policy/README.md`. A value
//! whose confidence is anything but *verified* is [`Confidence::Provisional`], and every answer
//! built on it carries `provisional: true` so that the page shows it as such.
//!
//! Asking for a year outside every row is an error (`None`), never a default: the encoded
//! period is 2018–2020 (JRS-2018-3 二(一)1 "2020年前"); later years are a different policy.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The first and last policy year the core encodes.
pub const FIRST_YEAR: u16 = 2018;
/// See [`FIRST_YEAR`].
pub const LAST_YEAR: u16 = 2020;

/// The policy years the core answers for, oldest first.
pub const POLICY_YEARS: [u16; 3] = [2018, 2019, 2020];

/// How sure we are of a value (the policy page's "confidence" column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    /// Verified against an official or primary source.
    Verified,
    /// From reposts, a single news source, or an assumption the documents do not settle.
    Provisional,
}

/// One dated value of a parameter.
#[derive(Debug, Clone, Copy)]
pub struct Row<T: 'static> {
    /// First policy year the value is in force.
    pub from: u16,
    /// Last policy year the value is in force.
    pub to: u16,
    /// The value; `None` is an explicit "not found in any source" (never a guess).
    pub value: Option<T>,
    /// Where the value comes from (the policy page's "source" column).
    pub source: &'static str,
    /// How sure we are.
    pub confidence: Confidence,
}

/// A parameter: a name and its dated rows.
#[derive(Debug)]
pub struct Param<T: 'static> {
    /// Stable name, used in tests and in BENCHMARKS/README tables.
    pub name: &'static str,
    /// Rows, non-overlapping, covering every year the parameter is known for.
    pub rows: &'static [Row<T>],
}

/// A value looked up for one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Value<T> {
    /// The value, or `None` when the policy page says it is unknown for that year.
    pub value: Option<T>,
    /// True unless the row is verified.
    pub provisional: bool,
    /// The row's source.
    pub source: &'static str,
}

impl<T: Copy> Param<T> {
    /// The value in force in `year`, or `None` if no row covers that year.
    pub fn at(&self, year: u16) -> Option<Value<T>> {
        self.rows
            .iter()
            .find(|r| r.from <= year && year <= r.to)
            .map(|r| Value {
                value: r.value,
                provisional: r.confidence == Confidence::Provisional || r.value.is_none(),
                source: r.source,
            })
    }
}

/// A contribution tier and the contribution subsidy (缴费补贴) paid on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tier {
    /// Annual contribution, 元.
    pub yuan: Decimal,
    /// Contribution subsidy on that tier, 元.
    pub subsidy_yuan: Decimal,
    /// True for the 100 元 tier kept for 贫困人员 after the minimum was raised (JRS-2018-3
    /// 二(一)1 "对其保留100元缴费档次"): offered to them only.
    pub kept: bool,
}

const fn tier(yuan: Decimal, subsidy_yuan: Decimal) -> Tier {
    Tier {
        yuan,
        subsidy_yuan,
        kept: false,
    }
}

const fn kept_tier(yuan: Decimal, subsidy_yuan: Decimal) -> Tier {
    Tier {
        yuan,
        subsidy_yuan,
        kept: true,
    }
}

/// The government payment (代缴) for a 贫困人员: the 100-yuan tier, paid in full.
pub const GOVERNMENT_PAYMENT_TIER: Param<Decimal> = Param {
    name: "government_payment_tier",
    rows: &[
        Row {
            from: 2018,
            to: 2018,
            value: Some(dec!(100)),
            source: "JRS-2018-3 二(一)1; press conference, 河北日报 2018-02-03 (目前标准为每人每年100元); TGRS-2018-4 (33 = 100 ÷ 3)",
            confidence: Confidence::Verified,
        },
        Row {
            from: 2019,
            to: 2020,
            value: Some(dec!(100)),
            source: "JRS-2018-3 二(一)1 (对其保留100元缴费档次); the kept tier as the payment is unverified",
            confidence: Confidence::Provisional,
        },
    ],
};

/// The tiers a resident may choose, with the contribution subsidy of each.
pub const TIERS: Param<&'static [Tier]> = Param {
    name: "tiers",
    rows: &[
        Row {
            from: 2018,
            to: 2018,
            value: Some(&[
                tier(dec!(100), dec!(30)),
                tier(dec!(200), dec!(30)),
                tier(dec!(300), dec!(30)),
                tier(dec!(400), dec!(30)),
                tier(dec!(500), dec!(60)),
                tier(dec!(600), dec!(60)),
                tier(dec!(700), dec!(60)),
                tier(dec!(800), dec!(60)),
                tier(dec!(900), dec!(60)),
                tier(dec!(1000), dec!(60)),
                tier(dec!(1500), dec!(60)),
                tier(dec!(2000), dec!(60)),
                tier(dec!(3000), dec!(60)),
            ]),
            source: "河北省人民政府《关于完善城乡居民基本养老保险制度的实施意见》(c. 2014), reposts only",
            confidence: Confidence::Provisional,
        },
        Row {
            from: 2019,
            to: 2020,
            value: Some(&[
                kept_tier(dec!(100), dec!(30)),
                tier(dec!(200), dec!(30)),
                tier(dec!(300), dec!(45)),
                tier(dec!(500), dec!(60)),
                tier(dec!(1000), dec!(75)),
                tier(dec!(3000), dec!(90)),
                tier(dec!(5000), dec!(105)),
                tier(dec!(8000), dec!(120)),
            ]),
            source: "长城网 2022-06-30 (Hebei reform from 2019; 100 kept for hardship groups); 邢台 table; partly unverified",
            confidence: Confidence::Provisional,
        },
    ],
};

/// The province : city : county weights of the cost split, ordinary counties.
pub const SPLIT_ORDINARY: Param<[u32; 3]> = Param {
    name: "split_ordinary",
    rows: &[Row {
        from: 2018,
        to: 2020,
        value: Some([1, 1, 1]),
        source: "JRS-2018-3 二(一)1 (省、设区市、县(市、区)按1:1:1的比例分担)",
        confidence: Confidence::Verified,
    }],
};

/// The province : city : county weights in a 省财政直管县(市): the province bears the city's third.
pub const SPLIT_PROVINCE_DIRECT: Param<[u32; 3]> = Param {
    name: "split_province_direct",
    rows: &[Row {
        from: 2018,
        to: 2020,
        value: Some([2, 0, 1]),
        source: "JRS-2018-3 二(一)1 (省财政直管县(市)所需资金设区市负担部分由省级财政负担)",
        confidence: Confidence::Verified,
    }],
};

/// Hebei's minimum basic pension (基础养老金), 元 per month.
pub const BASIC_PENSION_MONTHLY: Param<Decimal> = Param {
    name: "basic_pension_monthly",
    rows: &[
        Row {
            from: 2018,
            to: 2018,
            value: Some(dec!(108)),
            source: "长城网 2018-09-11, from 河北人社厅 (108 元/月 from 2018-01-01, up from 90)",
            confidence: Confidence::Verified,
        },
        Row {
            from: 2019,
            to: 2020,
            value: None,
            source: "not found in any source",
            confidence: Confidence::Provisional,
        },
    ],
};

/// The residents' medical insurance individual contribution, 元 per year (national standard).
pub const MEDICAL_CONTRIBUTION: Param<Decimal> = Param {
    name: "medical_contribution",
    rows: &[
        Row {
            from: 2018,
            to: 2018,
            value: Some(dec!(220)),
            source: "national notice for 2018 (220 元); Hebei's own 年度 label unverified",
            confidence: Confidence::Provisional,
        },
        Row {
            from: 2019,
            to: 2019,
            value: Some(dec!(250)),
            source: "national notice for 2019 (250 元); Hebei's own 年度 label unverified",
            confidence: Confidence::Provisional,
        },
        Row {
            from: 2020,
            to: 2020,
            value: Some(dec!(280)),
            source: "人民日报 2020-06-19 (280 元, verified); Hebei's own 年度 label unverified",
            confidence: Confidence::Provisional,
        },
    ],
};

/// The medical subsidy rate for 建档立卡 (registered or exited on/after the cut-off) and 特困.
pub const MEDICAL_FULL_RATE: Param<Decimal> = Param {
    name: "medical_full_rate",
    rows: &[Row {
        from: 2018,
        to: 2020,
        value: Some(dec!(1)),
        source: "JRS-2018-3 二(二)1 (个人缴费部分由财政给予全额资助)",
        confidence: Confidence::Verified,
    }],
};

/// The medical subsidy rate for other 困难保障救助对象 (低保 and the like).
pub const MEDICAL_PARTIAL_RATE: Param<Decimal> = Param {
    name: "medical_partial_rate",
    rows: &[Row {
        from: 2018,
        to: 2020,
        value: Some(dec!(0.6)),
        source: "JRS-2018-3 二(二)1 (财政按个人缴费标准的60%予以资助)",
        confidence: Confidence::Verified,
    }],
};

/// Every medical subsidy rate an answer can carry (none, partial, full; every year's value).
pub fn medical_rates() -> Vec<Decimal> {
    let mut rates = vec![Decimal::ZERO];
    for p in [&MEDICAL_PARTIAL_RATE, &MEDICAL_FULL_RATE] {
        for r in p.rows.iter().filter_map(|r| r.value) {
            if !rates.contains(&r) {
                rates.push(r);
            }
        }
    }
    rates
}

/// The exit date from which a lifted-out 建档立卡 person keeps the full medical rate (inclusive).
pub const MEDICAL_EXIT_CUTOFF: (u16, u8, u8) = (2016, 8, 1);

/// The youngest age that may enrol in the residents' scheme (国发〔2014〕8号).
pub const ENROL_MIN_AGE: u8 = 16;
/// The age from which the residents' pension is drawn (国发〔2014〕8号); the government payment
/// covers ages [`ENROL_MIN_AGE`] to `PENSION_AGE - 1`, and the direct claim starts here.
pub const PENSION_AGE: u8 = 60;

/// The earliest exit date accepted: the 建档立卡 register was built in 2014.
pub const EARLIEST_EXIT: (u16, u8, u8) = (2014, 1, 1);

/// The oldest age accepted as input.
pub const MAX_AGE: u8 = 130;

#[cfg(test)]
mod tests {
    use super::*;

    fn check_rows<T: Copy>(p: &Param<T>) {
        for y in POLICY_YEARS {
            let n = p.rows.iter().filter(|r| r.from <= y && y <= r.to).count();
            assert_eq!(n, 1, "{} has {} rows for {}", p.name, n, y);
        }
        assert!(p.at(FIRST_YEAR - 1).is_none(), "{} answers 2017", p.name);
        assert!(p.at(LAST_YEAR + 1).is_none(), "{} answers 2021", p.name);
    }

    #[test]
    fn every_parameter_has_exactly_one_row_per_policy_year_and_none_outside() {
        check_rows(&GOVERNMENT_PAYMENT_TIER);
        check_rows(&TIERS);
        check_rows(&SPLIT_ORDINARY);
        check_rows(&SPLIT_PROVINCE_DIRECT);
        check_rows(&BASIC_PENSION_MONTHLY);
        check_rows(&MEDICAL_CONTRIBUTION);
        check_rows(&MEDICAL_FULL_RATE);
        check_rows(&MEDICAL_PARTIAL_RATE);
    }

    #[test]
    fn the_government_tier_is_in_every_years_tier_table() {
        for y in POLICY_YEARS {
            let t = GOVERNMENT_PAYMENT_TIER.at(y).and_then(|v| v.value).unwrap();
            let tiers = TIERS.at(y).and_then(|v| v.value).unwrap();
            assert!(tiers.iter().any(|x| x.yuan == t), "{y}");
        }
    }

    #[test]
    fn an_unknown_value_is_provisional() {
        let v = BASIC_PENSION_MONTHLY.at(2019).unwrap();
        assert_eq!(v.value, None);
        assert!(v.provisional);
        assert!(!BASIC_PENSION_MONTHLY.at(2018).unwrap().provisional);
    }
}
