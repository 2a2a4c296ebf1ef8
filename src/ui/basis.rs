//! 政策依据: the clauses behind an answer, the Chinese quote always and in English its gloss.

use crate::policy::clauses::Clause;
use crate::rules::Reason;
use crate::text::{doc_number, Lang};
use leptos::prelude::*;

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

pub(crate) fn basis(reason: &Reason, lang: Lang) -> impl IntoView {
    view! {
        <details class="dj-basis">
            <summary>{lang.text().basis}</summary>
            <ul>{clause_items(&reason.clauses, lang)}</ul>
        </details>
    }
}
