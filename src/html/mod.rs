//! A small HTML writer for the answer cards and the clauses.
//!
//! The cards have no state of their own: each decision renders them afresh. Written as one
//! HTML string (put in place with `inner_html`) rather than as Leptos views, they cost the
//! resident page's wasm a fraction of the code (typed views are monomorphised per shape, and
//! the page is held to 100 KB brotli). Every text goes through [`Html::text`] (escaped); tags
//! and attribute names are literals of this crate, attribute values are escaped too.

pub(crate) mod basis;
pub(crate) mod cards;

/// An HTML fragment being written.
#[derive(Debug, Default)]
pub(crate) struct Html(pub String);

impl Html {
    /// Opens `<tag attrs…>`; `open` is a literal such as `p class="dj-why"`.
    pub fn open(&mut self, open: &str) -> &mut Self {
        self.0.push('<');
        self.0.push_str(open);
        self.0.push('>');
        self
    }

    /// Closes `</name>`.
    pub fn close(&mut self, name: &str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(name);
        self.0.push('>');
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, s: &str) -> &mut Self {
        for c in s.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// `<name attrs…>text</name>`.
    pub fn el(&mut self, open: &str, name: &str, text: &str) -> &mut Self {
        self.open(open).text(text).close(name)
    }

    /// Text of the policy data, which is written in Chinese or English as its source was:
    /// marked `lang="zh-CN"` when it has Chinese characters, so that an English page reads it
    /// as Chinese.
    pub fn mixed(&mut self, s: &str) -> &mut Self {
        if s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
            self.open("span lang=\"zh-CN\"").text(s).close("span")
        } else {
            self.text(s)
        }
    }

    /// `<span class="dj-badge" title=…>暂定</span>` when `on`.
    pub fn badge(&mut self, t: &crate::text::Text, on: bool) -> &mut Self {
        if on {
            self.0.push_str(" <span class=\"dj-badge\" title=\"");
            self.text(t.provisional_note);
            self.0.push_str("\">");
            self.text(t.provisional).close("span");
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attribute_values_are_escaped() {
        let mut h = Html::default();
        h.el("p class=\"x\"", "p", "a < b & \"c\" > d");
        assert_eq!(
            h.0,
            "<p class=\"x\">a &lt; b &amp; &quot;c&quot; &gt; d</p>"
        );
    }
}
