//! The clerk's view: the budget of 唐高人社呈〔2018〕4号 for N people, and a roster file
//! tallied in the browser (File API, chunk by chunk, no upload) with a progress bar.
//! Like the resident's page it holds no rule: figures come from [`crate::budget`] and
//! [`crate::roster`], the same code the CLI runs.

use super::text::{doc_name, label};
use crate::budget::{budget, Fiscal, MAX_PEOPLE};
use crate::contract::BudgetOut;
use crate::form::normalize_digits;
use crate::policy::clauses::Clause;
use crate::policy::params::LAST_YEAR;
use crate::roster::report::{report, RosterReport};
use crate::roster::{check_header, split_lines, tally_lines, Encoding, Reject, Tally};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Bytes read from the file per step; the page repaints between steps.
const CHUNK: u32 = 4 << 20;
/// Rejected rows listed on the page (all are counted).
const SHOWN_REJECTS: usize = 200;

fn level_name(code: &str, fiscal: &str) -> &'static str {
    match (code, fiscal) {
        ("province", _) => "省级",
        ("city", "province-direct") => "市级(由省级负担)",
        ("city", _) => "市级",
        _ => "县(市、区)级",
    }
}

/// The budget table for a [`BudgetOut`].
fn budget_table(b: &BudgetOut) -> impl IntoView {
    let rows = b
        .levels
        .iter()
        .map(|l| {
            view! {
                <tr>
                    <th scope="row">{level_name(l.level, b.fiscal)}</th>
                    <td>{l.exact_yuan.clone()}</td>
                    <td>{l.per_person_budgeted_yuan.clone()}</td>
                    <td>{l.budgeted_yuan.clone()}</td>
                    <td>{l.budgeted_wan_yuan.clone()}</td>
                    <td>{l.settlement_yuan.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let badge = b.provisional.then(|| {
        view! { <span class="dj-badge" title=label::PROVISIONAL_NOTE>{label::PROVISIONAL}</span> }
    });
    view! {
        <p>
            {format!(
                "{} 年 · {} 人 · 每人代缴 {} 元 · 合计 {} 元",
                b.year, b.people, b.per_person_yuan, b.total_yuan
            )}
            {badge}
        </p>
        <div class="dj-scroll" tabindex="0" role="region" aria-label="分级分担表">
            <table class="dj-budget">
                <thead>
                    <tr>
                        <th scope="col">"级次"</th>
                        <th scope="col">"精确分担(元)"</th>
                        <th scope="col">"预算(元/人)"</th>
                        <th scope="col">"预算金额(元)"</th>
                        <th scope="col">"预算(万元)"</th>
                        <th scope="col">"年终决算差额(元)"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">"合计"</th>
                        <td>{b.total_yuan.clone()}</td>
                        <td></td>
                        <td>{b.budgeted_total_yuan.clone()}</td>
                        <td></td>
                        <td>{b.settlement_total_yuan.clone()}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
        <p class="dj-help">
            "预算按每人每级整元向下取整(如 100 元的三分之一 33.33 元按 33 元预算),差额年终决算多退少补;精确分担按分计算,尾差先计入省级。"
        </p>
    }
}

fn clauses_view(clauses: &[Clause]) -> impl IntoView {
    let items = clauses
        .iter()
        .map(|c| {
            view! {
                <li>
                    <cite>{format!("{} {}", doc_name(c.doc), c.clause)}</cite>
                    <blockquote lang="zh-CN">{c.text_zh}</blockquote>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="dj-basis" open>
            <summary>{label::BASIS}</summary>
            <ul>{items}</ul>
        </details>
    }
}

/// A rejected row for display.
#[derive(Debug, Clone, PartialEq, Eq)]
struct RejectRow {
    line: u64,
    id: String,
    field: String,
    message: String,
}

/// What the roster produced.
#[derive(Debug, Clone, PartialEq, Eq)]
struct RosterView {
    name: String,
    report: RosterReport,
    rejects: Vec<RejectRow>,
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
async fn yield_to_browser() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

async fn read_chunk(file: &web_sys::File, start: u64, end: u64) -> Result<Vec<u8>, String> {
    let blob = file
        .slice_with_f64_and_f64(start as f64, end as f64)
        .map_err(|_| "无法读取文件".to_string())?;
    let buf = wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
        .await
        .map_err(|_| "无法读取文件".to_string())?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Tallies a roster file chunk by chunk, reporting progress as (bytes read, size).
async fn tally_file(
    file: web_sys::File,
    fiscal: Fiscal,
    progress: RwSignal<Option<(u64, u64)>>,
) -> Result<RosterView, String> {
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
            None => {
                let e = Encoding::sniff(&carry);
                if e == Encoding::Utf8Bom {
                    carry.drain(..3);
                }
                let Some(h) = carry.iter().position(|&b| b == b'\n') else {
                    if last {
                        return Err("文件只有一行或为空:第一行应为表头,下面每行一人".into());
                    }
                    continue;
                };
                check_header(&carry[..=h]).map_err(|e| e.message_zh)?;
                carry.drain(..=h);
                encoding = Some(e);
                e
            }
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
                    field: r.error.field,
                    message: r.error.message_zh,
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

fn roster_view(v: &RosterView) -> impl IntoView {
    let r = &v.report;
    let years = r
        .years
        .iter()
        .map(|y| {
            let budget = y.pension_budget.as_ref().map(|b| {
                view! {
                    <h4>"政府代缴资金分级分担"</h4>
                    {budget_table(b)}
                }
            });
            view! {
                <section class="dj-year" data-year=y.year>
                    <h3>{format!("{} 年度", y.year)}</h3>
                    <dl class="dj-figures">
                        <dt>"人数"</dt><dd>{y.persons}</dd>
                        <dt>"贫困人员(建档立卡、低保、特困)"</dt><dd>{y.is_poor_count}</dd>
                        <dt>"政府代缴养老保险费人数"</dt><dd data-k="pays">{y.government_pays_pension_count}</dd>
                        <dt>"政府代缴金额(元)"</dt><dd>{y.government_pension_amount_sum.clone()}</dd>
                        <dt>"可不补缴直接领取人数"</dt><dd data-k="direct">{y.direct_claim_count}</dd>
                        <dt>"医保个人缴费全额资助人数"</dt><dd>{y.medical_full_rate_count}</dd>
                        <dt>"医保个人缴费资助60%人数"</dt><dd>{y.medical_partial_rate_count}</dd>
                        <dt>"医保缴费资助金额(元)"</dt><dd data-k="medical">{y.medical_subsidy_amount_sum.clone()}</dd>
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
                        <td>{x.field.clone()}</td>
                        <td>{x.message.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h3>{format!("未通过校验的行(共 {} 行,列出前 {} 行)", r.rejected, v.rejects.len())}</h3>
            <div class="dj-scroll" tabindex="0" role="region" aria-label="未通过校验的行">
                <table class="dj-rejects">
                    <thead>
                        <tr>
                            <th scope="col">"行号"</th>
                            <th scope="col">"id"</th>
                            <th scope="col">"字段"</th>
                            <th scope="col">"原因"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! {
        <div class="dj-roster-result" data-rejected=r.rejected>
            <p class="dj-summary">
                {format!(
                    "{}:共 {} 行,通过 {} 行,未通过 {} 行,空行 {} 行(编码 {})。",
                    v.name, r.rows, r.accepted, r.rejected, r.blank_lines, r.encoding
                )}
            </p>
            {years}
            <p>
                {format!(
                    "合计:政府代缴 {} 元;医保缴费资助 {} 元(文件未规定医保资助的分级分担,只给合计)。",
                    r.government_pension_amount_total, r.medical_subsidy_amount_total
                )}
            </p>
            {rejects}
        </div>
    }
}

/// The clerk's view.
#[component]
pub fn Clerk() -> impl IntoView {
    let year = RwSignal::new(LAST_YEAR);
    let people = RwSignal::new(String::new());
    let fiscal = RwSignal::new(Fiscal::Ordinary);
    let computed = Memo::new(move |_| {
        let typed = normalize_digits(&people.get());
        if typed.is_empty() {
            return Err(String::new());
        }
        let n: u64 = typed
            .parse()
            .map_err(|_| "人数请填写不小于 0 的整数,例如 700。".to_string())?;
        budget(i64::from(year.get()), n, fiscal.get())
            .map(|b| BudgetOut::new(&b))
            .map_err(|e| e.message_zh)
    });
    let progress = RwSignal::new(None::<(u64, u64)>);
    let roster = RwSignal::new(None::<Result<RosterView, String>>);
    let busy = RwSignal::new(false);

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

    let fiscal_radios = [
        (Fiscal::Ordinary, "一般县(市、区):省、市、县 1:1:1"),
        (Fiscal::ProvinceDirect, "省财政直管县(市):省 2、县 1"),
    ]
    .into_iter()
    .map(|(f, text)| super::radio("fiscal", "fiscal", f.code(), text, f, fiscal))
    .collect_view();

    view! {
        <section class="dj-clerk" aria-labelledby="dj-clerk-title">
            <h2 id="dj-clerk-title" class="dj-noprint">"经办人员:代缴资金测算与名单核对"</h2>
            <div class="dj-print-only">
                <h2>"贫困人员参加城乡居民基本养老保险政府代缴资金测算"</h2>
                <p>{move || format!("测算日期:{}", js_sys::Date::new_0().to_locale_date_string("zh-CN", &wasm_bindgen::JsValue::UNDEFINED))}</p>
            </div>
            <form class="dj-form dj-noprint" on:submit=|ev| ev.prevent_default() novalidate>
                <div class="dj-field">
                    <label for="dj-b-year">{label::YEAR}</label>
                    <select
                        id="dj-b-year"
                        on:change=move |ev| year.set(event_target_value(&ev).parse().unwrap_or(LAST_YEAR))
                    >
                        {super::year_options()}
                    </select>
                </div>
                <div class="dj-field">
                    <label for="dj-b-people">"代缴人数"</label>
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
                    <p id="dj-b-people-help" class="dj-help">{format!("0 到 {MAX_PEOPLE} 人。")}</p>
                    <p id="dj-b-people-error" class="dj-error" role="alert">
                        {move || computed.with(|c| c.as_ref().err().cloned().unwrap_or_default())}
                    </p>
                </div>
                <fieldset class="dj-field">
                    <legend>"财政体制"</legend>
                    {fiscal_radios}
                </fieldset>
            </form>
            <div class="dj-card" data-card="budget" aria-live="polite">
                <h3>"政府代缴资金测算"</h3>
                {move || match computed.get() {
                    Ok(b) => {
                        let clauses = b.clauses.clone();
                        view! { {budget_table(&b)} {clauses_view(&clauses)} }.into_any()
                    }
                    Err(_) => view! { <p class="dj-waiting">"填写代缴人数后显示各级分担金额。"</p> }.into_any(),
                }}
                <p class="dj-noprint">
                    <button type="button" class="dj-button" on:click=move |_| {
                        if let Some(w) = web_sys::window() {
                            let _ = w.print();
                        }
                    }>"打印 / 存为 PDF(作请示附件)"</button>
                </p>
            </div>
            <div class="dj-card dj-noprint" data-card="roster">
                <h3>"核对名单(CSV 文件)"</h3>
                <p class="dj-help">
                    "表头为 id,year,age,statuses,exited_on,pension;多个身份用 | 分隔。支持 UTF-8(含 BOM)和 GBK(Excel 默认)。文件只在本机读取,不会上传。"
                </p>
                <label for="dj-roster-file" class="dj-file-label">"选择名单文件"</label>
                <input id="dj-roster-file" type="file" accept=".csv,text/csv" on:change=on_file disabled=move || busy.get() />
                {move || progress.get().map(|(done, total)| {
                    let permille = (done * 1000).checked_div(total).unwrap_or(1000);
                    view! {
                        <p>
                            <label for="dj-roster-progress">"读取进度"</label>
                            <progress id="dj-roster-progress" max="1000" value=permille.to_string()>
                                {format!("{}%", permille / 10)}
                            </progress>
                            <span>{format!(" {}%", permille / 10)}</span>
                        </p>
                    }
                })}
                <div aria-live="polite">
                    {move || roster.get().map(|r| match r {
                        Ok(v) => roster_view(&v).into_any(),
                        Err(e) => view! { <p class="dj-error" role="alert">{e}</p> }.into_any(),
                    })}
                </div>
            </div>
        </section>
    }
}
