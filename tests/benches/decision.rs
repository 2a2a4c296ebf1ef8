//! One decision, natively (criterion): the core alone, a whole `check` line (parse, evaluate,
//! JSON out), and one roster row. `cargo bench --bench decision`; figures in BENCHMARKS.md.

use criterion::{criterion_group, criterion_main, Criterion};
use daijiao::cli::{answer_line, parse_line};
use daijiao::roster::{tally_lines, Encoding, Tally};
use daijiao::rules::evaluate;
use std::hint::black_box;

const LINE: &[u8] = br#"{"year":2018,"age":40,"statuses":["dibao","registered_poor_exited"],"exited_on":"2016-09-01","pension":"enrolled"}"#;

fn decision(c: &mut Criterion) {
    let (r, _) = parse_line(LINE).unwrap();
    c.bench_function("evaluate (core only)", |b| {
        b.iter(|| evaluate(black_box(&r)))
    });
    c.bench_function("check line (parse + evaluate + JSON)", |b| {
        b.iter(|| answer_line(black_box(LINE), 1))
    });
    let rows: Vec<u8> = (0..1000)
        .flat_map(|i| {
            format!(
                "{i},2018,{},dibao|registered_poor_exited,2016-09-01,enrolled\n",
                i % 101
            )
            .into_bytes()
        })
        .collect();
    let mut t = Tally::default();
    c.bench_function("roster, 1000 rows", |b| {
        b.iter(|| tally_lines(black_box(&rows), 2, Encoding::Utf8, &mut t, &mut |_| {}))
    });
}

criterion_group!(benches, decision);
criterion_main!(benches);
