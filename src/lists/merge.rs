//! One person per identity number and year, across every list: statuses united, every source
//! line kept, and conflicts (two names, two enrolment answers) held out for the clerk, never
//! silently picked. JRS-2018-3 二(一)1 "政府代缴城乡居民养老保险每年每人只能享受一次".

use crate::input::{IdNumber, Statuses};

/// One row of one list, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The identity number.
    pub id: IdNumber,
    /// The policy year.
    pub year: u16,
    /// The name on that list.
    pub name: String,
    /// The statuses the row names.
    pub statuses: Statuses,
    /// Enrolled in the residents' pension scheme, when the list says.
    pub enrolled: Option<bool>,
    /// Which list and line (1-based) it comes from.
    pub source: (usize, usize),
}

/// One person in one year, after merging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// The identity number.
    pub id: IdNumber,
    /// The policy year.
    pub year: u16,
    /// The name (the first list's, when they agree).
    pub name: String,
    /// Every status any list names.
    pub statuses: Statuses,
    /// Enrolled, when a list says (and none says otherwise).
    pub enrolled: Option<bool>,
    /// Every list and line the person is on.
    pub sources: Vec<(usize, usize)>,
}

/// Why a person is held out of the totals until the clerk resolves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    /// Two lists give two names for one identity number.
    Names(Vec<String>),
    /// One list says enrolled, another not.
    Enrolment,
}

/// The merged people, and those held out with their conflict (and every line behind it).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Merged {
    /// One per identity number and year, in identity-number order.
    pub people: Vec<Person>,
    /// Held out: the person as merged so far, and why.
    pub conflicts: Vec<(Person, Conflict)>,
}

/// Merges the rows of every list: sorted by identity number and year (a stable sort, so each
/// person's rows keep the order of the lists and their lines), then each run of one key becomes
/// one person, or one held-out conflict.
pub fn merge(entries: impl IntoIterator<Item = Entry>) -> Merged {
    let mut entries: Vec<Entry> = entries.into_iter().collect();
    entries.sort_by(|a, b| (&a.id, a.year).cmp(&(&b.id, b.year)));
    let mut merged = Merged::default();
    let mut rows = entries.into_iter().peekable();
    while let Some(e) = rows.next() {
        let mut names = vec![e.name.clone()];
        let mut enrolment_conflict = false;
        let mut p = Person {
            id: e.id,
            year: e.year,
            name: e.name,
            statuses: e.statuses,
            enrolled: e.enrolled,
            sources: vec![e.source],
        };
        while let Some(e) = rows.next_if(|e| e.id == p.id && e.year == p.year) {
            p.statuses = p.statuses.union(e.statuses);
            p.sources.push(e.source);
            if !names.contains(&e.name) {
                names.push(e.name);
            }
            match (p.enrolled, e.enrolled) {
                (Some(a), Some(b)) if a != b => enrolment_conflict = true,
                (None, Some(b)) => p.enrolled = Some(b),
                _ => {}
            }
        }
        if names.len() > 1 {
            merged.conflicts.push((p, Conflict::Names(names)));
        } else if enrolment_conflict {
            merged.conflicts.push((p, Conflict::Enrolment));
        } else {
            merged.people.push(p);
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Status;

    fn id(birth: &str) -> IdNumber {
        // a made-up number: address code 000000, no region's
        let body = format!("000000{birth}123");
        (0..=10)
            .map(|c| {
                let check = if c == 10 { 'X' } else { char::from(b'0' + c) };
                format!("{body}{check}")
            })
            .find_map(|s| IdNumber::parse(&s).ok())
            .expect("one check character is right")
    }

    fn entry(
        id: &IdNumber,
        name: &str,
        s: Status,
        enrolled: Option<bool>,
        source: (usize, usize),
    ) -> Entry {
        Entry {
            id: id.clone(),
            year: 2018,
            name: name.into(),
            statuses: Statuses::NONE.with(s),
            enrolled,
            source,
        }
    }

    #[test]
    fn a_person_on_two_lists_is_one_person_with_both_statuses_and_both_lines() {
        let a = id("19700101");
        let m = merge([
            entry(&a, "甲", Status::Dibao, Some(true), (0, 4)),
            entry(&a, "甲", Status::SevereDisability, None, (1, 9)),
        ]);
        assert_eq!(m.people.len(), 1);
        let p = &m.people[0];
        assert!(p.statuses.has(Status::Dibao) && p.statuses.has(Status::SevereDisability));
        assert_eq!(p.sources, vec![(0, 4), (1, 9)]);
        assert_eq!(p.enrolled, Some(true));
        assert!(m.conflicts.is_empty());
    }

    #[test]
    fn two_names_or_two_enrolment_answers_hold_the_person_out() {
        let a = id("19700101");
        let b = id("19800202");
        let m = merge([
            entry(&a, "甲", Status::Dibao, None, (0, 4)),
            entry(&a, "乙", Status::Tekun, None, (1, 2)),
            entry(&b, "丙", Status::Dibao, Some(true), (0, 5)),
            entry(&b, "丙", Status::Dibao, Some(false), (1, 3)),
        ]);
        assert!(m.people.is_empty());
        assert_eq!(m.conflicts.len(), 2);
        assert_eq!(
            m.conflicts[0].1,
            Conflict::Names(vec!["甲".into(), "乙".into()])
        );
        assert_eq!(m.conflicts[1].1, Conflict::Enrolment);
        assert_eq!(m.conflicts[1].0.sources, vec![(0, 5), (1, 3)]);
    }
}
