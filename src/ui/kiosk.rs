//! Kiosk mode (`?kiosk=1`, idle time `&idle=SECONDS`, default 90): larger type and targets, a
//! visible 清除 button, and an automatic wipe to the blank form after the idle time, with a
//! visible countdown in the last 10 seconds. Activity is any pointer, key or input event.

use super::FormSignals;
use crate::text::Lang;
use leptos::prelude::*;
use std::time::Duration;

/// The default idle time before the wipe.
pub const DEFAULT_IDLE_SECONDS: u32 = 90;
/// The countdown is shown for this many final seconds.
pub const COUNTDOWN_SECONDS: u32 = 10;

/// Kiosk settings from the URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// Seconds without activity before the form is wiped (2–3600).
    pub idle_seconds: u32,
}

impl Settings {
    /// Parses `kiosk=1` and `idle=N` from a query string (`?a=b&c=d`); `None` without `kiosk=1`.
    pub fn from_query(query: &str) -> Option<Settings> {
        let mut kiosk = false;
        let mut idle = DEFAULT_IDLE_SECONDS;
        for pair in query.trim_start_matches('?').split('&') {
            match pair.split_once('=') {
                Some(("kiosk", "1")) => kiosk = true,
                Some(("idle", n)) => {
                    idle = n
                        .parse()
                        .ok()
                        .filter(|n| (2..=3600).contains(n))
                        .unwrap_or(idle)
                }
                _ => {}
            }
        }
        kiosk.then_some(Settings { idle_seconds: idle })
    }

    /// The settings of the current page's URL.
    pub fn from_location() -> Option<Settings> {
        let search = web_sys::window().and_then(|w| w.location().search().ok())?;
        Settings::from_query(&search)
    }
}

/// The kiosk bar: 清除, and the countdown before the idle wipe.
#[component]
pub fn Kiosk(
    /// The form to wipe.
    form: FormSignals,
    /// Idle time.
    settings: Settings,
    /// The page's language (the wipe puts it back to Chinese for the next person).
    lang: RwSignal<Lang>,
) -> impl IntoView {
    let idle = RwSignal::new(0u32);
    let limit = settings.idle_seconds;
    let reset = move || idle.set(0);
    let h1 = window_event_listener(leptos::ev::pointerdown, move |_| reset());
    let h2 = window_event_listener(leptos::ev::keydown, move |_| reset());
    let h3 = window_event_listener(leptos::ev::input, move |_| reset());
    let tick = set_interval_with_handle(
        move || {
            if form.is_blank() {
                idle.set(0);
                return;
            }
            let next = idle.get_untracked() + 1;
            if next >= limit {
                form.clear();
                lang.set(Lang::default());
                idle.set(0);
                if let Some(w) = web_sys::window() {
                    w.scroll_to_with_x_and_y(0.0, 0.0);
                }
            } else {
                idle.set(next);
            }
        },
        Duration::from_secs(1),
    );
    on_cleanup(move || {
        h1.remove();
        h2.remove();
        h3.remove();
        if let Ok(t) = tick {
            t.clear();
        }
    });
    let remaining = move || limit.saturating_sub(idle.get());
    view! {
        <div class="dj-kiosk-bar dj-noprint">
            <p class="dj-countdown" role="status" aria-live="polite">
                {move || (remaining() <= COUNTDOWN_SECONDS && !form.is_blank())
                    .then(|| crate::text::fill(
                        lang.get().text().kiosk_countdown,
                        &[("seconds", &remaining().to_string())],
                    ))}
            </p>
            <button
                type="button"
                class="dj-button dj-clear"
                on:click=move |_| {
                    form.clear();
                    lang.set(Lang::default());
                    idle.set(0);
                }
            >
                {move || lang.get().text().kiosk_clear}
            </button>
        </div>
    }
}
