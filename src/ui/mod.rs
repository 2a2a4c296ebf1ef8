//! The resident's page (Leptos, client-side rendered).
//!
//! It holds no rule: the form's state becomes contract fields ([`crate::form`]), the core
//! validates and decides ([`crate::rules::evaluate`]), and this module renders the decision
//! with the strings of [`crate::text`] (one catalogue per language). Nothing is sent anywhere and nothing is stored.

mod cards;
#[cfg(feature = "clerk")]
pub mod clerk;
mod form;
pub mod kiosk;
#[cfg(feature = "clerk")]
mod lists;
mod toolbar;

#[cfg(feature = "clerk")]
pub(crate) use crate::html::basis::basis;
#[cfg(feature = "clerk")]
pub(crate) use cards::{now_text, print, provisional_badge};
#[cfg(feature = "clerk")]
pub(crate) use form::{radio_group, year_options};
pub use form::{FormSignals, Resident};
use toolbar::{html_class, lang_from_location, on_own_page};
pub use toolbar::{Page, Toolbar};

use crate::text::Lang;
use leptos::prelude::*;

/// The year of the device's clock (in the browser), `None` elsewhere (host tests).
pub(crate) fn clock_year() -> Option<i32> {
    #[cfg(target_arch = "wasm32")]
    {
        let y = js_sys::Date::new_0().get_full_year();
        i32::try_from(y).ok()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        None
    }
}

/// The year the forms preselect: the device clock's, or the nearest encoded year to it.
pub(crate) fn default_year() -> u16 {
    clock_year().map_or(
        crate::policy::params::LAST_YEAR,
        crate::policy::params::nearest_policy_year,
    )
}

/// A `<main>` whose content is `view(lang)`, built afresh whenever the language changes (the
/// views keep their state in signals owned by the page, so answers stay). Mounting anew rather
/// than re-rendering in place keeps Leptos from generating update code for the whole view.
fn per_language<V: IntoView + 'static>(
    lang: RwSignal<Lang>,
    view: impl Fn(Lang) -> V + Clone + 'static,
) -> NodeRef<leptos::html::Main> {
    let main = NodeRef::<leptos::html::Main>::new();
    Effect::new(move |previous: Option<Option<Box<dyn std::any::Any>>>| {
        drop(previous); // unmounts the previous language's view
        let lang = lang.get();
        let parent = main.get()?;
        let view = view.clone();
        // Untracked: what the view reads while it is built must not re-run this effect.
        let handle = untrack(|| leptos::mount::mount_to(parent, move || view(lang)));
        Some(Box::new(handle) as Box<dyn std::any::Any>)
    });
    main
}

/// The resident's page. With `?kiosk=1` in the URL it runs in kiosk mode (see [`kiosk`]);
/// with `?lang=en` it opens in English. Switching the language re-renders the view from the
/// same signals, so the answers stay.
#[component]
pub fn App(
    /// The language to open in; without it, the page's URL decides (`?lang=en`).
    #[prop(default = None)]
    lang: Option<Lang>,
) -> impl IntoView {
    let form = FormSignals::new();
    // Kiosk mode is for our own page at a service-hall terminal, never for an embed.
    let settings = on_own_page().then(kiosk::Settings::from_location).flatten();
    let lang = RwSignal::new(lang.unwrap_or_else(lang_from_location));
    html_class("dj-kiosk", settings.is_some());
    view! {
        <div class="dj" lang=move || lang.get().tag()>
            <Toolbar lang=lang page=Page::Resident />
            <main node_ref=per_language(lang, move |lang| view! { <Resident form=form lang=lang /> })></main>
            {settings.map(|s| view! { <kiosk::Kiosk form=form settings=s lang=lang /> })}
        </div>
    }
}

/// The clerk's page.
#[cfg(feature = "clerk")]
#[component]
pub fn ClerkApp() -> impl IntoView {
    let state = clerk::ClerkState::new();
    let lang = RwSignal::new(lang_from_location());
    view! {
        <div class="dj" lang=move || lang.get().tag()>
            <Toolbar lang=lang page=Page::Clerk />
            <main node_ref=per_language(lang, move |lang| view! { <clerk::Clerk state=state lang=lang /> })></main>
        </div>
    }
}

/// Runs `f` in a task of its own, after the current one (so that instantiating the wasm and
/// building the page are two shorter tasks rather than one long one that blocks input).
fn next_task(f: impl FnOnce() + 'static) {
    set_timeout(f, std::time::Duration::ZERO);
}

/// Mounts the resident's page on `<body>`, in the task after the wasm's start.
pub fn mount() {
    next_task(|| leptos::mount::mount_to_body(|| view! { <App /> }));
}

/// Mounts the clerk's page on `<body>`.
#[cfg(feature = "clerk")]
pub fn mount_clerk() {
    next_task(|| leptos::mount::mount_to_body(ClerkApp));
}
