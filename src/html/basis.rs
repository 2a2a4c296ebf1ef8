//! 政策依据: the clauses behind an answer, the Chinese quote always and in English its gloss,
//! then our readings the answer relies on (本计算器的理解), never presented as the documents'
//! words. Written as HTML ([`crate::html`]).

use super::Html;
use crate::policy::clauses::Clause;
use crate::rules::Reason;
use crate::text::{doc_number, Lang};

/// The clauses behind an answer as `<li>` items: the Chinese quote always, and in English
/// its gloss.
pub(crate) fn clause_items(h: &mut Html, clauses: &[Clause], lang: Lang) {
    let t = lang.text();
    let glosses = lang.glosses();
    for c in clauses {
        h.open("li").el(
            "cite lang=\"zh-CN\"",
            "cite",
            &format!("{} {}", doc_number(c.doc), c.clause),
        );
        if let Some(g) = glosses {
            h.el("span class=\"dj-doc-gloss\"", "span", g.doc(c.doc));
        }
        if !c.verbatim {
            h.text(t.summary);
        }
        h.el("blockquote lang=\"zh-CN\"", "blockquote", c.text_zh);
        if let Some(g) = glosses {
            h.open("p class=\"dj-gloss\"")
                .el("strong", "strong", t.gloss_lead)
                .text(g.clause(c))
                .close("p");
        }
        h.close("li");
    }
}

/// The 政策依据 block of a card (`open`: shown unfolded, as on the clerk's page).
pub(crate) fn basis(
    h: &mut Html,
    clauses: &[Clause],
    reason: Option<&Reason>,
    lang: Lang,
    open: bool,
) {
    let t = lang.text();
    h.open(if open {
        "details class=\"dj-basis\" open"
    } else {
        "details class=\"dj-basis\""
    })
    .el("summary", "summary", t.basis)
    .open("ul");
    clause_items(h, clauses, lang);
    h.close("ul");
    if let Some(r) = reason.filter(|r| !r.readings.is_empty()) {
        h.open("p class=\"dj-readings-h\"")
            .el("strong", "strong", t.basis_readings)
            .close("p")
            .open("ul class=\"dj-readings\"");
        for reading in r.readings.iter() {
            h.el("li", "li", &t.reading(reading));
        }
        h.close("ul");
    }
    h.close("details");
}
