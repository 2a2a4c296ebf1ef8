//! The roster reader on arbitrary bytes, in each encoding and in two chunkings: never a panic,
//! every line accounted for, the same tally however the bytes are cut, and the fast path
//! agreeing with the contract path on every line it accepts.
#![no_main]
use daijiao::roster::{split_lines, tally_lines, Encoding, Tally};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, data)) = data.split_first() else {
        return;
    };
    let encoding = [Encoding::Utf8, Encoding::Utf8Bom, Encoding::Gbk][usize::from(first % 3)];
    let mut whole = Tally::default();
    let mut rejects = 0u64;
    let lines = tally_lines(data, 2, encoding, &mut whole, &mut |_| rejects += 1);
    assert_eq!(whole.rows + whole.blank_lines, lines);
    assert_eq!(whole.rejected, rejects);
    // cut at an arbitrary point, as the CLI and the page do between chunks
    let cut = usize::from(first) * data.len() / 256;
    let (head, tail) = data.split_at(cut);
    let (lines_a, rest) = split_lines(head);
    let mut parts = Tally::default();
    let n = tally_lines(lines_a, 2, encoding, &mut parts, &mut |_| {});
    let carried = [rest, tail].concat();
    tally_lines(&carried, 2 + n, encoding, &mut parts, &mut |_| {});
    assert_eq!(parts, whole);
    for line in data.split(|&b| b == b'\n') {
        if let Err(e) = daijiao::roster::check_fast_path(line, encoding) {
            panic!("{e}");
        }
    }
});
