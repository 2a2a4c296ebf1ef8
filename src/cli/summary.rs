//! `daijiao summary`: the policy summary of [`crate::summary`] as text (for people) or as the
//! HTML block the pages show where the calculator cannot run (`tools/postbuild.mjs` puts it
//! into `index.html` and `clerk.html` at build time), and the JS package's messages.

use crate::input::InputError;
use crate::shell::Problem;
use crate::summary::{summary, Part, Summary};
use crate::text::{doc_number, fill, Lang};
use std::fmt::Write as _;

/// Output format of `daijiao summary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// The pages' fallback block.
    Html,
    /// The JS package's "WebAssembly unavailable" messages, as a JSON object.
    Messages,
}

/// Parses `summary [--lang zh|en] [--format text|html|messages]`.
pub fn parse_args(args: &[String]) -> Result<(Lang, Format), Problem> {
    let (mut lang, mut format) = (Lang::Zh, Format::Text);
    for (field, value) in super::flag_values(args, &["lang", "format"])? {
        match (field, value) {
            ("lang", code) => lang = super::lang_arg(code)?,
            ("format", "text") => format = Format::Text,
            ("format", "html") => format = Format::Html,
            ("format", "messages") => format = Format::Messages,
            (_, other) => {
                return Err(InputError::unknown_value(
                    "format",
                    other,
                    "text, html, messages".into(),
                )
                .into())
            }
        }
    }
    Ok((lang, format))
}

/// Runs `daijiao summary`.
pub fn run(args: &[String]) -> Result<String, Problem> {
    let (lang, format) = parse_args(args)?;
    Ok(match format {
        Format::Text => text(&summary(lang)),
        Format::Html => html(&summary(lang)),
        Format::Messages => messages(),
    })
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The clauses of a part, grouped by document: `冀人社发〔2018〕3号 二(一)1、二(一)2`.
fn citations(part: &Part, separator: &str) -> Vec<String> {
    let mut docs: Vec<(&str, Vec<&str>)> = Vec::new();
    for c in &part.clauses {
        match docs.iter_mut().find(|(d, _)| *d == c.doc) {
            Some((_, clauses)) => {
                if !clauses.contains(&c.clause) {
                    clauses.push(c.clause);
                }
            }
            None => docs.push((c.doc, vec![c.clause])),
        }
    }
    docs.into_iter()
        .map(|(doc, clauses)| format!("{} {}", doc_number(doc), clauses.join(separator)))
        .collect()
}

/// The summary as plain text.
pub fn text(s: &Summary) -> String {
    let t = s.lang.text();
    let st = s.lang.summary();
    let mut out = format!("{}\n", s.title);
    for part in &s.parts {
        let _ = writeln!(out, "\n{}", part.heading);
        for sentence in &part.sentences {
            let _ = writeln!(out, "{sentence}");
        }
        for y in &part.years {
            let line = fill(
                st.year_figure,
                &[("year", &y.year.to_string()), ("figure", &y.text)],
            );
            let badge = if y.provisional {
                format!(" [{}]", t.provisional)
            } else {
                String::new()
            };
            let _ = writeln!(out, "  {line}{badge}");
        }
        if let Some(note) = part.note {
            let _ = writeln!(out, "{note}");
        }
        let cites = citations(part, st.list_separator);
        if !cites.is_empty() {
            let _ = writeln!(out, "{}{}", st.basis, cites.join(st.list_separator));
        }
    }
    out
}

/// The summary as the pages' fallback block: hidden until `www/fallback.js` (or, with
/// scripting off, `www/noscript.css`) shows it; one paragraph of why for each case.
pub fn html(s: &Summary) -> String {
    let t = s.lang.text();
    let st = s.lang.summary();
    let tag = s.lang.tag();
    let short = s.lang.code();
    let id = format!("dj-summary-{short}");
    // The loading line is shown from the first paint (in Chinese, the page's default) until
    // the calculator mounts; `www/fallback.js` swaps the languages and hides it.
    let loading_hidden = if s.lang == Lang::Zh { "" } else { " hidden" };
    let mut out = format!(
        "<p class=\"dj-loading\" id=\"dj-loading-{short}\" lang=\"{tag}\" role=\"status\"{loading_hidden}>{}</p>\n\
         <section class=\"dj-summary\" id=\"{id}\" lang=\"{tag}\" aria-labelledby=\"{id}-title\" hidden>\n",
        escape(st.loading),
    );
    for (why, text) in [
        ("noscript", st.why_noscript),
        ("nowasm", st.why_nowasm),
        ("slow", st.why_slow),
    ] {
        let _ = writeln!(
            out,
            "<p class=\"dj-summary-why\" data-why=\"{why}\">{}</p>",
            escape(text)
        );
    }
    let _ = writeln!(out, "<h2 id=\"{id}-title\">{}</h2>", escape(s.title));
    for part in &s.parts {
        let _ = writeln!(out, "<h3>{}</h3>", escape(part.heading));
        for sentence in &part.sentences {
            let _ = writeln!(out, "<p>{}</p>", escape(sentence));
        }
        if !part.years.is_empty() {
            out.push_str("<ul>\n");
            for y in &part.years {
                let line = fill(
                    st.year_figure,
                    &[("year", &y.year.to_string()), ("figure", &y.text)],
                );
                let badge = if y.provisional {
                    format!(
                        " <span class=\"dj-badge\" title=\"{}\">{}</span>",
                        escape(t.provisional_note),
                        escape(t.provisional)
                    )
                } else {
                    String::new()
                };
                let _ = writeln!(out, "<li>{}{badge}</li>", escape(&line));
            }
            out.push_str("</ul>\n");
        }
        if let Some(note) = part.note {
            let _ = writeln!(out, "<p class=\"dj-help\">{}</p>", escape(note));
        }
        let cites = citations(part, st.list_separator);
        if !cites.is_empty() {
            let cites: Vec<String> = cites
                .iter()
                .map(|c| format!("<cite lang=\"zh-CN\">{}</cite>", escape(c)))
                .collect();
            let _ = writeln!(
                out,
                "<p class=\"dj-summary-basis\">{}{}</p>",
                escape(st.basis),
                cites.join(st.list_separator)
            );
        }
    }
    if s.parts
        .iter()
        .any(|p| p.years.iter().any(|y| y.provisional))
    {
        let _ = writeln!(
            out,
            "<p class=\"dj-note\">{}</p>",
            escape(t.provisional_note)
        );
    }
    out.push_str("</section>\n");
    out
}

/// The JS package's messages for a missing or failed WebAssembly, both languages, as JSON:
/// `{"wasm_unavailable": {"en": …, "zh": …}, "wasm_failed": {…}}`.
pub fn messages() -> String {
    let (zh, en) = (Lang::Zh.summary(), Lang::En.summary());
    serde_json::json!({
        "wasm_unavailable": {"en": en.unavailable, "zh": zh.unavailable},
        "wasm_failed": {"en": en.failed, "zh": zh.failed},
    })
    .to_string()
}
