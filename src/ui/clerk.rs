//! The clerk's view: the budget of 唐高人社呈〔2018〕4号 for N people, and a roster file
//! tallied in the browser (File API, chunk by chunk, no upload) with a progress bar.
//! Like the resident's page it holds no rule: figures come from [`crate::budget`] and
//! [`crate::roster`], the same code the CLI runs.

use super::{basis, now_text, print, provisional_badge};
use crate::budget::{Budget, Fiscal, Request, MAX_PEOPLE};
use crate::contract::BudgetOut;
use crate::form::normalize_digits;
use crate::html::Html;
use crate::input::Field;
use crate::policy::clauses::Clause;
use crate::roster::report::{report, RosterReport};
use crate::roster::{begin, split_lines, tally_lines, Begin, Encoding, Reject, Tally};
use crate::shell::Problem;
use crate::text::{fill, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Bytes read from the file per step; the page repaints between steps.
const CHUNK: u32 = 4 << 20;
/// Rejected rows listed on the page (all are counted).
const SHOWN_REJECTS: usize = 200;

/// The budget table for a [`BudgetOut`].
pub(crate) fn budget_table(b: &BudgetOut, lang: Lang) -> impl IntoView {
    let t = lang.text();
    let c = lang.clerk();
    let rows = b
        .levels
        .iter()
        .map(|l| {
            view! {
                <tr>
                    <th scope="row">{c.level_name(l.level, b.fiscal)}</th>
                    <td>{l.exact_yuan.0.clone()}</td>
                    <td>{l.per_person_budgeted_yuan.0.clone()}</td>
                    <td>{l.budgeted_yuan.0.clone()}</td>
                    <td>{l.budgeted_wan_yuan.clone()}</td>
                    <td>{l.settlement_yuan.0.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let summary = c.budget_summary_of(b);
    view! {
        <p>
            {summary}
            <span inner_html=provisional_badge(t, b.provisional)></span>
        </p>
        <div class="dj-scroll" tabindex="0" role="region" aria-label=c.budget_table_label>
            <table class="dj-budget">
                <thead>
                    <tr>
                        <th scope="col">{c.col_level}</th>
                        <th scope="col">{c.col_exact}</th>
                        <th scope="col">{c.col_per_person}</th>
                        <th scope="col">{c.col_budgeted}</th>
                        <th scope="col">{c.col_wan}</th>
                        <th scope="col">{c.col_settlement}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{c.total}</th>
                        <td>{b.total_yuan.0.clone()}</td>
                        <td></td>
                        <td>{b.budgeted_total_yuan.0.clone()}</td>
                        <td></td>
                        <td>{b.settlement_total_yuan.0.clone()}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
        <p class="dj-help">{c.budget_rounding}</p>
    }
}

fn clauses_view(clauses: &[Clause], lang: Lang) -> impl IntoView {
    let mut h = Html::default();
    basis(&mut h, clauses, None, lang, true, None);
    view! { <div inner_html=h.0></div> }
}

/// The label of a fiscal arrangement (its split filled in from the policy data), made once
/// per language and kept for the page's lifetime (the radio group takes `'static` labels).
fn fiscal_label(lang: Lang, fiscal: Fiscal) -> &'static str {
    static LABELS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let labels = LABELS.get_or_init(|| {
        Lang::ALL
            .into_iter()
            .flat_map(|l| Fiscal::ALL.map(|f| l.clerk().fiscal_name(f)))
            .collect()
    });
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0) * Fiscal::ALL.len()
        + Fiscal::ALL.iter().position(|f| *f == fiscal).unwrap_or(0);
    labels.get(i).map_or("", String::as_str)
}

/// A rejected row for display (its reason in both languages, so a switch keeps it).
#[derive(Debug, Clone, PartialEq, Eq)]
struct RejectRow {
    line: u64,
    id: String,
    error: Problem,
}

/// What the roster produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterView {
    name: String,
    report: RosterReport,
    rejects: Vec<RejectRow>,
}

/// Why a roster file could not be tallied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RosterError {
    /// The browser could not read the file.
    Unreadable,
}

impl RosterError {
    fn text(&self, lang: Lang) -> String {
        let c = lang.clerk();
        match self {
            RosterError::Unreadable => c.roster_read_error.into(),
        }
    }
}

/// The clerk page's state, owned by the page so that a language switch keeps it.
#[derive(Debug, Clone, Copy)]
pub struct ClerkState {
    year: RwSignal<u16>,
    people: RwSignal<String>,
    fiscal: RwSignal<Fiscal>,
    progress: RwSignal<Option<(u64, u64)>>,
    roster: RwSignal<Option<Result<RosterView, RosterError>>>,
    busy: RwSignal<bool>,
    lists: super::lists::ListsState,
}

impl ClerkState {
    /// A blank clerk page (the latest year, an ordinary county).
    pub fn new() -> ClerkState {
        ClerkState {
            year: RwSignal::new(super::default_year()),
            people: RwSignal::new(String::new()),
            fiscal: RwSignal::new(Fiscal::Ordinary),
            progress: RwSignal::new(None),
            roster: RwSignal::new(None),
            busy: RwSignal::new(false),
            lists: super::lists::ListsState::new(),
        }
    }
}

impl Default for ClerkState {
    fn default() -> Self {
        ClerkState::new()
    }
}

fn decode_id(id: &[u8], encoding: Encoding) -> String {
    if encoding == Encoding::Gbk {
        if let Ok(d) = web_sys::TextDecoder::new_with_label("gbk") {
            if let Ok(s) = d.decode_with_u8_array(id) {
                return s;
            }
        }
    }
    String::from_utf8_lossy(id).into_owned()
}

/// Lets the browser repaint (the progress bar) and handle input between chunks.
pub(crate) async fn yield_to_browser() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

async fn read_chunk(file: &web_sys::File, start: u64, end: u64) -> Result<Vec<u8>, RosterError> {
    let blob = file
        .slice_with_f64_and_f64(start as f64, end as f64)
        .map_err(|_| RosterError::Unreadable)?;
    let buf = wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
        .await
        .map_err(|_| RosterError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Tallies a roster file chunk by chunk, reporting progress as (bytes read, size).
async fn tally_file(
    file: web_sys::File,
    fiscal: Fiscal,
    progress: RwSignal<Option<(u64, u64)>>,
) -> Result<RosterView, RosterError> {
    let size = file.size() as u64;
    let name = file.name();
    let mut tally = Tally::default();
    let mut encoding = None;
    let mut carry: Vec<u8> = Vec::new();
    let mut next_line = 2u64;
    let mut rejects = Vec::new();
    let mut offset = 0u64;
    progress.set(Some((0, size)));
    loop {
        let end = (offset + u64::from(CHUNK)).min(size);
        let last = end >= size;
        if offset < size {
            carry.extend(read_chunk(&file, offset, end).await?);
        }
        offset = end;
        let enc = match encoding {
            Some(e) => e,
            // The one reading of the start (roster::begin, the CLI's too).
            None => match begin(&carry, last) {
                Begin::NeedMore => continue,
                Begin::Ready { encoding: e, body } => {
                    carry.drain(..body);
                    encoding = Some(e);
                    e
                }
                Begin::Rejected { encoding: e, error } => {
                    tally.rows = 1;
                    tally.rejected = 1;
                    progress.set(Some((size, size)));
                    return Ok(RosterView {
                        name,
                        report: report(&tally, e, fiscal),
                        rejects: vec![RejectRow {
                            line: 1,
                            id: String::new(),
                            error,
                        }],
                    });
                }
            },
        };
        let (lines, rest) = if last {
            (&carry[..], &[][..])
        } else {
            split_lines(&carry)
        };
        let mut keep = |r: Reject| {
            if rejects.len() < SHOWN_REJECTS {
                rejects.push(RejectRow {
                    line: r.line,
                    id: decode_id(&r.id, enc),
                    error: r.error,
                });
            }
        };
        next_line += tally_lines(lines, next_line, enc, &mut tally, &mut keep);
        carry = rest.to_vec();
        progress.set(Some((offset, size)));
        if last {
            break;
        }
        yield_to_browser().await;
    }
    Ok(RosterView {
        name,
        report: report(&tally, encoding.unwrap_or(Encoding::Utf8), fiscal),
        rejects,
    })
}

fn roster_view(v: &RosterView, lang: Lang) -> impl IntoView {
    let c = lang.clerk();
    let r = &v.report;
    let years = r
        .years
        .iter()
        .map(|y| {
            let budget = y.pension_budget.as_ref().map(|b| {
                view! {
                    <h4>{c.roster_year_budget}</h4>
                    {budget_table(b, lang)}
                }
            });
            view! {
                <section class="dj-year" data-year=y.year>
                    <h3>{fill(c.roster_year, &[("year", &y.year.to_string())])}</h3>
                    <dl class="dj-figures">
                        <dt>{c.fig_persons}</dt><dd>{y.persons}</dd>
                        <dt>{c.fig_poor}</dt><dd>{y.is_poor_count}</dd>
                        <dt>{c.fig_pays}</dt><dd data-k="pays">{y.government_pays_pension_count}</dd>
                        <dt>{c.fig_pays_amount}</dt><dd>{y.government_pension_amount_sum.clone()}</dd>
                        <dt>{c.fig_direct}</dt><dd data-k="direct">{y.direct_claim_count}</dd>
                        <dt>{c.fig_medical_full}</dt><dd>{y.medical_full_rate_count}</dd>
                        <dt>{c.medical_partial_label()}</dt><dd>{y.medical_partial_rate_count}</dd>
                        <dt>{c.fig_medical_amount}</dt><dd data-k="medical">{y.medical_subsidy_amount_sum.clone()}</dd>
                    </dl>
                    {budget}
                </section>
            }
        })
        .collect_view();
    let rejects = (!v.rejects.is_empty()).then(|| {
        let rows = v
            .rejects
            .iter()
            .map(|x| {
                view! {
                    <tr>
                        <td>{x.line}</td>
                        <td>{x.id.clone()}</td>
                        <td>{x.error.field().to_string()}</td>
                        <td>{lang.message(&x.error)}</td>
                    </tr>
                }
            })
            .collect_view();
        let heading = fill(
            c.rejects_heading,
            &[
                ("count", &r.rejected.to_string()),
                ("shown", &v.rejects.len().to_string()),
            ],
        );
        view! {
            <h3>{heading}</h3>
            <div class="dj-scroll" tabindex="0" role="region" aria-label=c.rejects_label>
                <table class="dj-rejects">
                    <thead>
                        <tr>
                            <th scope="col">{c.col_line}</th>
                            <th scope="col">{c.col_id}</th>
                            <th scope="col">{c.col_field}</th>
                            <th scope="col">{c.col_reason}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let summary = fill(
        c.roster_summary,
        &[
            ("name", &v.name),
            ("rows", &r.rows.to_string()),
            ("accepted", &r.accepted.to_string()),
            ("rejected", &r.rejected.to_string()),
            ("blank", &r.blank_lines.to_string()),
            ("encoding", r.encoding),
        ],
    );
    let totals = fill(
        c.roster_totals,
        &[
            ("pension", &r.government_pension_amount_total),
            ("medical", &r.medical_subsidy_amount_total),
        ],
    );
    view! {
        <div class="dj-roster-result" data-rejected=r.rejected>
            <p class="dj-summary">{summary}</p>
            {years}
            <p>{totals}</p>
            {rejects}
        </div>
    }
}

/// The clerk's view, rendered in `lang` from the page's [`ClerkState`].
#[component]
pub fn Clerk(
    /// The page's state.
    state: ClerkState,
    /// The language to render in.
    lang: Lang,
) -> impl IntoView {
    let c = lang.clerk();
    let ClerkState {
        year,
        people,
        fiscal,
        ..
    } = state;
    let computed: Computed = Memo::new(move |_| {
        let typed = normalize_digits(&people.get());
        if typed.is_empty() {
            return Err(String::new());
        }
        // The one budget request parser (the CLI's and the JS API's too): the same error.
        Request::from_fields(
            Field::Int(i64::from(year.get())),
            Field::from_text(&typed),
            Field::Str(fiscal.get().code().into()),
        )
        .and_then(|r| r.budget())
        .map_err(|e| lang.clerk_field_error(&e))
    });
    view! {
        <section class="dj-clerk" aria-labelledby="dj-clerk-title">
            <h2 id="dj-clerk-title" class="dj-noprint">{c.clerk_heading}</h2>
            <div class="dj-print-only">
                <h2>{c.clerk_print_title}</h2>
                <p>{move || fill(c.clerk_date, &[("date", &now_text(lang, true))])}</p>
            </div>
            {budget_form(state, computed, lang)}
            {budget_card(computed, lang)}
            {super::lists::lists_card(state.lists, year, fiscal, lang)}
            {roster_card(state, lang)}
            <div id="dj-list-print" class="dj-list-print"></div>
        </section>
    }
}

/// The budget for the form as it stands, or the message of its first error (empty while the
/// people box is empty).
type Computed = Memo<Result<Budget, String>>;

/// The budget's form: year, people, fiscal arrangement.
fn budget_form(state: ClerkState, computed: Computed, lang: Lang) -> impl IntoView {
    let t = lang.text();
    let c = lang.clerk();
    let ClerkState {
        year,
        people,
        fiscal,
        ..
    } = state;
    let fiscal_options = Fiscal::ALL.map(|f| (f.code(), fiscal_label(lang, f), f));
    view! {
        <form class="dj-form dj-noprint" on:submit=|ev| ev.prevent_default() novalidate>
            <div class="dj-field">
                <label for="dj-b-year">{t.year}</label>
                <select
                    id="dj-b-year"
                    prop:value=move || year.get().to_string()
                    on:change=move |ev| year.set(event_target_value(&ev).parse().unwrap_or_else(|_| super::default_year()))
                >
                    {super::year_options(t)}
                </select>
            </div>
            <div class="dj-field">
                <label for="dj-b-people">{c.people}</label>
                <input
                    id="dj-b-people"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    aria-describedby="dj-b-people-help dj-b-people-error"
                    aria-invalid=move || {
                        if computed.with(|c| matches!(c, Err(e) if !e.is_empty())) { "true" } else { "false" }
                    }
                    prop:value=move || people.get()
                    on:input=move |ev| people.set(event_target_value(&ev))
                />
                <p id="dj-b-people-help" class="dj-help">{fill(c.people_help, &[("max", &MAX_PEOPLE.to_string())])}</p>
                <p id="dj-b-people-error" class="dj-error" role="alert">
                    {move || computed.with(|c| c.as_ref().err().cloned().unwrap_or_default())}
                </p>
            </div>
            {super::radio_group(c.fiscal, "fiscal", "fiscal", fiscal_options, fiscal)}
        </form>
    }
}

/// The budget card: the table per level, its clauses, the print button.
fn budget_card(computed: Computed, lang: Lang) -> impl IntoView {
    let c = lang.clerk();
    view! {
        <div class="dj-card" data-card="budget" aria-live="polite">
            <h3>{c.budget_card}</h3>
            {move || match computed.get() {
                Ok(b) => {
                    view! { {budget_table(&BudgetOut::new(&b), lang)} {clauses_view(&b.clauses, lang)} }
                        .into_any()
                }
                Err(_) => view! { <p class="dj-waiting">{c.budget_waiting}</p> }.into_any(),
            }}
            <p class="dj-noprint">
                <button type="button" class="dj-button" on:click=move |_| print()>{c.budget_print}</button>
            </p>
        </div>
    }
}

/// The roster card: the file input, the progress bar, the report or why there is none.
fn roster_card(state: ClerkState, lang: Lang) -> impl IntoView {
    let c = lang.clerk();
    let ClerkState {
        fiscal,
        progress,
        roster,
        busy,
        ..
    } = state;
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        busy.set(true);
        roster.set(None);
        let fiscal = fiscal.get_untracked();
        leptos::task::spawn_local(async move {
            let result = tally_file(file, fiscal, progress).await;
            roster.set(Some(result));
            busy.set(false);
        });
    };
    view! {
        <div class="dj-card dj-noprint" data-card="roster">
            <h3>{c.roster_card}</h3>
            <p class="dj-help">{c.roster_help}</p>
            <label for="dj-roster-file" class="dj-file-label">{c.roster_file}</label>
            <input id="dj-roster-file" type="file" accept=".csv,text/csv" on:change=on_file disabled=move || busy.get() />
            {move || progress.get().map(|(done, total)| {
                let permille = (done * 1000).checked_div(total).unwrap_or(1000);
                view! {
                    <p>
                        <label for="dj-roster-progress">{c.roster_progress}</label>
                        <progress id="dj-roster-progress" max="1000" value=permille.to_string()>
                            {format!("{}%", permille / 10)}
                        </progress>
                        <span>{format!(" {}%", permille / 10)}</span>
                    </p>
                }
            })}
            <div aria-live="polite">
                {move || roster.get().map(|r| match r {
                    Ok(v) => roster_view(&v, lang).into_any(),
                    Err(e) => view! { <p class="dj-error" role="alert">{e.text(lang)}</p> }.into_any(),
                })}
            </div>
        </div>
    }
}
