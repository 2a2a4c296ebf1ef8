//! The roster reader on arbitrary bytes, in each encoding and in two chunkings: never a panic,
//! every line accounted for, the same tally however the bytes are cut, and the fast path
//! agreeing with the contract path on every line it accepts.
#![no_main]
use daijiao::roster::{split_lines, tally_lines, Encoding, Tally};
use libfuzzer_sys::fuzz_target;
use std::cell::RefCell;

thread_local! {
    // reused between inputs: allocating two count tables per input would dominate the run
    static TALLIES: RefCell<(Tally, Tally)> = RefCell::new(Default::default());
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, data)) = data.split_first() else {
        return;
    };
    let encoding = [Encoding::Utf8, Encoding::Utf8Bom, Encoding::Gbk][usize::from(first % 3)];
    TALLIES.with(|t| {
        let (whole, parts) = &mut *t.borrow_mut();
        whole.reset();
        parts.reset();
        let mut rejects = 0u64;
        let lines = tally_lines(data, 2, encoding, whole, &mut |_| rejects += 1);
        assert_eq!(whole.rows + whole.blank_lines, lines);
        assert_eq!(whole.rejected, rejects);
        // cut at an arbitrary point, as the CLI and the page do between chunks
        let cut = usize::from(first) * data.len() / 256;
        let (head, tail) = data.split_at(cut);
        let (lines_a, rest) = split_lines(head);
        let n = tally_lines(lines_a, 2, encoding, parts, &mut |_| {});
        let carried = [rest, tail].concat();
        tally_lines(&carried, 2 + n, encoding, parts, &mut |_| {});
        // the bookkeeping must match; the count tables are compared by the tests
        // (a_multi_chunk_roster_equals_row_by_row_evaluation): a 100 608-entry comparison per
        // run would slow the fuzzer a hundredfold
        assert_eq!(
            (parts.rows, parts.rejected, parts.blank_lines),
            (whole.rows, whole.rejected, whole.blank_lines)
        );
    });
    for line in data.split(|&b| b == b'\n') {
        if let Err(e) = daijiao::roster::check_fast_path(line, encoding) {
            panic!("{e}");
        }
    }
});
