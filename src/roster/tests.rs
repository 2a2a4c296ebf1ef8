//! The roster's own tests: the facts table, the fast path against the contract path, chunking.

use super::*;

/// The fast path on one line followed by a line end, as `tally_lines` calls it.
fn fast(line: &[u8], encoding: Encoding) -> Option<Facts> {
    let buf = [line, b"\n"].concat();
    let (f, end) = fast_row(&buf, 0, encoding)?;
    assert_eq!(end, buf.len(), "the fast path ends at the line end");
    Some(f)
}

#[test]
fn the_facts_table_index_round_trips() {
    for i in (0..FACTS_COUNT).step_by(7) {
        assert_eq!(facts_index(&facts_at(i)), i);
    }
    assert_eq!(facts_index(&facts_at(FACTS_COUNT - 1)), FACTS_COUNT - 1);
}

/// The fast path must agree with the contract path on every row it accepts.
#[test]
fn the_fast_path_accepts_only_what_the_contract_accepts_with_the_same_facts() {
    let years = ["2017", "2018", "2019", "2020", "2021", "18", "x"];
    let ages = [
        "0", "15", "16", "59", "60", "130", "131", "-1", "040", "4a", "",
    ];
    let statuses = [
        "",
        "dibao",
        "registered_poor_exited",
        "dibao|tekun",
        "tekun|dibao",
        "dibao|dibao",
        "registered_poor|registered_poor_exited|dibao|tekun|other_hardship",
        "poor",
        "dibao|",
    ];
    let exits = [
        "",
        "2013-12-31",
        "2014-01-01",
        "2016-07-31",
        "2016-08-01",
        "2018-12-31",
        "2019-01-01",
        "2016-02-30",
        "x",
    ];
    let pensions = [
        "not_enrolled",
        "enrolled",
        "receiving",
        "employee_scheme",
        "yes",
        "enrolled,extra",
    ];
    let mut checked = 0;
    for y in years {
        for a in ages {
            for s in statuses {
                for e in exits {
                    for p in pensions {
                        let line = format!("7,{y},{a},{s},{e},{p}");
                        let slow = slow_facts(line.as_bytes(), Encoding::Utf8).ok();
                        if let Some(fast) = fast(line.as_bytes(), Encoding::Utf8) {
                            assert_eq!(Some(fast), slow, "{line}");
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 1000, "the fast path accepted only {checked} rows");
}

#[test]
fn quoted_fields_and_spaces_go_through_the_contract_path() {
    let line = br#""A, 1", 2018 ,40,"dibao|tekun",,enrolled"#;
    assert_eq!(fast(line, Encoding::Utf8), None);
    let f = slow_facts(line, Encoding::Utf8).unwrap();
    assert_eq!(f.age, 40);
    assert!(f.statuses.has(Status::Tekun));
}

#[test]
fn encodings_are_sniffed() {
    assert_eq!(Encoding::sniff(b"\xEF\xBB\xBFid,year"), Encoding::Utf8Bom);
    assert_eq!(Encoding::sniff("id\n张三".as_bytes()), Encoding::Utf8);
    assert_eq!(Encoding::sniff(&"id\n张三".as_bytes()[..5]), Encoding::Utf8);
    assert_eq!(Encoding::sniff(b"id\n\xD5\xC5\xC8\xFD"), Encoding::Gbk);
}

#[test]
fn blank_lines_are_counted_not_rows() {
    let mut t = Tally::default();
    let mut rejects = Vec::new();
    let n = tally_lines(
        b"1,2018,40,dibao,,enrolled\r\n,,,,,\r\n\r\n2,2018,x,,,enrolled\n",
        2,
        Encoding::Utf8,
        &mut t,
        &mut |r| rejects.push(r),
    );
    assert_eq!(n, 4);
    assert_eq!((t.rows, t.rejected, t.blank_lines), (2, 1, 2));
    assert_eq!(rejects[0].line, 5);
    assert_eq!(rejects[0].id, b"2");
    assert_eq!(rejects[0].error.field(), "age");
}

/// The start of a roster, read once for every shell (`roster::begin`): the CLI and the clerk's
/// page give the same answer for each of these files.
#[test]
fn an_empty_file_a_header_only_file_and_a_wrong_header_are_read_the_same_by_every_shell() {
    use super::{begin, Begin, Encoding, HEADER};
    assert!(matches!(begin(b"", true), Begin::Rejected { .. }), "empty");
    let only = HEADER.as_bytes();
    assert_eq!(
        begin(only, true),
        Begin::Ready {
            encoding: Encoding::Utf8,
            body: only.len()
        },
        "a header without its line end, at the end of the file"
    );
    assert_eq!(begin(only, false), Begin::NeedMore, "more may come");
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), only, b"\r\n"].concat();
    assert_eq!(
        begin(&with_bom, false),
        Begin::Ready {
            encoding: Encoding::Utf8Bom,
            body: with_bom.len()
        }
    );
    let wrong = begin(b"name,age\n1,2\n", false);
    assert!(
        matches!(&wrong, Begin::Rejected { error, .. } if error.field() == "$"),
        "{wrong:?}"
    );
}
