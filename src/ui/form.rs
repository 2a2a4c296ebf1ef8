//! The resident's form and its live answers: the fields (year, age, statuses with the exit
//! date, pension situation), their errors, and the answer cards below them.

use super::cards::results;
use super::{clock_year, default_year};
use crate::form::FormState;
use crate::input::{InputError, MedicalScheme, Pension, Status, Statuses};
use crate::policy::params::POLICY_YEARS;
use crate::rules::Decision;
use crate::text::{fill, Lang, Text};
use leptos::prelude::*;

/// The resident's answers as signals, so that the kiosk's 清除 and idle wipe can blank them.
#[derive(Debug, Clone, Copy)]
pub struct FormSignals {
    year: RwSignal<u16>,
    age: RwSignal<String>,
    age_touched: RwSignal<bool>,
    born: RwSignal<String>,
    statuses: RwSignal<Statuses>,
    exited_on: RwSignal<String>,
    exit_touched: RwSignal<bool>,
    pension: RwSignal<Option<Pension>>,
    medical_scheme: RwSignal<MedicalScheme>,
}

impl FormSignals {
    /// A blank form (the device clock's year preselected, or the nearest encoded year).
    pub fn new() -> FormSignals {
        FormSignals {
            year: RwSignal::new(default_year()),
            age: RwSignal::new(String::new()),
            age_touched: RwSignal::new(false),
            born: RwSignal::new(String::new()),
            statuses: RwSignal::new(Statuses::NONE),
            exited_on: RwSignal::new(String::new()),
            exit_touched: RwSignal::new(false),
            pension: RwSignal::new(None),
            medical_scheme: RwSignal::new(MedicalScheme::Residents),
        }
    }

    /// Blanks every answer.
    pub fn clear(&self) {
        self.year.set(default_year());
        self.age.set(String::new());
        self.age_touched.set(false);
        self.born.set(String::new());
        self.statuses.set(Statuses::NONE);
        self.exited_on.set(String::new());
        self.exit_touched.set(false);
        self.pension.set(None);
        self.medical_scheme.set(MedicalScheme::Residents);
    }

    /// Whether anything has been answered (the year alone does not count).
    pub fn is_blank(&self) -> bool {
        self.age.with(String::is_empty)
            && self.born.with(String::is_empty)
            && self.statuses.get().is_empty()
            && self.exited_on.with(String::is_empty)
            && self.pension.get().is_none()
            && self.medical_scheme.get() == MedicalScheme::Residents
    }
}

impl Default for FormSignals {
    fn default() -> Self {
        FormSignals::new()
    }
}

/// The policy years as `<option>`s, newest first, the default year selected.
pub(crate) fn year_options(t: &'static Text) -> impl IntoView {
    let default = default_year();
    POLICY_YEARS
        .iter()
        .rev()
        .map(|&y| {
            let year = y.to_string();
            let text = fill(t.year_option, &[("year", &year)]);
            view! { <option value=year selected=y == default>{text}</option> }
        })
        .collect_view()
}

/// The line under a year field: which year the device's clock gave, and that it may be changed.
pub(crate) fn year_help(t: &'static Text) -> String {
    match clock_year() {
        Some(clock) => {
            let year = default_year();
            let template = if i32::from(year) == clock {
                t.year_help_clock
            } else {
                t.year_help_nearest
            };
            fill(
                template,
                &[("clock", &clock.to_string()), ("year", &year.to_string())],
            )
        }
        None => String::new(),
    }
}

/// One labelled radio button of group `name` (id `dj-{prefix}-{code}`), checked while
/// `selected` holds `value`.
fn radio<T>(
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

/// A fieldset of radio buttons: the `legend`, and one button per `(code, label, value)` of
/// group `name` (ids `dj-{prefix}-{code}`), checked while `selected` holds its value.
pub(crate) fn radio_group<T>(
    legend: &'static str,
    name: &'static str,
    prefix: &'static str,
    options: impl IntoIterator<Item = (&'static str, &'static str, T)>,
    selected: RwSignal<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let radios = options
        .into_iter()
        .map(|(code, label, value)| radio(name, prefix, code, label, value, selected))
        .collect_view();
    view! {
        <fieldset class="dj-field">
            <legend>{legend}</legend>
            {radios}
        </fieldset>
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

/// The decision for the form as it stands, or its first input error.
type Decided = Memo<Result<Decision, InputError>>;

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
        born,
        statuses,
        exited_on,
        pension,
        medical_scheme,
        ..
    } = form;
    let decided: Decided = Memo::new(move |_| {
        FormState {
            year: year.get(),
            age: age.get(),
            born: born.get(),
            statuses: statuses.get(),
            exited_on: exited_on.get(),
            pension: pension.get(),
            medical_scheme: medical_scheme.get(),
        }
        .decide()
    });
    view! {
        <div class="dj-resident">
            <form class="dj-form" on:submit=|ev| ev.prevent_default() novalidate>
                {year_field(year, t)}
                {age_field(form, decided, lang)}
                {statuses_field(form, decided, lang)}
                {pension_field(pension, t)}
                {medical_scheme_field(medical_scheme, t)}
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

/// The policy year.
fn year_field(year: RwSignal<u16>, t: &'static Text) -> impl IntoView {
    view! {
        <div class="dj-field">
            <label for="dj-year">{t.year}</label>
            <select
                id="dj-year"
                name="year"
                aria-describedby="dj-year-help"
                prop:value=move || year.get().to_string()
                on:change=move |ev| year.set(event_target_value(&ev).parse().unwrap_or_else(|_| default_year()))
            >
                {year_options(t)}
            </select>
            <p id="dj-year-help" class="dj-help">{year_help(t)}</p>
        </div>
    }
}

/// The age, with its help and its error (shown once the person has started on it).
fn age_field(form: FormSignals, decided: Decided, lang: Lang) -> impl IntoView {
    let t = lang.text();
    let FormSignals {
        age,
        age_touched,
        born,
        ..
    } = form;
    let age_error = move || {
        let started = age_touched.get() || !age.get().trim().is_empty();
        decided.with(|d| error_for(d, "age", started, lang))
    };
    let born_error = move || decided.with(|d| error_for(d, "born", true, lang));
    view! {
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
            <p id="dj-age-help" class="dj-help">{t.policy(t.age_help)}</p>
            <p id="dj-age-error" class="dj-error" role="alert">{age_error}</p>
            <label for="dj-born">{t.born}</label>
            <input
                id="dj-born"
                name="born"
                type="month"
                autocomplete="off"
                aria-describedby="dj-born-error"
                prop:value=move || born.get()
                on:input=move |ev| born.set(event_target_value(&ev))
            />
            <p id="dj-born-error" class="dj-error" role="alert">{born_error}</p>
        </div>
    }
}

/// The statuses held in the year, and the exit date when 已脱贫 is ticked.
fn statuses_field(form: FormSignals, decided: Decided, lang: Lang) -> impl IntoView {
    let t = lang.text();
    let FormSignals {
        year,
        statuses,
        exited_on,
        exit_touched,
        ..
    } = form;
    let exit_error = move || {
        let started = exit_touched.get() || !exited_on.get().is_empty();
        decided.with(|d| error_for(d, "exited_on", started, lang))
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
    view! {
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
    }
}

/// The medical insurance scheme (the residents' scheme preselected).
fn medical_scheme_field(scheme: RwSignal<MedicalScheme>, t: &'static Text) -> impl IntoView {
    let options = MedicalScheme::ALL.map(|m| (m.code(), t.scheme_label(m), m));
    radio_group(t.medical_scheme, "medical_scheme", "ms", options, scheme)
}

/// The situation in the residents' pension scheme.
fn pension_field(pension: RwSignal<Option<Pension>>, t: &'static Text) -> impl IntoView {
    let options = Pension::ALL.map(|p| (p.code(), t.pension_label(p), Some(p)));
    radio_group(t.pension, "pension", "pe", options, pension)
}
