//! The clerk's lists card: the departments' list files (xlsx, xls, ods, csv; several at once)
//! read in the browser (File API, nothing uploaded or stored), merged and decided by
//! [`crate::lists::build`] — the code `daijiao lists` runs — and handed on as a download made in
//! the browser (xlsx or CSV, [`crate::sheets`]) or a print with the identity numbers masked.

use super::clerk::{budget_table, yield_to_browser};
use crate::budget::Fiscal;
use crate::contract::BudgetOut;
use crate::html::Html;
use crate::input::Status;
use crate::lists::build::{
    decide, list_header, read_list, rejects_header, Options, Outcome, RowWriter, SheetRows,
};
use crate::lists::header::Column;
use crate::money::fmt_yuan;
use crate::sheets::Sheet;
use crate::text::{fill, Lang};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// People shown in the page's preview of the list (all are in the downloads and the print).
const SHOWN_PEOPLE: usize = 100;
/// Rejected rows listed on the page (all are in the downloads).
const SHOWN_REJECTS: usize = 200;

/// One chosen file, read: its name and sheets (in memory only, for as long as the page is open).
#[derive(Debug, Clone, PartialEq)]
pub struct ListFile {
    name: String,
    sheets: Vec<Sheet>,
}

/// The lists card's state, owned by the clerk page (a language switch keeps it).
#[derive(Debug, Clone, Copy)]
pub struct ListsState {
    files: RwSignal<Arc<Vec<ListFile>>>,
    category: RwSignal<Option<Status>>,
    enrolled: RwSignal<bool>,
    columns: RwSignal<Vec<(Column, String)>>,
    progress: RwSignal<Option<(usize, usize, String)>>,
    error: RwSignal<Option<(String, String)>>,
    busy: RwSignal<bool>,
}

impl ListsState {
    /// No file chosen.
    pub fn new() -> ListsState {
        ListsState {
            files: RwSignal::new(Arc::new(Vec::new())),
            category: RwSignal::new(None),
            enrolled: RwSignal::new(false),
            columns: RwSignal::new(Vec::new()),
            progress: RwSignal::new(None),
            error: RwSignal::new(None),
            busy: RwSignal::new(false),
        }
    }
}

impl Default for ListsState {
    fn default() -> Self {
        ListsState::new()
    }
}

/// What the lists give: the outcome, or the first file whose header cannot be found (with the
/// cells of its likeliest header row, for the clerk to pick the identity column from).
#[derive(Debug, Clone, PartialEq)]
enum Made {
    Outcome(Arc<Outcome>),
    NoHeader { file: String, cells: Vec<String> },
}

/// The row most likely to be a header: the first of those with the most non-empty cells among
/// the first rows of each sheet.
fn likely_header(sheets: &[Sheet]) -> Vec<String> {
    let mut best: Vec<String> = Vec::new();
    for row in sheets.iter().flat_map(|s| s.rows.iter().take(20)) {
        let cells: Vec<String> = row
            .iter()
            .filter(|c| !c.trim().is_empty())
            .cloned()
            .collect();
        // the first of the fullest rows: a title above has fewer cells, data below no more
        if cells.len() > best.len() {
            best = cells;
        }
    }
    best
}

/// Reads, merges and decides: the same steps as `daijiao lists`.
fn make(files: &[ListFile], o: Options) -> Made {
    let (mut entries, mut rejects, mut n) = (Vec::new(), Vec::new(), 0);
    for (f, file) in files.iter().enumerate() {
        let views: Vec<SheetRows> = file.sheets.iter().map(Sheet::view).collect();
        let Some(read) = read_list(f, &views, &o, &mut entries, &mut rejects) else {
            return Made::NoHeader {
                file: file.name.clone(),
                cells: likely_header(&file.sheets),
            };
        };
        n += read;
    }
    Made::Outcome(Arc::new(decide(entries, rejects, n, o)))
}

/// The spreadsheet worker's script (`src/bin/daijiao_sheets.rs`, built by Trunk beside the page).
const WORKER: &str = "./daijiao-sheets_loader.js";

thread_local! {
    /// The worker, started at the first list file, and a promise of its readiness (its first
    /// message: a message posted before its wasm has started would be lost).
    static SHEETS: std::cell::RefCell<Option<(web_sys::Worker, js_sys::Promise)>> =
        const { std::cell::RefCell::new(None) };
    /// The resolver and rejecter of the request in flight (or of the readiness).
    static PENDING: std::cell::RefCell<Option<(js_sys::Function, js_sys::Function)>> =
        const { std::cell::RefCell::new(None) };
}

/// Starts the worker; its messages and errors settle the request in flight.
fn start_worker() -> Option<(web_sys::Worker, js_sys::Promise)> {
    use wasm_bindgen::closure::Closure;
    let worker = web_sys::Worker::new(WORKER).ok()?;
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|ev: web_sys::MessageEvent| {
            if let Some((resolve, _)) = PENDING.with(|p| p.borrow_mut().take()) {
                let _ = resolve.call1(&wasm_bindgen::JsValue::NULL, &ev.data());
            }
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|_: web_sys::Event| {
        if let Some((_, reject)) = PENDING.with(|p| p.borrow_mut().take()) {
            let _ = reject.call1(&wasm_bindgen::JsValue::NULL, &WORKER.into());
        }
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    let ready = js_sys::Promise::new(&mut |resolve, reject| {
        PENDING.with(|p| *p.borrow_mut() = Some((resolve, reject)));
    });
    Some((worker, ready))
}

/// Sends one request to the spreadsheet worker (starting it the first time) and waits for its
/// answer: the value of `key` in the reply, or the worker's error.
async fn ask_worker(message: &js_sys::Object, key: &str) -> Result<wasm_bindgen::JsValue, String> {
    use js_sys::Reflect;
    let error = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| WORKER.to_string());
    let started = SHEETS.with(|w| {
        if w.borrow().is_none() {
            *w.borrow_mut() = start_worker();
        }
        w.borrow().clone()
    });
    let (worker, ready) = started.ok_or_else(|| WORKER.to_string())?;
    wasm_bindgen_futures::JsFuture::from(ready)
        .await
        .map_err(error)?;
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        PENDING.with(|p| *p.borrow_mut() = Some((resolve, reject)));
    });
    worker.post_message(message).map_err(error)?;
    let data = wasm_bindgen_futures::JsFuture::from(answer)
        .await
        .map_err(error)?;
    if let Some(e) = Reflect::get(&data, &"error".into())
        .ok()
        .and_then(|e| e.as_string())
    {
        return Err(e);
    }
    Reflect::get(&data, &key.into()).map_err(|_| key.to_string())
}

/// Reads a chosen file in the worker: its sheets of text.
async fn read_file(file: &web_sys::File) -> Result<Vec<Sheet>, String> {
    use js_sys::Reflect;
    let buf = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| e.as_string().unwrap_or_default())?;
    let message = js_sys::Object::new();
    let _ = Reflect::set(&message, &"op".into(), &"read".into());
    let _ = Reflect::set(&message, &"bytes".into(), &js_sys::Uint8Array::new(&buf));
    let sheets = ask_worker(&message, "sheets").await?;
    crate::sheets::sheets_from_js(&sheets).ok_or_else(|| "sheets".to_string())
}

/// The list as xlsx, written in the worker.
async fn xlsx_bytes(o: &Outcome, files: &[String], lang: Lang) -> Result<Vec<u8>, String> {
    use js_sys::Reflect;
    let message = js_sys::Object::new();
    let sheets = crate::sheets::xlsx_to_js(&crate::sheets::list_sheets(o, files, lang));
    let _ = Reflect::set(&message, &"op".into(), &"xlsx".into());
    let _ = Reflect::set(&message, &"sheets".into(), &sheets);
    let bytes = ask_worker(&message, "bytes").await?;
    Ok(bytes
        .dyn_into::<js_sys::Uint8Array>()
        .map(|b| b.to_vec())
        .unwrap_or_default())
}

/// Offers `bytes` as a download named `name` (made in the browser: nothing is sent).
fn download(bytes: &[u8], name: &str, mime: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let array = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&array, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

fn names(files: &[ListFile]) -> Vec<String> {
    files.iter().map(|f| f.name.clone()).collect()
}

/// The print of the list: every person, identity numbers masked (first 6 and last 4), the
/// totals last; filled only while printing and emptied after.
fn print_list(o: &Outcome, files: &[String], lang: Lang) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(target) = document.get_element_by_id("dj-list-print") else {
        return;
    };
    let c = lang.clerk();
    let mut h = Html::default();
    let lines = o.summary_lines(lang);
    h.el("h2", "h2", lines.first().map_or("", String::as_str));
    h.open("table class=\"dj-list\"").open("thead").open("tr");
    for head in list_header(lang) {
        h.el("th scope=\"col\"", "th", head);
    }
    h.close("tr").close("thead").open("tbody");
    let mut rows = RowWriter::new(files, lang, true);
    for (i, row) in o.list.iter().enumerate() {
        h.open("tr");
        rows.each_cell(i + 1, row, |cell| {
            h.el("td", "td", cell);
        });
        h.close("tr");
    }
    h.close("tbody").close("table");
    let total = fill(
        c.lists_print_total,
        &[
            ("count", &o.paid.to_string()),
            ("total", &fmt_yuan(o.total_yuan)),
        ],
    );
    h.el("p class=\"dj-list-total\"", "p", &total);
    for line in lines.iter().skip(1) {
        h.el("p", "p", line);
    }
    target.set_inner_html(&h.0);
    if let Some(body) = document.body() {
        let _ = body.class_list().add_1("dj-printing-list");
        super::print();
        let _ = body.class_list().remove_1("dj-printing-list");
    }
    target.set_inner_html("");
}

/// The lists card.
pub fn lists_card(
    state: ListsState,
    year: RwSignal<u16>,
    fiscal: RwSignal<Fiscal>,
    lang: Lang,
) -> impl IntoView {
    let t = lang.text();
    let c = lang.clerk();
    let ListsState {
        files,
        category,
        enrolled,
        columns,
        progress,
        error,
        busy,
    } = state;
    let made = Memo::new(move |_| {
        let files = files.get();
        if files.is_empty() {
            return None;
        }
        let o = Options {
            year: year.get(),
            category: category.get().map(|s| crate::input::Statuses::NONE.with(s)),
            enrolled: enrolled.get(),
            columns: columns.get(),
            fiscal: fiscal.get(),
        };
        Some(make(&files, o))
    });
    let on_files = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(list) = input.files() else {
            return;
        };
        let chosen: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        if chosen.is_empty() {
            return;
        }
        busy.set(true);
        error.set(None);
        columns.set(Vec::new());
        files.set(Arc::new(Vec::new()));
        leptos::task::spawn_local(async move {
            let n = chosen.len();
            let mut read = Vec::with_capacity(n);
            for (i, file) in chosen.iter().enumerate() {
                let name = file.name();
                progress.set(Some((i + 1, n, name.clone())));
                yield_to_browser().await;
                let sheets = read_file(file).await;
                match sheets {
                    Ok(sheets) => read.push(ListFile { name, sheets }),
                    Err(why) => {
                        error.set(Some((name, why)));
                        read.clear();
                        break;
                    }
                }
            }
            yield_to_browser().await;
            files.set(Arc::new(read));
            progress.set(None);
            busy.set(false);
        });
    };
    let category_options = Status::ALL
        .into_iter()
        .map(|s| view! { <option value=s.code()>{t.status_name(s)}</option> })
        .collect_view();
    view! {
        <div class="dj-card dj-noprint" data-card="lists">
            <h3>{c.lists_card}</h3>
            <p class="dj-help">{c.lists_help}</p>
            <label for="dj-lists-files" class="dj-file-label">{c.lists_files}</label>
            <input
                id="dj-lists-files"
                type="file"
                multiple
                accept=".xlsx,.xls,.ods,.csv,text/csv"
                on:change=on_files
                disabled=move || busy.get()
            />
            <div class="dj-field">
                <label for="dj-lists-category">{c.lists_category}</label>
                <select
                    id="dj-lists-category"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        category.set(Status::ALL.into_iter().find(|s| s.code() == v));
                    }
                >
                    <option value="">{c.lists_category_none}</option>
                    {category_options}
                </select>
            </div>
            <div class="dj-check">
                <input
                    id="dj-lists-enrolled"
                    type="checkbox"
                    prop:checked=move || enrolled.get()
                    on:change=move |ev| enrolled.set(event_target_checked(&ev))
                />
                <label for="dj-lists-enrolled">{c.lists_enrolled}</label>
            </div>
            {move || progress.get().map(|(i, n, file)| {
                let text = fill(c.lists_reading, &[("file", &file), ("i", &i.to_string()), ("n", &n.to_string())]);
                let permille = (i * 1000).checked_div(n).unwrap_or(1000);
                view! {
                    <p>
                        <label for="dj-lists-progress">{text}</label>
                        <progress id="dj-lists-progress" max="1000" value=permille.to_string()></progress>
                    </p>
                }
            })}
            {move || error.get().map(|(file, why)| {
                let text = fill(c.lists_unreadable, &[("file", &file), ("why", &why)]);
                view! { <p class="dj-error" role="alert">{text}</p> }
            })}
            <div aria-live="polite">
                {move || made.get().map(|m| match m {
                    Made::NoHeader { file, cells } => pick_id(&file, cells, columns, lang).into_any(),
                    Made::Outcome(o) => outcome_view(o, files, lang).into_any(),
                })}
            </div>
        </div>
    }
}

/// The identity column picker, for a file whose header the synonyms do not know.
fn pick_id(
    file: &str,
    cells: Vec<String>,
    columns: RwSignal<Vec<(Column, String)>>,
    lang: Lang,
) -> impl IntoView {
    let c = lang.clerk();
    let options = cells
        .into_iter()
        .map(|cell| view! { <option value=cell.clone()>{cell.clone()}</option> })
        .collect_view();
    view! {
        <div class="dj-field" data-k="pick-id">
            <label for="dj-lists-id-column">{fill(c.lists_pick_id, &[("file", file)])}</label>
            <select
                id="dj-lists-id-column"
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if !v.is_empty() {
                        columns.update(|cols| {
                            cols.retain(|(k, _)| *k != Column::Id);
                            cols.push((Column::Id, v));
                        });
                    }
                }
            >
                <option value="">{c.lists_pick_none}</option>
                {options}
            </select>
        </div>
    }
}

/// The outcome: the summary, the budget by level, a preview of the list, the rejects, and the
/// downloads and the print.
fn outcome_view(o: Arc<Outcome>, files: RwSignal<Arc<Vec<ListFile>>>, lang: Lang) -> impl IntoView {
    let c = lang.clerk();
    let lines = o
        .summary_lines(lang)
        .into_iter()
        .map(|l| view! { <p>{l}</p> })
        .collect_view();
    let budget = o.budget.as_ref().ok().map(|b| {
        let out = BudgetOut::new(b);
        view! { {budget_table(&out, lang)} }
    });
    let mut h = Html::default();
    let shown = o.list.len().min(SHOWN_PEOPLE);
    let file_names = files.with_untracked(|f| names(f));
    h.open("table class=\"dj-list\"").open("thead").open("tr");
    for head in list_header(lang) {
        h.el("th scope=\"col\"", "th", head);
    }
    h.close("tr").close("thead").open("tbody");
    let mut rows = RowWriter::new(&file_names, lang, true);
    for (i, row) in o.list.iter().take(SHOWN_PEOPLE).enumerate() {
        h.open("tr");
        rows.each_cell(i + 1, row, |cell| {
            h.el("td", "td", cell);
        });
        h.close("tr");
    }
    h.close("tbody").close("table");
    let preview = h.0;
    let mut r = Html::default();
    if !o.rejects.is_empty() {
        let heading = fill(
            c.lists_rejects_heading,
            &[
                ("count", &o.rejects.len().to_string()),
                ("shown", &o.rejects.len().min(SHOWN_REJECTS).to_string()),
            ],
        );
        r.el("h4", "h4", &heading);
        r.open("table class=\"dj-list dj-rejects\"")
            .open("thead")
            .open("tr");
        for head in rejects_header(lang) {
            r.el("th scope=\"col\"", "th", head);
        }
        r.close("tr").close("thead").open("tbody");
        for x in o.rejects.iter().take(SHOWN_REJECTS) {
            r.open("tr");
            for cell in x.cells(&file_names, lang) {
                r.el("td", "td", &cell);
            }
            r.close("tr");
        }
        r.close("tbody").close("table");
    }
    let rejects = r.0;
    let label = fill(c.lists_table_label, &[("shown", &shown.to_string())]);
    let (for_xlsx, for_csv, for_print) = (o.clone(), o.clone(), o.clone());
    let year = o.options.year;
    view! {
        <div class="dj-lists-result" data-people=o.list.len() data-paid=o.paid data-rejected=o.rejects.len()>
            {lines}
            {budget}
            <p class="dj-noprint dj-actions">
                <button type="button" class="dj-button" data-k="xlsx" on:click=move |_| {
                    let names = files.with_untracked(|f| names(f));
                    let o = for_xlsx.clone();
                    leptos::task::spawn_local(async move {
                        if let Ok(bytes) = xlsx_bytes(&o, &names, lang).await {
                            download(&bytes, &format!("代缴名单-{year}.xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                        }
                    });
                }>{c.lists_download_xlsx}</button>
                <button type="button" class="dj-button" data-k="csv" on:click=move |_| {
                    let names = files.with_untracked(|f| names(f));
                    let list = crate::sheets::list_csv(&for_csv, &names, lang);
                    download(list.as_bytes(), &format!("代缴名单-{year}.csv"), "text/csv");
                    let rejects = crate::sheets::rejects_csv(&for_csv, &names, lang);
                    download(rejects.as_bytes(), &format!("未纳入-{year}.csv"), "text/csv");
                }>{c.lists_download_csv}</button>
                <button type="button" class="dj-button" data-k="print" on:click=move |_| {
                    let names = files.with_untracked(|f| names(f));
                    print_list(&for_print, &names, lang);
                }>{c.lists_print}</button>
            </p>
            <div class="dj-scroll" tabindex="0" role="region" aria-label=label inner_html=preview></div>
            {(!rejects.is_empty()).then(|| view! {
                <div class="dj-scroll" tabindex="0" role="region" aria-label=c.rejects_label inner_html=rejects.clone()></div>
            })}
        </div>
    }
}
