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

/// The figures an answer used, from the policy data: each with its value in force that year,
/// its source (document, clause, where read) and its confidence.
pub(crate) struct Figures<'a> {
    /// The policy year.
    pub year: u16,
    /// The data's parameter names.
    pub names: &'a [&'static str],
}

fn figures(h: &mut Html, f: &Figures, lang: Lang) {
    use crate::policy::params::{document, LISTING};
    let t = lang.text();
    h.open("p class=\"dj-data-h\"")
        .el("strong", "strong", t.data_heading)
        .close("p")
        .open("ul class=\"dj-data\"");
    for name in f.names {
        let Some((p, r)) = LISTING
            .iter()
            .find(|p| p.name == *name)
            .and_then(|p| p.at(f.year).map(|r| (p, r)))
        else {
            continue;
        };
        let doc = document(r.source.doc).map_or(r.source.doc, |d| d.name());
        let confidence = t.confidence(r.confidence);
        h.open("li").text(t.figure(name)).text(t.data_colon);
        match r.text {
            Some(v) => h.mixed(v).text(" ").mixed(p.unit),
            None => h.text(t.data_unknown),
        };
        h.text(" · ").text(confidence).open("br");
        h.mixed(doc)
            .text(" ")
            .mixed(r.source.clause)
            .text(" — ")
            .mixed(r.source.read);
        h.close("li");
    }
    h.close("ul");
}

/// The 政策依据 block of a card (`open`: shown unfolded, as on the clerk's page): the clauses,
/// our readings, and the figures used with their sources.
pub(crate) fn basis(
    h: &mut Html,
    clauses: &[Clause],
    reason: Option<&Reason>,
    lang: Lang,
    open: bool,
    used: Option<&Figures>,
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
    if let Some(f) = used {
        figures(h, f, lang);
    }
    h.close("details");
}
