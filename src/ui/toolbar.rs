//! The toolbar (language and large-type switches, the hidden update bar) and what it does to
//! our own page: the static header, `<html lang>`, the title, classes on `<html>`. Never to a
//! host's page (the embed).

use crate::text::lazy::english_ready;
use crate::text::Lang;
use leptos::prelude::*;

pub(crate) fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Whether the app runs on our own page (www/index.html or clerk.html, whose static header it
/// finds), rather than embedded in a host's page, whose `<html>` and URL are not ours.
pub(crate) fn on_own_page() -> bool {
    document()
        .and_then(|d| d.get_element_by_id("dj-h-title"))
        .is_some()
}

/// Sets or clears a class on our own page's `<html>` element (large type, kiosk), so that the
/// static header in the HTML and the app scale together. Never on a host's page.
pub(crate) fn html_class(name: &str, on: bool) {
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
pub(crate) fn lang_from_location() -> Lang {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map_or(Lang::Zh, |q| Lang::from_query(&q))
}

/// Makes `lang` ready to show: at once for Chinese, and for English wherever it is linked in;
/// the resident page fetches its English first ([`crate::text::lazy`]). False when it could not.
pub(crate) async fn ready(lang: Lang) -> bool {
    if lang == Lang::Zh || english_ready() {
        return true;
    }
    #[cfg(feature = "lazy_en")]
    return fetch_english().await;
    #[cfg(not(feature = "lazy_en"))]
    false
}

/// Fetches `text.en.<digest>.json` (beside the page; the service worker caches it with the
/// page) and installs it when it is this build's.
#[cfg(feature = "lazy_en")]
async fn fetch_english() -> bool {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    async fn strings() -> Option<Vec<String>> {
        let window = web_sys::window()?;
        let file = crate::text::lazy::english_file();
        let response = JsFuture::from(window.fetch_with_str(&file)).await.ok()?;
        let response: web_sys::Response = response.dyn_into().ok()?;
        if !response.ok() {
            return None;
        }
        let json = JsFuture::from(response.json().ok()?).await.ok()?;
        let array: js_sys::Array = json.dyn_into().ok()?;
        array.iter().map(|v| v.as_string()).collect()
    }
    strings()
        .await
        .is_some_and(crate::text::lazy::install_english)
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
    // English could not be fetched (the resident page fetches it when first chosen).
    let failed = RwSignal::new(false);
    let show = move |next: Lang| {
        if next == Lang::Zh || english_ready() {
            lang.set(next);
            return;
        }
        leptos::task::spawn_local(async move {
            let ok = ready(next).await;
            failed.set(!ok);
            if ok {
                lang.set(next);
            }
        });
    };
    // Opened in English (`?lang=en`) before English is here: Chinese until it is.
    if !english_ready() && lang.get_untracked() == Lang::En {
        lang.set(Lang::Zh);
        show(Lang::En);
    }
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
                on:click=move |_| show(lang.get_untracked().other())
            >
                {move || lang.get().other().own_name()}
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
            <span class="dj-lang-failed" role="status">
                {move || failed.get().then(|| lang.get().text().english_unavailable)}
            </span>
        </div>
    }
}
