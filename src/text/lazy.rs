//! The resident page's English, fetched the first time it is asked for.
//!
//! The resident's page is held to 100 KB brotli, and most of its readers read Chinese. With
//! feature `lazy_en` (the resident page's bundle only) the English catalogues ([`Text`],
//! [`ShellText`], [`Glosses`]) are not in the wasm: the build writes them to
//! `text.en.<digest>.json` beside the page ([`english_file`], from `daijiao strings`), the
//! page fetches that file when English is chosen and installs it ([`install_english`]) after
//! checking its digest against the one compiled in ([`ENGLISH_DIGEST`], computed at compile
//! time from the very strings it replaces). Until then, and if the file is missing or not this
//! build's, the page stays in Chinese. Every other bundle (CLI, JS API, clerk's page) links
//! the English catalogues as before.

use super::{en, Glosses, ShellText, Text};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a over `bytes`, then a separator byte (so that `["ab", "c"]` and `["a", "bc"]`
/// differ). Not a security measure: it tells this build's strings from another build's.
pub(crate) const fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    (h ^ 0xff).wrapping_mul(FNV_PRIME)
}

const fn digest_of(text: &Text, shell: &ShellText, glosses: &Glosses) -> u64 {
    glosses.digest(shell.digest(text.digest(FNV_OFFSET)))
}

/// The digest of the English strings of this build (evaluated at compile time: the strings
/// themselves are not linked where only the digest is used).
pub const ENGLISH_DIGEST: u64 = digest_of(&en::TEXT, &en::SHELL, &en::GLOSSES);

/// The file the resident page fetches its English from, relative to the page.
pub fn english_file() -> String {
    format!("text.en.{ENGLISH_DIGEST:016x}.json")
}

/// The strings of that file, in order: [`Text`], [`ShellText`], [`Glosses`], each in
/// declaration order (`daijiao strings` writes them as a JSON array).
pub fn english_strings() -> Vec<&'static str> {
    let mut all: Vec<&'static str> = Vec::new();
    for (_, s) in en::TEXT
        .entries()
        .into_iter()
        .chain(en::SHELL.entries())
        .chain(en::GLOSSES.entries())
    {
        all.push(s);
    }
    all
}

/// The English catalogues of the resident page, once fetched.
#[cfg(feature = "lazy_en")]
struct English {
    text: &'static Text,
    shell: &'static ShellText,
    glosses: &'static Glosses,
}

#[cfg(feature = "lazy_en")]
static ENGLISH: std::sync::OnceLock<English> = std::sync::OnceLock::new();

/// Installs the fetched English strings; false (and nothing installed) when they are not
/// exactly this build's: too few, too many, or another digest.
#[cfg(feature = "lazy_en")]
pub fn install_english(strings: Vec<String>) -> bool {
    if ENGLISH.get().is_some() {
        return true;
    }
    let strings: &'static [&'static str] = strings
        .into_iter()
        .map(|s| &*Box::leak(s.into_boxed_str()))
        .collect::<Vec<_>>()
        .leak();
    if strings.iter().fold(FNV_OFFSET, |h, s| fnv(h, s.as_bytes())) != ENGLISH_DIGEST {
        return false;
    }
    let (text, rest) = strings.split_at_checked(Text::LEN).unwrap_or_default();
    let (shell, glosses) = rest.split_at_checked(ShellText::LEN).unwrap_or_default();
    let parsed = Text::from_strings(text).and_then(|text| {
        Some(English {
            text,
            shell: ShellText::from_strings(shell)?,
            glosses: Glosses::from_strings(glosses)?,
        })
    });
    parsed.is_some_and(|english| ENGLISH.set(english).is_ok())
}

/// Whether English can be shown now (always, except in the resident page before its
/// English is fetched).
pub fn english_ready() -> bool {
    #[cfg(feature = "lazy_en")]
    return ENGLISH.get().is_some();
    #[cfg(not(feature = "lazy_en"))]
    true
}

/// The English [`Text`] (Chinese until it is fetched, in the resident page).
pub(super) fn text() -> &'static Text {
    #[cfg(feature = "lazy_en")]
    return ENGLISH.get().map_or(&super::zh::TEXT, |e| e.text);
    #[cfg(not(feature = "lazy_en"))]
    &en::TEXT
}

/// The English [`ShellText`] (Chinese until it is fetched, in the resident page).
pub(super) fn shell() -> &'static ShellText {
    #[cfg(feature = "lazy_en")]
    return ENGLISH.get().map_or(&super::zh::SHELL, |e| e.shell);
    #[cfg(not(feature = "lazy_en"))]
    &en::SHELL
}

/// The English [`Glosses`] (none until they are fetched, in the resident page).
pub(super) fn glosses() -> Option<&'static Glosses> {
    #[cfg(feature = "lazy_en")]
    return ENGLISH.get().map(|e| e.glosses);
    #[cfg(not(feature = "lazy_en"))]
    Some(&en::GLOSSES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digest_is_the_strings_digest_and_changes_with_any_string() {
        let all = english_strings();
        let folded = all.iter().fold(FNV_OFFSET, |h, s| fnv(h, s.as_bytes()));
        assert_eq!(folded, ENGLISH_DIGEST);
        let mut changed = all.clone();
        changed[3] = "something else";
        let other = changed.iter().fold(FNV_OFFSET, |h, s| fnv(h, s.as_bytes()));
        assert_ne!(other, ENGLISH_DIGEST);
        assert!(english_file().starts_with("text.en.") && english_file().ends_with(".json"));
    }

    #[test]
    fn the_file_holds_every_english_string_in_order() {
        let all: &'static [&'static str] = english_strings().leak();
        let (text, rest) = all.split_at(Text::LEN);
        let (shell, glosses) = rest.split_at(ShellText::LEN);
        let text = Text::from_strings(text).expect("Text");
        let shell = ShellText::from_strings(shell).expect("ShellText");
        let glosses = Glosses::from_strings(glosses).expect("Glosses");
        assert_eq!(text.entries(), en::TEXT.entries());
        assert_eq!(shell.entries(), en::SHELL.entries());
        assert_eq!(glosses.entries(), en::GLOSSES.entries());
        assert!(Glosses::from_strings(&all[all.len() - Glosses::LEN + 1..]).is_none());
        assert!(Glosses::from_strings(&all[all.len() - Glosses::LEN - 1..]).is_none());
    }
}
