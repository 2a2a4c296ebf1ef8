//! The clauses the calculator cites, quoted from `shared/policy/source-text.zh.txt`.
//!
//! Document ids are those of the policy page (`shared/policy/README.md`, "The document chain").
//! `verbatim` is false only where the original text is not in our source file and the Chinese
//! is the policy page's summary of it; the page shows such a quote as a summary.

/// A cited clause: which document, which clause, and its Chinese text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Clause {
    /// Document id from the policy page, e.g. `JRS-2018-3`.
    pub doc: &'static str,
    /// Clause number inside the document, e.g. `二(一)1`.
    pub clause: &'static str,
    /// The clause text in Chinese.
    pub text_zh: &'static str,
    /// True when `text_zh` is quoted word for word from the source text.
    pub verbatim: bool,
}

/// JRS-2018-3 一: who counts as 贫困人员.
pub const JRS_1_POOR_PERSONS: Clause = Clause {
    doc: "JRS-2018-3",
    clause: "一",
    text_zh: "支持帮助建档立卡贫困人口(包括已脱贫人口和未脱贫人口)、低保对象、特困人员等困难群体(以下简称贫困人员)及其他社会成员参加社会保险",
    verbatim: true,
};

/// JRS-2018-3 二(一)1, the government payment (代缴) sentences.
pub const JRS_2_1_1_PAYMENT: Clause = Clause {
    doc: "JRS-2018-3",
    clause: "二(一)1",
    text_zh: "2020年前,对贫困人员参加城乡居民基本养老保险的,地方人民政府为其代缴不低于最低缴费档次的养老保险费,代缴费用所需资金由省、设区市、县(市、区)按1:1:1的比例分担,省财政直管县(市)所需资金设区市负担部分由省级财政负担。并在提高最低缴费档次时,对其保留100元缴费档次。……政府代缴城乡居民养老保险每年每人只能享受一次。",
    verbatim: true,
};

/// JRS-2018-3 二(一)1, the direct-claim sentence.
pub const JRS_2_1_1_DIRECT_CLAIM: Clause = Clause {
    doc: "JRS-2018-3",
    clause: "二(一)1",
    text_zh: "对60周岁及以上建档立卡贫困人口,未参加城乡居民基本养老保险的,不再补缴养老保险费,由本人提出申请,当地经办机构为其办理待遇领取手续,自办理手续次月起按月计发待遇。",
    verbatim: true,
};

/// JRS-2018-3 二(一)2: status at any time in the calendar year counts.
pub const JRS_2_1_2_WHOLE_YEAR: Clause = Clause {
    doc: "JRS-2018-3",
    clause: "二(一)2",
    text_zh: "适应城乡居民基本养老保险按年缴费的特点,同一个自然年度内,有过贫困人口身份经历的参保人员,均应纳入政府代缴养老保险费范围。",
    verbatim: true,
};

/// JRS-2018-3 二(二)1: the medical contribution subsidy.
pub const JRS_2_2_1_MEDICAL: Clause = Clause {
    doc: "JRS-2018-3",
    clause: "二(二)1",
    text_zh: "参加城乡居民基本医疗保险的,建档立卡贫困人口(含2016年8月1日后按照贫困退出程序退出的建档立卡贫困人口)、特困供养人员个人缴费部分由财政给予全额资助,其他困难保障救助对象个人缴费部分,财政按个人缴费标准的60%予以资助。",
    verbatim: true,
};

/// TGRS-2018-4: the district budget request (33 元/人, 700 人, 2.31 万元, settled at year end).
pub const TGRS_2018_4_BUDGET: Clause = Clause {
    doc: "TGRS-2018-4",
    clause: "正文",
    text_zh: "政府代缴区级财政补助为33元/人，贫困人员参加城乡居民养老保险政府代缴约为700人，需要区级补助资金700人×33元/人=2.31万元。以上经费为预拨款，最终金额以年终决算为准，多退少补。",
    verbatim: true,
};

/// 国发〔2014〕8号: who may enrol in the residents' scheme, and the pension age.
/// The original is not in our source text; this is the policy page's summary.
pub const GF_2014_8_AGES: Clause = Clause {
    doc: "GF-2014-8",
    clause: "参保范围/待遇领取条件",
    text_zh: "年满16周岁(不含在校学生)、不属于职工基本养老保险覆盖范围的城乡居民可参加城乡居民养老保险;年满60周岁可按月领取养老保险待遇。",
    verbatim: false,
};

/// 国发〔2014〕8号 三(三) 政府补贴, the sentence on 重度残疾人. The original was not retrieved:
/// this is the wording widely quoted and recorded in `shared/policy/README.md` ("Beyond the
/// seed", confidence R), shown as an excerpt, not verbatim.
pub const GF_2014_8_SEVERE_DISABILITY: Clause = Clause {
    doc: "GF-2014-8",
    clause: "三(三)",
    text_zh: "对重度残疾人等缴费困难群体,地方人民政府为其代缴部分或全部最低标准的养老保险费。",
    verbatim: false,
};

/// Every clause the calculator cites (the rules digest and the English glosses cover each).
pub const ALL: [Clause; 8] = [
    JRS_1_POOR_PERSONS,
    JRS_2_1_1_PAYMENT,
    JRS_2_1_1_DIRECT_CLAIM,
    JRS_2_1_2_WHOLE_YEAR,
    JRS_2_2_1_MEDICAL,
    TGRS_2018_4_BUDGET,
    GF_2014_8_AGES,
    GF_2014_8_SEVERE_DISABILITY,
];
