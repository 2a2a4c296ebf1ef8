//! The answer cards: the pension payment, the direct claim and the medical subsidy, each a
//! verdict, its figures, one sentence of why, what would change it, and its clauses; then the
//! version line and the print button.

use super::basis::basis;
use crate::money::fmt_plain;
use crate::rules::{Decision, Reason};
use crate::text::{fill, Lang, Text};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// An amount for people: `100 元`, `33.34 yuan`.
fn yuan(t: &Text, d: Decimal) -> String {
    t.yuan(&fmt_plain(d))
}

pub(crate) fn provisional_badge(t: &'static Text, on: bool) -> impl IntoView {
    on.then(|| view! { <span class="dj-badge" title=t.provisional_note>{t.provisional}</span> })
}

fn verdict(t: &'static Text, yes: bool, yes_text: String, no_text: String) -> impl IntoView {
    let (class, mark, word, text) = if yes {
        ("dj-verdict dj-yes", "✓", t.yes, yes_text)
    } else {
        ("dj-verdict dj-no", "✗", t.no, no_text)
    };
    verdict_line(class, mark, word, text)
}

/// The verdict when the documents do not decide: neither yes nor no.
fn undetermined(t: &'static Text) -> impl IntoView {
    verdict_line("dj-verdict dj-no", "?", t.not_determined, String::new())
}

fn verdict_line(
    class: &'static str,
    mark: &'static str,
    word: &'static str,
    text: String,
) -> impl IntoView {
    view! {
        <p class=class>
            <span class="dj-mark" aria-hidden="true">{mark}</span>
            <strong>{word}</strong>
            <span class="dj-verdict-text">{text}</span>
        </p>
    }
}

fn hint(t: &'static Text, reason: &Reason, direct: bool) -> impl IntoView {
    reason.hint.map(|h| {
        view! {
            <p class="dj-hint">
                <strong>{t.change}</strong>
                {t.hint(h, direct)}
            </p>
        }
    })
}

fn pension_card(d: &Decision, lang: Lang) -> impl IntoView {
    let t = lang.text();
    let p = &d.pension_contribution;
    let amount = p.government_amount_yuan;
    let detail = p.tier_yuan.map(|tier| {
        let subsidy = p.subsidy_yuan.map(|s| {
            view! {
                <li>
                    {t.fact_subsidy} {yuan(t, s)} {provisional_badge(t, p.tiers_provisional)}
                </li>
            }
        });
        view! {
            <ul class="dj-facts">
                <li>{t.fact_tier} {fill(t.yuan_per_year, &[("amount", &fmt_plain(tier))])}</li>
                <li>{t.fact_government} <strong>{yuan(t, amount)}</strong> {provisional_badge(t, p.provisional)}</li>
                <li>{t.fact_resident} {yuan(t, p.resident_amount_yuan.unwrap_or_default())}</li>
                {subsidy}
            </ul>
        }
    });
    let tiers = p
        .tiers
        .iter()
        .map(|x| {
            view! { <tr><td>{fmt_plain(x.yuan)}</td><td>{fmt_plain(x.subsidy_yuan)}</td></tr> }
        })
        .collect_view();
    let why = t.pension_why(p.reason.code, p.reason.decided_by);
    let pays = fill(t.verdict_pays, &[("amount", &yuan(t, amount))]);
    view! {
        <section class="dj-card" aria-labelledby="dj-c1" data-card="pension">
            <h2 id="dj-c1">{t.card_pension}</h2>
            {verdict(t, p.government_pays, pays, t.verdict_not_pays.into())}
            {detail}
            <p class="dj-why">{why}</p>
            {hint(t, &p.reason, false)}
            <details class="dj-tiers">
                <summary>{t.tiers} {provisional_badge(t, p.tiers_provisional)}</summary>
                <table>
                    <thead><tr><th scope="col">{t.col_tier}</th><th scope="col">{t.col_subsidy}</th></tr></thead>
                    <tbody>{tiers}</tbody>
                </table>
            </details>
            {basis(&p.reason, lang)}
        </section>
    }
}

fn direct_card(d: &Decision, lang: Lang) -> impl IntoView {
    let t = lang.text();
    let c = &d.direct_claim;
    let monthly = match c.monthly_pension_yuan {
        Some(m) => fill(t.direct_monthly, &[("amount", &fmt_plain(m))]),
        None => t.direct_monthly_unknown.into(),
    };
    let detail = c.eligible.then(|| {
        view! {
            <ul class="dj-facts">
                <li>{t.direct_fact_apply}</li>
                <li>{t.direct_fact_from}</li>
                <li>{monthly} {provisional_badge(t, c.provisional)}</li>
            </ul>
        }
    });
    view! {
        <section class="dj-card" aria-labelledby="dj-c2" data-card="direct">
            <h2 id="dj-c2">{t.card_direct}</h2>
            {verdict(t, c.eligible, t.direct_yes.into(), t.direct_no.into())}
            {detail}
            <p class="dj-why">{t.direct_why(c.reason.code)}</p>
            {hint(t, &c.reason, true)}
            {basis(&c.reason, lang)}
        </section>
    }
}

fn medical_card(d: &Decision, lang: Lang) -> impl IntoView {
    let t = lang.text();
    let m = &d.medical_subsidy;
    let standard = fill(
        t.yuan_per_year,
        &[("amount", &fmt_plain(m.contribution_yuan))],
    );
    // Determined: a yes (full or a share) or a no, with the amounts; not determined: neither.
    let answer = match (m.rate, m.amount_yuan, m.resident_pays_yuan) {
        (Some(rate), Some(paid), Some(you)) => {
            let text = if rate == Decimal::ONE {
                t.medical_full.to_string()
            } else {
                fill(
                    t.medical_rate,
                    &[("percent", &fmt_plain(rate * Decimal::ONE_HUNDRED))],
                )
            };
            let amounts = view! {
                <li>{t.fact_medical_paid} <strong>{yuan(t, paid)}</strong></li>
                <li>{t.fact_medical_you} {yuan(t, you)}</li>
            };
            (
                verdict(t, !rate.is_zero(), text, t.medical_none.into()).into_any(),
                Some(amounts),
            )
        }
        _ => (undetermined(t).into_any(), None),
    };
    view! {
        <section class="dj-card" aria-labelledby="dj-c3" data-card="medical">
            <h2 id="dj-c3">{t.card_medical}</h2>
            {answer.0}
            <ul class="dj-facts">
                <li>{t.fact_medical_standard} {standard} {provisional_badge(t, m.provisional)}</li>
                {answer.1}
            </ul>
            <p class="dj-why">{t.medical_why(m.reason.code, m.reason.decided_by)}</p>
            {hint(t, &m.reason, false)}
            {basis(&m.reason, lang)}
        </section>
    }
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
        {pension_card(d, lang)}
        {direct_card(d, lang)}
        {medical_card(d, lang)}
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
