//! Every string the page shows, in one catalogue (Simplified Chinese).
//!
//! Keys are the core's codes (reason codes, status codes, error codes) plus the page's own
//! labels. The page never builds a sentence from rule logic: it looks up what the core decided.

use crate::input::{ErrorCode, InputError, Status};
use crate::rules::{Hint, ReasonCode};

/// The name of a status, as a resident says it.
pub fn status_name(s: Status) -> &'static str {
    match s {
        Status::RegisteredPoor => "建档立卡贫困人口",
        Status::RegisteredPoorExited => "已脱贫的建档立卡贫困人口",
        Status::Dibao => "低保对象",
        Status::Tekun => "特困人员",
        Status::OtherHardship => "其他困难救助对象",
    }
}

/// The checkbox label of a status.
pub fn status_label(s: Status) -> &'static str {
    match s {
        Status::RegisteredPoor => "建档立卡贫困户（未脱贫）",
        Status::RegisteredPoorExited => "建档立卡贫困户（已脱贫）",
        Status::Dibao => "低保对象",
        Status::Tekun => "特困人员（特困供养）",
        Status::OtherHardship => "其他困难救助对象",
    }
}

/// The document's Chinese number for a policy-page document id.
pub fn doc_name(doc: &str) -> &'static str {
    match doc {
        "JRS-2018-3" => "冀人社发〔2018〕3号",
        "TGRS-2018-4" => "唐高人社呈〔2018〕4号",
        "GF-2014-8" => "国发〔2014〕8号",
        "RSB-2017-59" => "人社部发〔2017〕59号",
        _ => "",
    }
}

/// One plain sentence of why, for the pension-contribution card.
pub fn pension_why(code: ReasonCode, by: Option<Status>) -> String {
    let who = by.map_or("", status_name);
    match code {
        ReasonCode::GovernmentPays => format!(
            "您属于{who}，已参加城乡居民养老保险，年龄在16至59周岁之间，由政府为您代缴养老保险费，每年一次。"
        ),
        ReasonCode::NoQualifyingStatus => {
            "政府代缴只适用于建档立卡贫困人口（含已脱贫）、低保对象和特困人员。".into()
        }
        ReasonCode::TooYoung => "未满16周岁，还不能参加城乡居民养老保险。".into(),
        ReasonCode::TooOld => "已满60周岁，不再缴纳养老保险费。".into(),
        ReasonCode::NotEnrolled => format!(
            "您属于{who}，符合代缴条件，但还没有参加城乡居民养老保险。"
        ),
        ReasonCode::AlreadyReceiving => "您已在领取养老金，不再缴费。".into(),
        ReasonCode::InEmployeeScheme => {
            "您参加的是职工养老保险，不在城乡居民养老保险政府代缴范围内。".into()
        }
        _ => String::new(),
    }
}

/// One plain sentence of why, for the direct-claim card.
pub fn direct_why(code: ReasonCode) -> &'static str {
    match code {
        ReasonCode::DirectClaimAllowed => {
            "您是60周岁以上的建档立卡贫困人口，且未参加城乡居民养老保险：不用补缴，本人申请即可按月领取。"
        }
        ReasonCode::NotRegisteredPoor => {
            "不补缴、直接领取只适用于建档立卡贫困人口（含已脱贫）。"
        }
        ReasonCode::TooYoung => "不补缴、直接领取须年满60周岁。",
        ReasonCode::AlreadyEnrolled => {
            "您已参保缴费，按正常规定领取养老金，不走“不补缴直接领取”。"
        }
        ReasonCode::AlreadyReceiving => "您已在领取养老金。",
        ReasonCode::InEmployeeScheme => "您参加的是职工养老保险，不适用本项。",
        _ => "",
    }
}

/// One plain sentence of why, for the medical card.
pub fn medical_why(code: ReasonCode, by: Option<Status>) -> String {
    let who = by.map_or("", status_name);
    match code {
        ReasonCode::FullSubsidy => format!("{who}的医疗保险个人缴费由财政全额资助。"),
        ReasonCode::PartialSubsidy => {
            format!("{who}的医疗保险个人缴费，财政按缴费标准的60%资助。")
        }
        ReasonCode::ExitedBeforeCutoff => {
            "2016年8月1日以前脱贫退出的，不在全额资助范围内，也没有其他可资助的身份。".into()
        }
        ReasonCode::NoQualifyingStatus => "没有可享受医疗保险缴费资助的身份。".into(),
        _ => String::new(),
    }
}

/// The "what would change the answer" line.
pub fn hint_text(h: Hint, card: &str) -> String {
    match (h, card) {
        (Hint::Enrol, _) => {
            "参加城乡居民养老保险（到户籍地社保经办机构办理）后，即由政府代缴。".into()
        }
        (Hint::ReachAge(a), "direct") => {
            format!("年满{a}周岁时，如仍未参保，可申请不补缴、直接按月领取养老金。")
        }
        (Hint::ReachAge(a), _) => format!("年满{a}周岁并参保后，即由政府代缴。"),
    }
}

/// The message shown under a form field for an input error.
pub fn field_error(e: &InputError) -> String {
    match (e.field.as_str(), &e.code) {
        ("age", ErrorCode::Missing) => "请填写年龄（周岁）。".into(),
        ("age", ErrorCode::WrongType { .. }) => "年龄请填写整数，例如 45。".into(),
        ("age", ErrorCode::OutOfRange) => "年龄应在 0 到 130 周岁之间。".into(),
        ("exited_on", ErrorCode::RequiredWith) => "请填写脱贫（退出）日期。".into(),
        ("exited_on", ErrorCode::BadDate) => "请填写有效日期，例如 2017-06-30。".into(),
        ("exited_on", ErrorCode::OutOfRange) => {
            "脱贫日期应在 2014年1月1日 至 所选年度的12月31日 之间。".into()
        }
        ("pension", ErrorCode::Missing) => "请选择养老保险参保情况。".into(),
        _ => e.message_zh.clone(),
    }
}

/// Labels of the page.
pub mod label {
    /// Page title.
    pub const TITLE: &str = "社会保险扶贫政策计算器";
    /// Subtitle.
    pub const SUBTITLE: &str =
        "依据河北省《关于切实做好社会保险扶贫工作的实施意见》（冀人社发〔2018〕3号）";
    /// Privacy line.
    pub const PRIVATE: &str = "您填写的内容只在本机计算，不会上传或保存。";
    /// Year.
    pub const YEAR: &str = "政策年度";
    /// Age.
    pub const AGE: &str = "年龄（周岁）";
    /// Age help.
    pub const AGE_HELP: &str = "填写当年的周岁年龄，0 到 130。";
    /// Statuses.
    pub const STATUSES: &str = "当年有过以下哪些身份？（可多选）";
    /// Statuses help.
    pub const STATUSES_HELP: &str = "当年任何时候有过即算，已脱贫的请填写脱贫日期。";
    /// Exit date.
    pub const EXITED_ON: &str = "脱贫（退出）日期";
    /// Pension situation.
    pub const PENSION: &str = "养老保险情况";
    /// Pension options.
    pub const PENSION_OPTIONS: [&str; 4] =
        ["未参保", "已参保缴费", "已领取养老金", "参加职工养老保险"];
    /// Card 1.
    pub const CARD_PENSION: &str = "养老保险费政府代缴";
    /// Card 2.
    pub const CARD_DIRECT: &str = "不补缴、直接领取养老金";
    /// Card 3.
    pub const CARD_MEDICAL: &str = "医疗保险个人缴费资助";
    /// Yes.
    pub const YES: &str = "是";
    /// No.
    pub const NO: &str = "否";
    /// Basis.
    pub const BASIS: &str = "政策依据";
    /// Provisional badge.
    pub const PROVISIONAL: &str = "暂定";
    /// Provisional explanation.
    pub const PROVISIONAL_NOTE: &str = "标“暂定”的数字尚未找到正式文件核实，以当地经办机构为准。";
    /// What would change.
    pub const CHANGE: &str = "怎样会变：";
    /// Summary (not verbatim) mark.
    pub const SUMMARY: &str = "（要点摘录，非原文）";
    /// Waiting for input.
    pub const WAITING: &str = "填写年龄并选择养老保险情况后，这里会显示结果。";
    /// Tier table.
    pub const TIERS: &str = "当年可选缴费档次（元/年）与缴费补贴";
}
