//! The resident's page (Leptos, client-side rendered).
//!
//! It holds no rule: the form's state becomes contract fields ([`crate::form`]), the core
//! validates and decides ([`crate::rules::evaluate`]), and this module renders the decision
//! with the strings of [`text`]. Nothing is sent anywhere and nothing is stored.

#[cfg(feature = "clerk")]
pub mod clerk;
pub mod kiosk;
pub mod text;

use crate::form::FormState;
use crate::input::{InputError, Pension, Status, Statuses};
use crate::money::fmt_plain;
use crate::policy::clauses::Clause;
use crate::policy::params::{LAST_YEAR, POLICY_YEARS};
use crate::rules::{Decision, Reason};
use leptos::prelude::*;
use rust_decimal::Decimal;
use text::label;

/// An amount for people: `100`, `33.34`.
fn yuan(d: Decimal) -> String {
    format!("{} 元", fmt_plain(d))
}

fn provisional_badge(on: bool) -> impl IntoView {
    on.then(|| {
        view! { <span class="dj-badge" title=label::PROVISIONAL_NOTE>{label::PROVISIONAL}</span> }
    })
}

fn verdict(yes: bool, yes_text: String, no_text: String) -> impl IntoView {
    let class = if yes {
        "dj-verdict dj-yes"
    } else {
        "dj-verdict dj-no"
    };
    view! {
        <p class=class>
            <span class="dj-mark" aria-hidden="true">{if yes { "✓" } else { "✗" }}</span>
            <strong>{if yes { label::YES } else { label::NO }}</strong>
            <span class="dj-verdict-text">{if yes { yes_text } else { no_text }}</span>
        </p>
    }
}

fn basis(reason: &Reason) -> impl IntoView {
    let items = reason
        .clauses
        .iter()
        .map(|c: &Clause| {
            let head = format!("{} {}", text::doc_name(c.doc), c.clause);
            let note = (!c.verbatim).then_some(label::SUMMARY);
            view! {
                <li>
                    <cite>{head}</cite>
                    {note}
                    <blockquote lang="zh-CN">{c.text_zh}</blockquote>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="dj-basis">
            <summary>{label::BASIS}</summary>
            <ul>{items}</ul>
        </details>
    }
}

fn hint(reason: &Reason, card: &'static str) -> impl IntoView {
    reason.hint.map(|h| {
        view! {
            <p class="dj-hint">
                <strong>{label::CHANGE}</strong>
                {text::hint_text(h, card)}
            </p>
        }
    })
}

fn pension_card(d: &Decision) -> impl IntoView {
    let p = &d.pension_contribution;
    let amount = p.government_amount_yuan;
    let detail = p.tier_yuan.map(|tier| {
        let subsidy = p.subsidy_yuan.map(|s| {
            view! {
                <li>
                    "缴费补贴：" {yuan(s)} {provisional_badge(p.tiers_provisional)}
                </li>
            }
        });
        view! {
            <ul class="dj-facts">
                <li>"缴费档次：" {format!("{} 元/年", fmt_plain(tier))}</li>
                <li>"政府代缴：" <strong>{yuan(amount)}</strong> {provisional_badge(p.provisional)}</li>
                <li>"个人缴费：" {yuan(p.resident_amount_yuan.unwrap_or_default())}</li>
                {subsidy}
            </ul>
        }
    });
    let tiers = p
        .tiers
        .iter()
        .map(|t| {
            view! { <tr><td>{fmt_plain(t.yuan)}</td><td>{fmt_plain(t.subsidy_yuan)}</td></tr> }
        })
        .collect_view();
    let why = text::pension_why(p.reason.code, p.reason.decided_by);
    view! {
        <section class="dj-card" aria-labelledby="dj-c1" data-card="pension">
            <h2 id="dj-c1">{label::CARD_PENSION}</h2>
            {verdict(p.government_pays, format!("政府为您代缴 {}", yuan(amount)), "政府不代缴".into())}
            {detail}
            <p class="dj-why">{why}</p>
            {hint(&p.reason, "pension")}
            <details class="dj-tiers">
                <summary>{label::TIERS} {provisional_badge(p.tiers_provisional)}</summary>
                <table>
                    <thead><tr><th scope="col">"档次（元/年）"</th><th scope="col">"缴费补贴（元）"</th></tr></thead>
                    <tbody>{tiers}</tbody>
                </table>
            </details>
            {basis(&p.reason)}
        </section>
    }
}

fn direct_card(d: &Decision) -> impl IntoView {
    let c = &d.direct_claim;
    let monthly = match c.monthly_pension_yuan {
        Some(m) => format!("基础养老金 {} 元/月", fmt_plain(m)),
        None => "该年度基础养老金标准未查到，以当地经办机构为准".into(),
    };
    let detail = c.eligible.then(|| {
        view! {
            <ul class="dj-facts">
                <li>"不用补缴养老保险费，由本人提出申请"</li>
                <li>"自办理手续的次月起按月领取"</li>
                <li>{monthly} {provisional_badge(c.provisional)}</li>
            </ul>
        }
    });
    view! {
        <section class="dj-card" aria-labelledby="dj-c2" data-card="direct">
            <h2 id="dj-c2">{label::CARD_DIRECT}</h2>
            {verdict(c.eligible, "可以直接领取".into(), "不适用".into())}
            {detail}
            <p class="dj-why">{text::direct_why(c.reason.code)}</p>
            {hint(&c.reason, "direct")}
            {basis(&c.reason)}
        </section>
    }
}

fn medical_card(d: &Decision) -> impl IntoView {
    let m = &d.medical_subsidy;
    let yes = !m.rate.is_zero();
    let rate = if m.rate == Decimal::ONE {
        "全额资助".to_string()
    } else {
        format!("资助 {}%", fmt_plain(m.rate * Decimal::ONE_HUNDRED))
    };
    view! {
        <section class="dj-card" aria-labelledby="dj-c3" data-card="medical">
            <h2 id="dj-c3">{label::CARD_MEDICAL}</h2>
            {verdict(yes, rate, "不资助".into())}
            <ul class="dj-facts">
                <li>"个人缴费标准：" {yuan(m.contribution_yuan)} "/年" {provisional_badge(m.provisional)}</li>
                <li>"财政资助：" <strong>{yuan(m.amount_yuan)}</strong></li>
                <li>"个人缴纳：" {yuan(m.resident_pays_yuan)}</li>
            </ul>
            <p class="dj-why">{text::medical_why(m.reason.code, m.reason.decided_by)}</p>
            {basis(&m.reason)}
        </section>
    }
}

fn results(d: &Decision) -> impl IntoView {
    let any_provisional = d.pension_contribution.provisional
        || d.pension_contribution.tiers_provisional
        || d.direct_claim.provisional
        || d.medical_subsidy.provisional;
    view! {
        {pension_card(d)}
        {direct_card(d)}
        {medical_card(d)}
        {any_provisional.then(|| view! { <p class="dj-note">{label::PROVISIONAL_NOTE}</p> })}
        <p class="dj-version">
            {format!(
                "{} 年度 · 规则版本 {} · 规则数据校验码 {}",
                d.year,
                d.policy_version,
                crate::policy::rules_digest()
            )}
        </p>
        <p class="dj-print-only dj-stamp">
            {move || format!(
                "打印时间:{}。本页不含姓名、身份证号等个人信息;凭上述年度、规则版本和校验码可复核同一结果。",
                js_sys::Date::new_0().to_locale_string("zh-CN", &wasm_bindgen::JsValue::UNDEFINED)
            )}
        </p>
        <p class="dj-noprint">
            <button type="button" class="dj-button" on:click=move |_| {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }>"打印结果"</button>
        </p>
    }
}

/// The policy years as `<option>`s, newest first, the latest selected.
pub(crate) fn year_options() -> impl IntoView {
    POLICY_YEARS
        .iter()
        .rev()
        .map(|&y| {
            view! { <option value=y.to_string() selected=y == LAST_YEAR>{format!("{y} 年")}</option> }
        })
        .collect_view()
}

/// One labelled radio button of group `name` (id `dj-{prefix}-{code}`), checked while
/// `selected` holds `value`.
pub(crate) fn radio<T>(
    name: &'static str,
    prefix: &'static str,
    code: &'static str,
    text: &'static str,
    value: T,
    selected: RwSignal<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let id = format!("dj-{prefix}-{code}");
    view! {
        <div class="dj-radio">
            <input
                type="radio"
                id=id.clone()
                name=name
                value=code
                prop:checked=move || selected.get() == value
                on:change=move |_| selected.set(value)
            />
            <label for=id>{text}</label>
        </div>
    }
}

/// The error to show under `field`, if the current input has one there and the person has
/// started on that field.
fn error_for(decided: &Result<Decision, InputError>, field: &str, started: bool) -> Option<String> {
    match decided {
        Err(e) if started && e.field == field => Some(text::field_error(e)),
        _ => None,
    }
}

/// Sets or clears a class on the page's `<html>` element (large type, kiosk), so that the
/// static header in the HTML and the app scale together.
fn html_class(name: &str, on: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().toggle_with_force(name, on);
    }
}

/// The app's toolbar: the large-type switch (kept while the page is open; never stored).
/// The page's title and tabs are static HTML (www/index.html), painted before the wasm runs.
#[component]
pub fn Toolbar() -> impl IntoView {
    let large = RwSignal::new(false);
    view! {
        <div class="dj-toolbar dj-noprint">
            <button
                type="button"
                id="dj-large"
                class="dj-toggle"
                aria-pressed=move || if large.get() { "true" } else { "false" }
                on:click=move |_| {
                    large.update(|l| *l = !*l);
                    html_class("dj-large", large.get_untracked());
                }
            >
                "大字"
            </button>
        </div>
    }
}

/// The resident's page. With `?kiosk=1` in the URL it runs in kiosk mode (see [`kiosk`]).
#[component]
pub fn App() -> impl IntoView {
    let form = FormSignals::new();
    let settings = kiosk::Settings::from_location();
    html_class("dj-kiosk", settings.is_some());
    view! {
        <div class="dj">
            <Toolbar />
            <main>
                <Resident form=form />
            </main>
            {settings.map(|s| view! { <kiosk::Kiosk form=form settings=s /> })}
        </div>
    }
}

/// The clerk's page.
#[cfg(feature = "clerk")]
#[component]
pub fn ClerkApp() -> impl IntoView {
    view! {
        <div class="dj">
            <Toolbar />
            <main>
                <clerk::Clerk />
            </main>
        </div>
    }
}

/// The resident's answers as signals, so that the kiosk's 清除 and idle wipe can blank them.
#[derive(Debug, Clone, Copy)]
pub struct FormSignals {
    year: RwSignal<u16>,
    age: RwSignal<String>,
    age_touched: RwSignal<bool>,
    statuses: RwSignal<Statuses>,
    exited_on: RwSignal<String>,
    exit_touched: RwSignal<bool>,
    pension: RwSignal<Option<Pension>>,
}

impl FormSignals {
    /// A blank form (the latest year preselected).
    pub fn new() -> FormSignals {
        FormSignals {
            year: RwSignal::new(LAST_YEAR),
            age: RwSignal::new(String::new()),
            age_touched: RwSignal::new(false),
            statuses: RwSignal::new(Statuses::NONE),
            exited_on: RwSignal::new(String::new()),
            exit_touched: RwSignal::new(false),
            pension: RwSignal::new(None),
        }
    }

    /// Blanks every answer.
    pub fn clear(&self) {
        self.year.set(LAST_YEAR);
        self.age.set(String::new());
        self.age_touched.set(false);
        self.statuses.set(Statuses::NONE);
        self.exited_on.set(String::new());
        self.exit_touched.set(false);
        self.pension.set(None);
    }

    /// Whether anything has been answered (the year alone does not count).
    pub fn is_blank(&self) -> bool {
        self.age.with(String::is_empty)
            && self.statuses.get().is_empty()
            && self.exited_on.with(String::is_empty)
            && self.pension.get().is_none()
    }
}

impl Default for FormSignals {
    fn default() -> Self {
        FormSignals::new()
    }
}

/// The resident's view: form and live answers.
#[component]
pub fn Resident(
    /// The form's state, owned by the page (the kiosk wipes it).
    form: FormSignals,
) -> impl IntoView {
    let FormSignals {
        year,
        age,
        age_touched,
        statuses,
        exited_on,
        exit_touched,
        pension,
    } = form;
    let decided = Memo::new(move |_| {
        FormState {
            year: year.get(),
            age: age.get(),
            statuses: statuses.get(),
            exited_on: exited_on.get(),
            pension: pension.get(),
        }
        .decide()
    });
    let age_error = move || {
        decided.with(|d| error_for(d, "age", age_touched.get() || !age.get().trim().is_empty()))
    };
    let exit_error = move || {
        decided.with(|d| {
            error_for(
                d,
                "exited_on",
                exit_touched.get() || !exited_on.get().is_empty(),
            )
        })
    };

    let status_boxes = Status::ALL
        .into_iter()
        .map(|s| {
            let id = format!("dj-st-{}", s.code());
            view! {
                <div class="dj-check">
                    <input
                        type="checkbox"
                        id=id.clone()
                        name="statuses"
                        value=s.code()
                        prop:checked=move || statuses.get().has(s)
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            statuses.update(|x| *x = if on { x.with(s) } else { x.without(s) });
                        }
                    />
                    <label for=id>{text::status_label(s)}</label>
                </div>
            }
        })
        .collect_view();

    let pension_radios = Pension::ALL
        .into_iter()
        .zip(label::PENSION_OPTIONS)
        .map(|(p, l)| radio("pension", "pe", p.code(), l, Some(p), pension))
        .collect_view();

    view! {
        <div class="dj-resident">
                <form class="dj-form" on:submit=|ev| ev.prevent_default() novalidate>
                    <div class="dj-field">
                        <label for="dj-year">{label::YEAR}</label>
                        <select
                            id="dj-year"
                            name="year"
                            prop:value=move || year.get().to_string()
                            on:change=move |ev| {
                                year.set(event_target_value(&ev).parse().unwrap_or(LAST_YEAR))
                            }
                        >
                            {year_options()}
                        </select>
                    </div>
                    <div class="dj-field">
                        <label for="dj-age">{label::AGE}</label>
                        <input
                            id="dj-age"
                            name="age"
                            type="text"
                            inputmode="numeric"
                            autocomplete="off"
                            maxlength="4"
                            aria-describedby="dj-age-help dj-age-error"
                            aria-invalid=move || if age_error().is_some() { "true" } else { "false" }
                            prop:value=move || age.get()
                            on:input=move |ev| age.set(event_target_value(&ev))
                            on:blur=move |_| age_touched.set(true)
                        />
                        <p id="dj-age-help" class="dj-help">{label::AGE_HELP}</p>
                        <p id="dj-age-error" class="dj-error" role="alert">{age_error}</p>
                    </div>
                    <fieldset class="dj-field" aria-describedby="dj-st-help">
                        <legend>{label::STATUSES}</legend>
                        <p id="dj-st-help" class="dj-help">{label::STATUSES_HELP}</p>
                        {status_boxes}
                        <Show when=move || statuses.get().has(Status::RegisteredPoorExited)>
                            <div class="dj-sub-field">
                                <label for="dj-exit">{label::EXITED_ON}</label>
                                <input
                                    id="dj-exit"
                                    name="exited_on"
                                    type="date"
                                    min="2014-01-01"
                                    max=move || format!("{}-12-31", year.get())
                                    aria-describedby="dj-exit-error"
                                    aria-invalid=move || if exit_error().is_some() { "true" } else { "false" }
                                    prop:value=move || exited_on.get()
                                    on:input=move |ev| exited_on.set(event_target_value(&ev))
                                    on:change=move |ev| exited_on.set(event_target_value(&ev))
                                    on:blur=move |_| exit_touched.set(true)
                                />
                                <p id="dj-exit-error" class="dj-error" role="alert">{exit_error}</p>
                            </div>
                        </Show>
                    </fieldset>
                    <fieldset class="dj-field">
                        <legend>{label::PENSION}</legend>
                        {pension_radios}
                    </fieldset>
                </form>
                <div class="dj-results" aria-live="polite">
                    {move || match decided.get() {
                        Ok(d) => results(&d).into_any(),
                        Err(_) => view! { <p class="dj-waiting">{label::WAITING}</p> }.into_any(),
                    }}
                </div>
        </div>
    }
}

/// Mounts the resident's page on `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}

/// Mounts the clerk's page on `<body>`.
#[cfg(feature = "clerk")]
pub fn mount_clerk() {
    leptos::mount::mount_to_body(ClerkApp);
}
