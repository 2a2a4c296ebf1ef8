//! The resident's page (Leptos, client-side rendered).
//!
//! It holds no rule: the form's state becomes contract fields ([`crate::form`]), the core
//! validates and decides ([`crate::rules::evaluate`]), and this module renders the decision
//! with the strings of [`crate::text`] (one catalogue per language). Nothing is sent anywhere and nothing is stored.

#[cfg(feature = "clerk")]
pub mod clerk;
pub mod kiosk;

use crate::form::FormState;
use crate::input::{InputError, Pension, Status, Statuses};
use crate::money::fmt_plain;
use crate::policy::clauses::Clause;
use crate::policy::params::{LAST_YEAR, POLICY_YEARS};
use crate::rules::{Decision, Reason};
use crate::text::{doc_number, fill, Lang, Text};
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
    let class = if yes {
        "dj-verdict dj-yes"
    } else {
        "dj-verdict dj-no"
    };
    view! {
        <p class=class>
            <span class="dj-mark" aria-hidden="true">{if yes { "✓" } else { "✗" }}</span>
            <strong>{if yes { t.yes } else { t.no }}</strong>
            <span class="dj-verdict-text">{if yes { yes_text } else { no_text }}</span>
        </p>
    }
}

/// The clauses behind an answer: the Chinese quote always, and in English its gloss.
pub(crate) fn clause_items(clauses: &[Clause], lang: Lang) -> impl IntoView {
    let t = lang.text();
    clauses
        .iter()
        .map(|c: &Clause| {
            let head = format!("{} {}", doc_number(c.doc), c.clause);
            let note = (!c.verbatim).then_some(t.summary);
            let glosses = lang.glosses();
            let doc_gloss =
                glosses.map(|g| view! { <span class="dj-doc-gloss">{g.doc(c.doc)}</span> });
            let gloss = glosses.map(|g| {
                view! { <p class="dj-gloss"><strong>{t.gloss_lead}</strong>{g.clause(c)}</p> }
            });
            view! {
                <li>
                    <cite lang="zh-CN">{head}</cite>
                    {doc_gloss}
                    {note}
                    <blockquote lang="zh-CN">{c.text_zh}</blockquote>
                    {gloss}
                </li>
            }
        })
        .collect_view()
}

fn basis(reason: &Reason, lang: Lang) -> impl IntoView {
    view! {
        <details class="dj-basis">
            <summary>{lang.text().basis}</summary>
            <ul>{clause_items(&reason.clauses, lang)}</ul>
        </details>
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
    let yes = !m.rate.is_zero();
    let rate = if m.rate == Decimal::ONE {
        t.medical_full.to_string()
    } else {
        fill(
            t.medical_rate,
            &[("percent", &fmt_plain(m.rate * Decimal::ONE_HUNDRED))],
        )
    };
    let standard = fill(
        t.yuan_per_year,
        &[("amount", &fmt_plain(m.contribution_yuan))],
    );
    view! {
        <section class="dj-card" aria-labelledby="dj-c3" data-card="medical">
            <h2 id="dj-c3">{t.card_medical}</h2>
            {verdict(t, yes, rate, t.medical_none.into())}
            <ul class="dj-facts">
                <li>{t.fact_medical_standard} {standard} {provisional_badge(t, m.provisional)}</li>
                <li>{t.fact_medical_paid} <strong>{yuan(t, m.amount_yuan)}</strong></li>
                <li>{t.fact_medical_you} {yuan(t, m.resident_pays_yuan)}</li>
            </ul>
            <p class="dj-why">{t.medical_why(m.reason.code, m.reason.decided_by)}</p>
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

fn results(d: &Decision, lang: Lang) -> impl IntoView {
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

/// The policy years as `<option>`s, newest first, the latest selected.
pub(crate) fn year_options(t: &'static Text) -> impl IntoView {
    POLICY_YEARS
        .iter()
        .rev()
        .map(|&y| {
            let year = y.to_string();
            let text = fill(t.year_option, &[("year", &year)]);
            view! { <option value=year selected=y == LAST_YEAR>{text}</option> }
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
fn error_for(
    decided: &Result<Decision, InputError>,
    field: &str,
    started: bool,
    lang: Lang,
) -> Option<String> {
    match decided {
        Err(e) if started && e.field == field => Some(lang.field_error(e)),
        _ => None,
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Whether the app runs on our own page (www/index.html or clerk.html, whose static header it
/// finds), rather than embedded in a host's page, whose `<html>` and URL are not ours.
fn on_own_page() -> bool {
    document()
        .and_then(|d| d.get_element_by_id("dj-h-title"))
        .is_some()
}

/// Sets or clears a class on our own page's `<html>` element (large type, kiosk), so that the
/// static header in the HTML and the app scale together. Never on a host's page.
fn html_class(name: &str, on: bool) {
    if !on_own_page() {
        return;
    }
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().toggle_with_force(name, on);
    }
}

/// Which page the app runs on (for the static header's title and tabs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// index.html.
    Resident,
    /// clerk.html.
    Clerk,
}

/// Puts the static header of www/index.html and www/clerk.html (painted before the wasm runs)
/// and the document's `lang` and title into `lang`, and makes the tabs keep the language.
/// Does nothing where there is no static header (the embed inside a host page).
fn sync_static_header(lang: Lang, page: Page) {
    if !on_own_page() {
        return;
    }
    let Some(doc) = document() else { return };
    // `<html lang>` says which language the header is in. The page starts in Chinese, and
    // rewriting the painted header with the same text would count as a new largest paint,
    // seconds after the first one.
    let Some(root) = doc.document_element() else {
        return;
    };
    if root.get_attribute("lang").as_deref() == Some(lang.tag()) {
        return;
    }
    let _ = root.set_attribute("lang", lang.tag());
    let t = lang.text();
    let set = |id: &str, text: &str| {
        if let Some(e) = doc.get_element_by_id(id) {
            e.set_text_content(Some(text));
        }
    };
    set("dj-h-title", t.title);
    set("dj-h-sub", t.subtitle);
    set("dj-h-private", t.private);
    set("dj-tab-resident", t.tab_resident);
    set("dj-tab-clerk", t.tab_clerk);
    let query = if lang == Lang::En { "?lang=en" } else { "" };
    for (id, href) in [("dj-tab-resident", "./"), ("dj-tab-clerk", "clerk.html")] {
        if let Some(e) = doc.get_element_by_id(id) {
            let _ = e.set_attribute("href", &format!("{href}{query}"));
        }
    }
    if let Some(nav) = doc.get_element_by_id("dj-tabs") {
        let _ = nav.set_attribute("aria-label", t.nav_label);
    }
    doc.set_title(match page {
        Page::Resident => t.doc_title,
        Page::Clerk => t.clerk_doc_title,
    });
}

/// The language of the page's URL (`?lang=en`), Chinese otherwise.
fn lang_from_location() -> Lang {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map_or(Lang::Zh, |q| Lang::from_query(&q))
}

/// The app's toolbar: the language switch and the large-type switch (both kept while the
/// page is open; never stored). The page's title and tabs are static HTML (www/index.html),
/// painted before the wasm runs, and follow the language switch.
#[component]
pub fn Toolbar(
    /// The page's language.
    lang: RwSignal<Lang>,
    /// Which page this is.
    page: Page,
) -> impl IntoView {
    let large = RwSignal::new(false);
    Effect::new(move |_| sync_static_header(lang.get(), page));
    view! {
        // Shown by www/sw-register.js when a new version waits; the text is ours so that it
        // speaks the page's language.
        <div class="dj-update" role="alert" hidden>
            <span>{move || lang.get().text().update_text}</span>
            <button type="button">{move || lang.get().text().update_button}</button>
        </div>
        <div class="dj-toolbar dj-noprint" role="group" aria-label=move || lang.get().text().toolbar_label>
            <button
                type="button"
                id="dj-lang"
                class="dj-toggle"
                lang=move || lang.get().other().tag()
                on:click=move |_| lang.update(|l| *l = l.other())
            >
                {move || lang.get().other().text().language_name}
            </button>
            <button
                type="button"
                id="dj-large"
                class="dj-toggle"
                aria-pressed=move || if large.get() { "true" } else { "false" }
                on:click=move |ev| {
                    large.update(|l| *l = !*l);
                    let on = large.get_untracked();
                    // On <html> for the page (its static header too), and on our own root
                    // for the embed, whose shadow root the page's <html> class cannot reach.
                    html_class("dj-large", on);
                    use wasm_bindgen::JsCast;
                    if let Some(root) = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .and_then(|e| e.closest(".dj").ok().flatten())
                    {
                        let _ = root.class_list().toggle_with_force("dj-large", on);
                    }
                }
            >
                {move || lang.get().text().large}
            </button>
        </div>
    }
}

/// A `<main>` whose content is `view(lang)`, built afresh whenever the language changes (the
/// views keep their state in signals owned by the page, so answers stay). Mounting anew rather
/// than re-rendering in place keeps Leptos from generating update code for the whole view.
fn per_language<V: IntoView + 'static>(
    lang: RwSignal<Lang>,
    view: impl Fn(Lang) -> V + Clone + 'static,
) -> NodeRef<leptos::html::Main> {
    let main = NodeRef::<leptos::html::Main>::new();
    Effect::new(move |previous: Option<Option<Box<dyn std::any::Any>>>| {
        drop(previous); // unmounts the previous language's view
        let lang = lang.get();
        let parent = main.get()?;
        let view = view.clone();
        // Untracked: what the view reads while it is built must not re-run this effect.
        let handle = untrack(|| leptos::mount::mount_to(parent, move || view(lang)));
        Some(Box::new(handle) as Box<dyn std::any::Any>)
    });
    main
}

/// The resident's page. With `?kiosk=1` in the URL it runs in kiosk mode (see [`kiosk`]);
/// with `?lang=en` it opens in English. Switching the language re-renders the view from the
/// same signals, so the answers stay.
#[component]
pub fn App(
    /// The language to open in; without it, the page's URL decides (`?lang=en`).
    #[prop(default = None)]
    lang: Option<Lang>,
) -> impl IntoView {
    let form = FormSignals::new();
    // Kiosk mode is for our own page at a service-hall terminal, never for an embed.
    let settings = on_own_page().then(kiosk::Settings::from_location).flatten();
    let lang = RwSignal::new(lang.unwrap_or_else(lang_from_location));
    html_class("dj-kiosk", settings.is_some());
    view! {
        <div class="dj" lang=move || lang.get().tag()>
            <Toolbar lang=lang page=Page::Resident />
            <main node_ref=per_language(lang, move |lang| view! { <Resident form=form lang=lang /> })></main>
            {settings.map(|s| view! { <kiosk::Kiosk form=form settings=s lang=lang /> })}
        </div>
    }
}

/// The clerk's page.
#[cfg(feature = "clerk")]
#[component]
pub fn ClerkApp() -> impl IntoView {
    let state = clerk::ClerkState::new();
    let lang = RwSignal::new(lang_from_location());
    view! {
        <div class="dj" lang=move || lang.get().tag()>
            <Toolbar lang=lang page=Page::Clerk />
            <main node_ref=per_language(lang, move |lang| view! { <clerk::Clerk state=state lang=lang /> })></main>
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
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let t = lang.text();
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
        decided.with(|d| {
            error_for(
                d,
                "age",
                age_touched.get() || !age.get().trim().is_empty(),
                lang,
            )
        })
    };
    let exit_error = move || {
        decided.with(|d| {
            error_for(
                d,
                "exited_on",
                exit_touched.get() || !exited_on.get().is_empty(),
                lang,
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
                    <label for=id>{t.status_label(s)}</label>
                </div>
            }
        })
        .collect_view();

    let pension_radios = Pension::ALL
        .into_iter()
        .map(|p| {
            radio(
                "pension",
                "pe",
                p.code(),
                t.pension_label(p),
                Some(p),
                pension,
            )
        })
        .collect_view();

    view! {
        <div class="dj-resident">
                <form class="dj-form" on:submit=|ev| ev.prevent_default() novalidate>
                    <div class="dj-field">
                        <label for="dj-year">{t.year}</label>
                        <select
                            id="dj-year"
                            name="year"
                            prop:value=move || year.get().to_string()
                            on:change=move |ev| {
                                year.set(event_target_value(&ev).parse().unwrap_or(LAST_YEAR))
                            }
                        >
                            {year_options(t)}
                        </select>
                    </div>
                    <div class="dj-field">
                        <label for="dj-age">{t.age}</label>
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
                        <p id="dj-age-help" class="dj-help">{t.age_help}</p>
                        <p id="dj-age-error" class="dj-error" role="alert">{age_error}</p>
                    </div>
                    <fieldset class="dj-field" aria-describedby="dj-st-help">
                        <legend>{t.statuses}</legend>
                        <p id="dj-st-help" class="dj-help">{t.statuses_help}</p>
                        {status_boxes}
                        <Show when=move || statuses.get().has(Status::RegisteredPoorExited)>
                            <div class="dj-sub-field">
                                <label for="dj-exit">{t.exited_on}</label>
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
                        <legend>{t.pension}</legend>
                        {pension_radios}
                    </fieldset>
                </form>
                <div class="dj-results" aria-live="polite">
                    {move || match decided.get() {
                        Ok(d) => results(&d, lang).into_any(),
                        Err(_) => view! { <p class="dj-waiting">{t.waiting}</p> }.into_any(),
                    }}
                </div>
        </div>
    }
}

/// Runs `f` in a task of its own, after the current one (so that instantiating the wasm and
/// building the page are two shorter tasks rather than one long one that blocks input).
fn next_task(f: impl FnOnce() + 'static) {
    set_timeout(f, std::time::Duration::ZERO);
}

/// Mounts the resident's page on `<body>`, in the task after the wasm's start.
pub fn mount() {
    next_task(|| leptos::mount::mount_to_body(|| view! { <App /> }));
}

/// Mounts the clerk's page on `<body>`.
#[cfg(feature = "clerk")]
pub fn mount_clerk() {
    next_task(|| leptos::mount::mount_to_body(ClerkApp));
}
