//! The answer area: the three cards (HTML from [`crate::html::cards`]), the provisional note,
//! the version line, the print stamp and the print button.

use crate::html::cards::cards_html;
#[cfg(feature = "clerk")]
pub(crate) use crate::html::cards::provisional_badge;
use crate::policy::deployment::DEPLOYMENT;
use crate::rules::Decision;
use crate::text::{fill, Lang};
use leptos::prelude::*;

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
        <div class="dj-cards" inner_html=cards_html(d, lang, &DEPLOYMENT)></div>
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
