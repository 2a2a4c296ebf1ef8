//! The answer cards: the pension payment, the direct claim and the medical subsidy, each a
//! verdict, its figures, one sentence of why, what would change it, the next step, and its
//! clauses with our readings — as HTML (no Leptos: tested natively, cheap in the page's wasm).

use super::basis::{basis, Figures};
use super::Html;
use crate::money::fmt_plain;
use crate::policy::deployment::Deployment;
use crate::rules::{Decision, Reason};
use crate::text::{fill, Lang, Text};
use rust_decimal::Decimal;

/// An amount for people: `100 元`, `33.34 yuan`.
fn yuan(t: &Text, d: Decimal) -> String {
    t.yuan(&fmt_plain(d))
}

/// The provisional badge, as HTML (for the clerk's page).
#[cfg_attr(not(feature = "clerk"), allow(dead_code))]
pub(crate) fn provisional_badge(t: &'static Text, on: bool) -> String {
    let mut h = Html::default();
    h.badge(t, on);
    h.0
}

fn verdict(h: &mut Html, t: &Text, yes: bool, yes_text: &str, no_text: &str) {
    if yes {
        verdict_line(h, "p class=\"dj-verdict dj-yes\"", "✓", t.yes, yes_text);
    } else {
        verdict_line(h, "p class=\"dj-verdict dj-no\"", "✗", t.no, no_text);
    }
}

fn verdict_line(h: &mut Html, open: &str, mark: &str, word: &str, text: &str) {
    h.open(open)
        .el("span class=\"dj-mark\" aria-hidden=\"true\"", "span", mark)
        .el("strong", "strong", word)
        .el("span class=\"dj-verdict-text\"", "span", text)
        .close("p");
}

/// Neither a yes nor a no: the encoded documents do not decide it.
fn not_determined(h: &mut Html, t: &Text) {
    verdict_line(h, "p class=\"dj-verdict dj-no\"", "?", t.not_determined, "");
}

/// The national minimum basic pension, labelled as a floor (never as Hebei's figure).
fn national_floor(h: &mut Html, t: &Text, c: &crate::rules::DirectClaim) {
    if let (None, Some(floor)) = (c.monthly_pension_yuan, c.national_floor_yuan) {
        h.open("li")
            .text(&fill(
                t.direct_national_floor,
                &[("amount", &fmt_plain(floor))],
            ))
            .badge(t, true)
            .close("li");
    }
}

/// Why, what alone would change a no, and what to do next.
fn why(h: &mut Html, t: &Text, why: &str, reason: &Reason, direct: bool) {
    h.el("p class=\"dj-why\"", "p", why);
    if let Some(hint) = reason.hint {
        h.open("p class=\"dj-hint\"")
            .el("strong", "strong", t.change)
            .text(&t.hint(hint, direct))
            .close("p");
    }
}

/// What to do next, and the deployment's office when it has one.
fn next_step(h: &mut Html, lang: Lang, dep: &Deployment, text: &str) {
    let t = lang.text();
    h.open("p class=\"dj-next\"")
        .el("strong", "strong", t.next_heading)
        .text(text);
    if let Some(o) = dep.office {
        let office = fill(
            t.next_office,
            &[
                ("name", lang.pick(o.name)),
                ("address", lang.pick(o.address)),
                ("phone", o.phone),
                ("hours", lang.pick(o.hours)),
            ],
        );
        h.open("br").text(&office);
    }
    h.close("p");
}

fn card_start(h: &mut Html, n: u8, name: &str, heading: &str) {
    h.0.push_str(&format!(
        "<section class=\"dj-card\" aria-labelledby=\"dj-c{n}\" data-card=\"{name}\"><h2 id=\"dj-c{n}\">"
    ));
    h.text(heading).close("h2");
}

fn fact<'h>(h: &'h mut Html, lead: &str, value: &str, strong: bool) -> &'h mut Html {
    h.open("li").text(lead);
    if strong {
        h.el("strong", "strong", value);
    } else {
        h.text(value);
    }
    h
}

fn pension_card(h: &mut Html, d: &Decision, lang: Lang, dep: &Deployment) {
    let t = lang.text();
    let p = &d.pension_contribution;
    let amount = yuan(t, p.government_amount_yuan.unwrap_or_default());
    card_start(h, 1, "pension", t.card_pension);
    let pays = match p.minimum_tier_yuan {
        Some(minimum) => fill(
            t.verdict_pays,
            &[
                ("minimum", &yuan(t, minimum)),
                ("place", lang.pick(dep.place)),
                ("amount", &amount),
            ],
        ),
        None => t.verdict_pays_unknown.into(),
    };
    if p.determined {
        verdict(h, t, p.government_pays, &pays, t.verdict_not_pays);
    } else {
        not_determined(h, t);
    }
    if p.government_pays && p.tier_yuan.is_none() {
        h.open("ul class=\"dj-facts\"");
        fact(h, t.fact_government, t.data_unknown, true)
            .badge(t, p.provisional)
            .close("li");
        h.close("ul");
    }
    if let Some(tier) = p.tier_yuan {
        h.open("ul class=\"dj-facts\"");
        let tier = fill(t.yuan_per_year, &[("amount", &fmt_plain(tier))]);
        fact(h, t.fact_tier, &tier, false).close("li");
        fact(h, t.fact_government, &amount, true)
            .badge(t, p.provisional)
            .close("li");
        let you = yuan(t, p.resident_amount_yuan.unwrap_or_default());
        fact(h, t.fact_resident, &you, false).close("li");
        if let Some(s) = p.subsidy_yuan {
            fact(h, t.fact_subsidy, &yuan(t, s), false)
                .badge(t, p.tiers_provisional)
                .close("li");
        }
        h.close("ul");
    }
    why(
        h,
        t,
        &t.pension_why(p.reason.code, p.reason.decided_by),
        &p.reason,
        false,
    );
    if p.government_pays {
        next_step(h, lang, dep, t.next_payment);
    }
    h.open("details class=\"dj-tiers\"")
        .open("summary")
        .text(t.tiers)
        .badge(t, p.tiers_provisional)
        .close("summary")
        .open("table")
        .open("thead")
        .open("tr")
        .el("th scope=\"col\"", "th", t.col_tier)
        .el("th scope=\"col\"", "th", t.col_subsidy)
        .close("tr")
        .close("thead")
        .open("tbody");
    for x in p.tiers_offered() {
        h.open("tr").open("td").text(&fmt_plain(x.yuan));
        if x.kept {
            h.text(t.tier_kept);
        }
        h.close("td")
            .el("td", "td", &fmt_plain(x.subsidy_yuan))
            .close("tr");
    }
    h.close("tbody").close("table");
    if p.tiers.is_empty() {
        h.el("p", "p", t.data_unknown);
    }
    h.close("details");
    let used = Figures {
        year: d.year,
        names: &[
            "government_payment_tier",
            "tiers",
            "enrol_min_age",
            "pension_age",
        ],
    };
    basis(
        h,
        &p.reason.clauses,
        Some(&p.reason),
        lang,
        false,
        Some(&used),
    );
    h.close("section");
}

fn direct_card(h: &mut Html, d: &Decision, lang: Lang, dep: &Deployment) {
    let t = lang.text();
    let c = &d.direct_claim;
    card_start(h, 2, "direct", t.card_direct);
    if c.determined {
        verdict(h, t, c.eligible, t.direct_yes, t.direct_no);
    } else {
        not_determined(h, t);
    }
    if c.eligible {
        h.open("ul class=\"dj-facts\"")
            .el("li", "li", t.direct_fact_apply)
            .el("li", "li", t.direct_fact_from);
        if let Some((y, m)) = c.earliest_start_month {
            let start = fill(
                &t.policy(t.direct_start_month),
                &[("year", &y.to_string()), ("month", &format!("{m:02}"))],
            );
            h.el("li", "li", &start);
        }
        let monthly = match c.monthly_pension_yuan {
            Some(m) => fill(t.direct_monthly, &[("amount", &fmt_plain(m))]),
            None => t.direct_monthly_unknown.into(),
        };
        h.open("li")
            .text(&monthly)
            .badge(t, c.provisional)
            .close("li");
        national_floor(h, t, c);
        h.close("ul");
    } else if !c.determined && c.monthly_pension_yuan.is_none() {
        h.open("ul class=\"dj-facts\"")
            .open("li")
            .text(t.direct_monthly_unknown)
            .badge(t, true)
            .close("li");
        national_floor(h, t, c);
        h.close("ul");
    }
    why(h, t, &t.direct_why(c.reason.code), &c.reason, true);
    if c.eligible {
        next_step(h, lang, dep, t.next_direct);
    }
    let used = Figures {
        year: d.year,
        names: &[
            "basic_pension_monthly",
            "national_basic_pension_floor",
            "pension_age",
        ],
    };
    basis(
        h,
        &c.reason.clauses,
        Some(&c.reason),
        lang,
        false,
        Some(&used),
    );
    h.close("section");
}

fn medical_card(h: &mut Html, d: &Decision, lang: Lang, dep: &Deployment) {
    let t = lang.text();
    let m = &d.medical_subsidy;
    card_start(h, 3, "medical", t.card_medical);
    // Determined: a yes (full or a share) or a no, with the amounts; not determined: neither.
    let amounts = match (m.rate, m.amount_yuan, m.resident_pays_yuan) {
        (Some(rate), Some(paid), Some(you)) => {
            let text = if rate == Decimal::ONE {
                t.medical_full.to_string()
            } else {
                fill(
                    t.medical_rate,
                    &[("percent", &fmt_plain(rate * Decimal::ONE_HUNDRED))],
                )
            };
            verdict(h, t, !rate.is_zero(), &text, t.medical_none);
            Some((paid, you))
        }
        _ => {
            not_determined(h, t);
            None
        }
    };
    let standard = match m.contribution_yuan {
        Some(c) => fill(t.yuan_per_year, &[("amount", &fmt_plain(c))]),
        None => t.data_unknown.into(),
    };
    h.open("ul class=\"dj-facts\"");
    fact(h, t.fact_medical_standard, &standard, false)
        .badge(t, m.provisional)
        .close("li");
    if let Some((paid, you)) = amounts {
        fact(h, t.fact_medical_paid, &yuan(t, paid), true).close("li");
        fact(h, t.fact_medical_you, &yuan(t, you), false).close("li");
    }
    h.close("ul");
    why(
        h,
        t,
        &t.medical_why(m.reason.code, m.reason.decided_by),
        &m.reason,
        false,
    );
    if m.rate.is_some_and(|r| !r.is_zero()) {
        next_step(h, lang, dep, t.next_medical);
    }
    let used = Figures {
        year: d.year,
        names: &[
            "medical_contribution",
            "medical_full_rate",
            "medical_partial_rate",
            "medical_exit_cutoff",
        ],
    };
    basis(
        h,
        &m.reason.clauses,
        Some(&m.reason),
        lang,
        false,
        Some(&used),
    );
    h.close("section");
}

/// The three answer cards, as HTML.
pub(crate) fn cards_html(d: &Decision, lang: Lang, dep: &Deployment) -> String {
    let mut h = Html::default();
    pension_card(&mut h, d, lang, dep);
    direct_card(&mut h, d, lang, dep);
    medical_card(&mut h, d, lang, dep);
    h.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::{budget_in, Fiscal};
    use crate::input::{Pension, Resident, Status, Statuses};
    use crate::policy::deployment::{Office, DEPLOYMENT};
    use crate::rules::{evaluate_facts_in, Facts};
    use rust_decimal_macros::dec;

    /// A made-up county that pays the 200 元 tier and has an office of its own.
    const COUNTY: Deployment = Deployment {
        place: ("某县", "A County"),
        payment_tier: Some(dec!(200)),
        office: Some(Office {
            name: ("某县社保局", "A County Social Insurance Bureau"),
            address: ("人民路 1 号 <1 楼>", "1 People's Road"),
            phone: "0315-0000000",
            hours: ("工作日 9:00–17:00", "weekdays 9:00–17:00"),
        }),
    };

    fn decision(dep: &Deployment, statuses: Statuses, age: u8, pension: Pension) -> Decision {
        let r = Resident {
            year: 2018,
            age,
            born: None,
            statuses,
            exited_on: None,
            pension,
            medical_scheme: Default::default(),
        };
        evaluate_facts_in(&Facts::of(&r), dep).expect("2018 is encoded")
    }

    #[test]
    fn the_payment_is_a_floor_and_a_deployment_pays_and_budgets_its_own_higher_tier() {
        let dibao = Statuses::NONE.with(Status::Dibao);
        let here = decision(&DEPLOYMENT, dibao, 40, Pension::Enrolled);
        let html = cards_html(&here, Lang::Zh, &DEPLOYMENT);
        assert!(html.contains("政府为您代缴不低于 100 元的最低档次保费（唐山高新区按 100 元测算）"));
        let county = decision(&COUNTY, dibao, 40, Pension::Enrolled);
        let p = &county.pension_contribution;
        assert_eq!(p.minimum_tier_yuan, Some(dec!(100)));
        assert_eq!(p.government_amount_yuan, Some(dec!(200)));
        let html = cards_html(&county, Lang::Zh, &COUNTY);
        assert!(
            html.contains("政府为您代缴不低于 100 元的最低档次保费（某县按 200 元测算）"),
            "{html}"
        );
        let en = cards_html(&county, Lang::En, &COUNTY);
        assert!(en.contains("at least the lowest tier, 100 yuan, for you (A County: 200 yuan)"));
        let b = budget_in(2018, 700, Fiscal::Ordinary, &COUNTY).expect("budget");
        assert_eq!(b.per_person_yuan, dec!(200));
        assert_eq!(b.total_yuan, dec!(140000));
        assert_eq!(b.levels[0].per_person_budgeted_yuan, dec!(66));
    }

    #[test]
    fn the_next_step_names_the_deployments_office_when_it_has_one_and_stays_generic_without() {
        let poor = Statuses::NONE.with(Status::RegisteredPoor);
        let d = decision(&COUNTY, poor, 65, Pension::NotEnrolled);
        let html = cards_html(&d, Lang::Zh, &COUNTY);
        assert!(html.contains("由本人提出申请：带上居民身份证和户口簿"));
        assert!(html.contains(
            "某县社保局，人民路 1 号 &lt;1 楼&gt;，电话 0315-0000000，工作日 9:00–17:00"
        ));
        let generic = cards_html(&d, Lang::Zh, &DEPLOYMENT);
        assert!(generic.contains("由本人提出申请") && !generic.contains("电话"));
        // a no has no next step
        let none = decision(&DEPLOYMENT, Statuses::NONE, 40, Pension::Enrolled);
        assert!(!cards_html(&none, Lang::Zh, &DEPLOYMENT).contains("下一步"));
    }

    #[test]
    fn each_figure_used_is_listed_with_its_value_source_and_confidence() {
        let d = decision(
            &DEPLOYMENT,
            Statuses::NONE.with(Status::Dibao),
            40,
            Pension::Enrolled,
        );
        let html = cards_html(&d, Lang::Zh, &DEPLOYMENT);
        assert!(html.contains("本答案用到的数据"));
        assert!(html.contains("<li>政府代缴档次：100 <span lang=\"zh-CN\">元/年</span> · 已核实<br><span lang=\"zh-CN\">冀人社发〔2018〕3号</span> <span lang=\"zh-CN\">二(一)1</span> — "), "{html}");
        let mut r = Resident {
            year: 2019,
            age: 65,
            born: None,
            statuses: Statuses::NONE.with(Status::RegisteredPoor),
            exited_on: None,
            pension: Pension::NotEnrolled,
            medical_scheme: Default::default(),
        };
        let d = evaluate_facts_in(&Facts::of(&r), &DEPLOYMENT).expect("2019");
        let html = cards_html(&d, Lang::Zh, &DEPLOYMENT);
        assert!(
            html.contains("<li>基础养老金：未查到，以当地经办机构为准 · 未查到<br>"),
            "{html}"
        );
        r.year = 2018;
        let d = evaluate_facts_in(&Facts::of(&r), &DEPLOYMENT).expect("2018");
        let en = cards_html(&d, Lang::En, &DEPLOYMENT);
        assert!(
            en.contains("<li>Basic pension: 108 <span lang=\"zh-CN\">元/月</span> · verified<br>"),
            "{en}"
        );
    }

    #[test]
    fn our_readings_are_listed_under_the_clauses_never_inside_a_quote() {
        let d = decision(
            &DEPLOYMENT,
            Statuses::NONE.with(Status::Dibao),
            40,
            Pension::Enrolled,
        );
        let html = cards_html(&d, Lang::Zh, &DEPLOYMENT);
        let readings = html.find("本计算器的理解").expect("listed");
        let reading = html.find("只填写年龄时").expect("the age reading");
        assert!(readings < reading);
        for quote in html.split("<blockquote").skip(1) {
            let quote = &quote[..quote.find("</blockquote>").unwrap_or(0)];
            assert!(!quote.contains("本计算器"), "{quote}");
        }
    }
}
