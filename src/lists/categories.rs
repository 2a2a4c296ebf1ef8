//! The departments' words for a category, mapped to the core's statuses by an explicit table:
//! an unknown word is a reject with its line, never a guess.

use crate::input::Status;

/// Every word the table knows, with the status it means. Compared after [`normalize`]
/// (spaces removed, full-width letters and digits made ASCII).
pub const WORDS: &[(&str, Status)] = &[
    ("建档立卡", Status::RegisteredPoor),
    ("建档立卡户", Status::RegisteredPoor),
    ("建档立卡贫困户", Status::RegisteredPoor),
    ("建档立卡贫困人口", Status::RegisteredPoor),
    ("贫困户", Status::RegisteredPoor),
    ("未脱贫", Status::RegisteredPoor),
    ("未脱贫户", Status::RegisteredPoor),
    ("脱贫户", Status::RegisteredPoorExited),
    ("已脱贫", Status::RegisteredPoorExited),
    ("已脱贫户", Status::RegisteredPoorExited),
    ("脱贫人口", Status::RegisteredPoorExited),
    ("已脱贫人口", Status::RegisteredPoorExited),
    ("低保", Status::Dibao),
    ("低保户", Status::Dibao),
    ("低保对象", Status::Dibao),
    ("城市低保", Status::Dibao),
    ("农村低保", Status::Dibao),
    ("城乡低保", Status::Dibao),
    ("特困", Status::Tekun),
    ("特困人员", Status::Tekun),
    ("特困供养", Status::Tekun),
    ("特困供养人员", Status::Tekun),
    ("五保", Status::Tekun),
    ("五保户", Status::Tekun),
    ("重度残疾", Status::SevereDisability),
    ("重度残疾人", Status::SevereDisability),
    ("一级残疾", Status::SevereDisability),
    ("二级残疾", Status::SevereDisability),
    ("残疾一级", Status::SevereDisability),
    ("残疾二级", Status::SevereDisability),
    ("其他困难救助对象", Status::OtherHardship),
    ("其他困难群众", Status::OtherHardship),
];

/// A cell's text as the table compares it: spaces removed, full-width ASCII made ASCII.
pub fn normalize(cell: &str) -> String {
    cell.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            c => c,
        })
        .collect()
}

/// The separators a cell may list several categories with.
const SEPARATORS: [char; 6] = ['、', ',', ';', '/', '，', '；'];

/// The statuses a category cell names (several words may be listed), or the first word the
/// table does not know.
pub fn statuses(cell: &str) -> Result<Vec<Status>, String> {
    let cell = normalize(cell);
    let mut out = Vec::new();
    for word in cell.split(SEPARATORS).filter(|w| !w.is_empty()) {
        let Some((_, s)) = WORDS.iter().find(|(w, _)| *w == word) else {
            return Err(word.to_string());
        };
        if !out.contains(s) {
            out.push(*s);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_departments_words_map_to_the_statuses_they_mean() {
        for (word, status) in [
            ("建档立卡贫困户", Status::RegisteredPoor),
            ("脱贫户", Status::RegisteredPoorExited),
            ("城市低保", Status::Dibao),
            ("农村低保", Status::Dibao),
            ("低保户", Status::Dibao),
            ("特困供养", Status::Tekun),
            ("五保", Status::Tekun),
            ("重度残疾", Status::SevereDisability),
        ] {
            assert_eq!(statuses(word), Ok(vec![status]), "{word}");
        }
        assert_eq!(
            statuses(" 低保户、 重度残疾 ，低保 "),
            Ok(vec![Status::Dibao, Status::SevereDisability])
        );
        assert_eq!(statuses(""), Ok(vec![]));
    }

    #[test]
    fn an_unknown_word_is_returned_never_guessed() {
        assert_eq!(statuses("低保、边缘户"), Err("边缘户".to_string()));
        assert_eq!(statuses("三级残疾"), Err("三级残疾".to_string()));
        assert_eq!(statuses("低保边缘"), Err("低保边缘".to_string()));
    }

    #[test]
    fn every_word_is_listed_once() {
        for (i, (w, _)) in WORDS.iter().enumerate() {
            assert!(!WORDS[..i].iter().any(|(x, _)| x == w), "{w} twice");
            assert_eq!(normalize(w), *w, "{w} is compared normalized");
        }
    }
}
