//! The answer cards: the pension payment, the direct claim and the medical subsidy, each a
//! verdict, its figures, one sentence of why, what would change it, and its clauses; then the
//! version line and the print button.

use super::basis::basis;
use crate::html::Html;
use crate::money::fmt_plain;
use crate::policy::deployment::DEPLOYMENT;
use crate::rules::{Decision, Reason};
use crate::text::{fill, Lang, Text};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// An amount for people: `100 元`, `33.34 yuan`.
fn yuan(t: &Text, d: Decimal) -> String {
    t.yuan(&fmt_plain(d))
}

/// The provisional badge, as HTML (for the clerk's page).
#[cfg(feature = "clerk")]
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
fn next_step(h: &mut Html, lang: Lang, text: &str) {
    let t = lang.text();
    h.open("p class=\"dj-next\"")
        .el("strong", "strong", t.next_heading)
        .text(text);
    if let Some(o) = DEPLOYMENT.office {
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

fn pension_card(h: &mut Html, d: &Decision, lang: Lang) {
    let t = lang.text();
    let p = &d.pension_contribution;
    let amount = yuan(t, p.government_amount_yuan);
    card_start(h, 1, "pension", t.card_pension);
    let pays = fill(
        t.verdict_pays,
        &[
            ("minimum", &yuan(t, p.minimum_tier_yuan.unwrap_or_default())),
            ("place", lang.pick(DEPLOYMENT.place)),
            ("amount", &amount),
        ],
    );
    verdict(h, t, p.government_pays, &pays, t.verdict_not_pays);
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
        next_step(h, lang, t.next_payment);
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
    h.close("tbody").close("table").close("details");
    basis(h, &p.reason.clauses, Some(&p.reason), lang, false);
    h.close("section");
}

fn direct_card(h: &mut Html, d: &Decision, lang: Lang) {
    let t = lang.text();
    let c = &d.direct_claim;
    card_start(h, 2, "direct", t.card_direct);
    verdict(h, t, c.eligible, t.direct_yes, t.direct_no);
    if c.eligible {
        h.open("ul class=\"dj-facts\"")
            .el("li", "li", t.direct_fact_apply)
            .el("li", "li", t.direct_fact_from);
        if let Some((y, m)) = c.earliest_start_month {
            let start = fill(
                t.direct_start_month,
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
            .close("li")
            .close("ul");
    }
    why(h, t, t.direct_why(c.reason.code), &c.reason, true);
    if c.eligible {
        next_step(h, lang, t.next_direct);
    }
    basis(h, &c.reason.clauses, Some(&c.reason), lang, false);
    h.close("section");
}

fn medical_card(h: &mut Html, d: &Decision, lang: Lang) {
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
            verdict_line(h, "p class=\"dj-verdict dj-no\"", "?", t.not_determined, "");
            None
        }
    };
    let standard = fill(
        t.yuan_per_year,
        &[("amount", &fmt_plain(m.contribution_yuan))],
    );
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
        next_step(h, lang, t.next_medical);
    }
    basis(h, &m.reason.clauses, Some(&m.reason), lang, false);
    h.close("section");
}

/// Opens the browser's print dialog.
pub(crate) fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Now, as the person's locale writes a date and time.
pub(crate) fn now_text(lang: Lang, date_only: bool) -> String {
    let now = js_sys::Date::new_0();
    let undefined = wasm_bindgen::JsValue::UNDEFINED;
    if date_only {
        now.to_locale_date_string(lang.tag(), &undefined).into()
    } else {
        now.to_locale_string(lang.tag(), &undefined).into()
    }
}

/// The three answer cards, as HTML.
pub(crate) fn cards_html(d: &Decision, lang: Lang) -> String {
    let mut h = Html::default();
    pension_card(&mut h, d, lang);
    direct_card(&mut h, d, lang);
    medical_card(&mut h, d, lang);
    h.0
}

pub(crate) fn results(d: &Decision, lang: Lang) -> impl IntoView {
    let t = lang.text();
    let any_provisional = d.pension_contribution.provisional
        || d.pension_contribution.tiers_provisional
        || d.direct_claim.provisional
        || d.medical_subsidy.provisional;
    let version = fill(
        t.version_line,
        &[
            ("year", &d.year.to_string()),
            ("version", d.policy_version),
            ("digest", &crate::policy::rules_digest()),
        ],
    );
    view! {
        <div class="dj-cards" inner_html=cards_html(d, lang)></div>
        {any_provisional.then(|| view! { <p class="dj-note">{t.provisional_note}</p> })}
        <p class="dj-version">{version}</p>
        <p class="dj-print-only dj-stamp">
            {move || fill(t.print_stamp, &[("time", &now_text(lang, false))])}
        </p>
        <p class="dj-noprint">
            <button type="button" class="dj-button" on:click=move |_| print()>{t.print}</button>
        </p>
    }
}
