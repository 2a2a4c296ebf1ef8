//! `daijiao roster FILE`: stream a roster file through [`crate::roster`] in bounded memory,
//! on every core, and write the aggregate JSON and the rejects file.
//!
//! A reader thread cuts the file into chunks of whole lines; worker threads tally chunks;
//! this thread writes each chunk's rejects in file order. Memory is bounded by the number of
//! chunks in flight (`2 × workers + workers`), whatever the file's size.

use crate::budget::Fiscal;
use crate::input::{Args, Field, InputError};
use crate::roster::report::{report, RosterReport};
use crate::roster::{begin, split_lines, tally_lines, Begin, Encoding, Reject, Tally};
use crate::sheets::csv_cell;
use crate::shell::{Problem, ShellCode};
use crate::text::Lang;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::PathBuf;
use std::sync::{mpsc, Arc, Mutex};

/// Bytes per chunk handed to a worker.
pub const CHUNK: usize = 2 << 20;

/// Parsed `roster` arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterArgs {
    /// The roster file.
    pub file: PathBuf,
    /// Where rejected rows go (default: FILE.rejects.csv).
    pub rejects: PathBuf,
    /// Fiscal arrangement for the level split.
    pub fiscal: Fiscal,
}

/// Parses `FILE [--rejects PATH] [--fiscal ordinary|province-direct]`.
pub fn parse_args(args: &[String]) -> Result<RosterArgs, Problem> {
    let (mut file, mut rejects, mut fiscal) = (None, None, Fiscal::Ordinary);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--rejects" | "--fiscal" => {
                let field = a.trim_start_matches('-');
                let v = it
                    .next()
                    .ok_or_else(|| Problem::shell(field, ShellCode::ArgumentValue, a.as_str()))?;
                if field == "rejects" {
                    rejects = Some(PathBuf::from(v));
                } else {
                    // The budget request's own parser, so the same error.
                    fiscal = Fiscal::from_field(Field::Str(v.clone()))?;
                }
            }
            s if s.starts_with("--") || file.is_some() => {
                return Err(Problem::shell_with(
                    s.trim_start_matches('-'),
                    ShellCode::UnknownArgument,
                    Args {
                        value: crate::input::shown(s),
                        allowed: "FILE, --rejects, --fiscal".into(),
                        ..Args::default()
                    },
                ))
            }
            s => file = Some(PathBuf::from(s)),
        }
    }
    let file = file.ok_or_else(|| {
        InputError::new("file", crate::input::ErrorCode::Missing, Args::default())
    })?;
    let rejects = rejects.unwrap_or_else(|| {
        let mut s = file.clone().into_os_string();
        s.push(".rejects.csv");
        PathBuf::from(s)
    });
    Ok(RosterArgs {
        file,
        rejects,
        fiscal,
    })
}

/// A file that could not be read or written.
pub fn io_error(field: &str, path: &std::path::Path, e: &io::Error) -> Problem {
    Problem::shell_with(
        field,
        ShellCode::Io,
        Args {
            value: path.display().to_string(),
            allowed: e.to_string(),
            ..Args::default()
        },
    )
}

/// Fills `buf` from `r` until it is full or the input ends; returns the bytes read.
fn read_full(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// The rejects file: UTF-8 with BOM (so Excel shows Chinese), one row per rejected line.
struct RejectsWriter {
    out: BufWriter<File>,
    encoding: Encoding,
}

impl RejectsWriter {
    fn create(path: &PathBuf, encoding: Encoding) -> Result<RejectsWriter, Problem> {
        let f = File::create(path).map_err(|e| io_error("rejects", path, &e))?;
        let mut out = BufWriter::new(f);
        out.write_all("\u{FEFF}line,id,field,code,message_zh,message\n".as_bytes())
            .map_err(|e| io_error("rejects", path, &e))?;
        Ok(RejectsWriter { out, encoding })
    }

    fn write(&mut self, r: &Reject) -> io::Result<()> {
        let id = match self.encoding {
            Encoding::Gbk => encoding_rs::GBK
                .decode_without_bom_handling(&r.id)
                .0
                .into_owned(),
            _ => String::from_utf8_lossy(&r.id).into_owned(),
        };
        writeln!(
            self.out,
            "{},{},{},{},{},{}",
            r.line,
            csv_cell(&id),
            csv_cell(r.error.field()),
            r.error.code(),
            csv_cell(&Lang::Zh.message(&r.error)),
            csv_cell(&Lang::En.message(&r.error))
        )
    }
}

/// Runs `daijiao roster`: the report, or an error about the arguments or the file.
pub fn run(args: &RosterArgs) -> Result<RosterReport, Problem> {
    let file_error = |e: io::Error| io_error("file", &args.file, &e);
    let mut file = File::open(&args.file).map_err(file_error)?;
    let mut first = vec![0u8; CHUNK];
    let n = read_full(&mut file, &mut first).map_err(file_error)?;
    first.truncate(n);
    let mut tally = Tally::default();
    let write_err = |e: io::Error| io_error("rejects", &args.rejects, &e);
    // The one reading of the start (roster::begin, the clerk's page's too). The first chunk is
    // read as all there is to the first line: a line longer than a whole chunk is not the
    // header, and is rejected as such.
    let (encoding, body) = match begin(&first, true) {
        Begin::Ready { encoding, body } => (encoding, body),
        // `begin` asks for more only before the end: never here
        Begin::NeedMore => (Encoding::sniff(&first), first.len()),
        Begin::Rejected { encoding, error } => {
            let mut rejects = RejectsWriter::create(&args.rejects, encoding)?;
            rejects
                .write(&Reject {
                    line: 1,
                    id: Vec::new(),
                    error,
                })
                .map_err(write_err)?;
            rejects.out.flush().map_err(write_err)?;
            tally.rejected = 1;
            tally.rows = 1;
            return Ok(report(&tally, encoding, args.fiscal));
        }
    };
    let mut rejects = RejectsWriter::create(&args.rejects, encoding)?;
    let header_end = body;
    let carry = first.split_off(header_end);

    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 8);
    let (work_tx, work_rx) = mpsc::sync_channel::<(u64, Vec<u8>)>(workers * 2);
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = mpsc::channel::<(u64, u64, Vec<Reject>)>();
    // Workers hand their chunk buffers back so the reader reuses them (no fresh pages per chunk).
    let (free_tx, free_rx) = mpsc::channel::<Vec<u8>>();

    let reader = std::thread::spawn(move || -> io::Result<()> {
        let mut seq = 0u64;
        let mut carry = carry;
        loop {
            let mut buf = free_rx.try_recv().unwrap_or_default();
            buf.clear();
            buf.append(&mut carry);
            buf.reserve(CHUNK);
            // read_to_end on a `take` fills spare capacity without zeroing it first.
            let k = (&mut file).take(CHUNK as u64).read_to_end(&mut buf)?;
            if k == 0 {
                if !buf.is_empty() && work_tx.send((seq, buf)).is_err() {
                    break;
                }
                return Ok(());
            }
            let (lines, rest) = split_lines(&buf);
            let cut = lines.len();
            carry.extend_from_slice(rest);
            buf.truncate(cut);
            if !buf.is_empty() {
                if work_tx.send((seq, buf)).is_err() {
                    break;
                }
                seq += 1;
            }
        }
        Ok(())
    });

    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let rx = Arc::clone(&work_rx);
            let tx = done_tx.clone();
            let free = free_tx.clone();
            std::thread::spawn(move || {
                let mut tally = Tally::default();
                loop {
                    let job = rx.lock().map(|r| r.recv());
                    let Ok(Ok((seq, chunk))) = job else { break };
                    let mut rejects = Vec::new();
                    let lines =
                        tally_lines(&chunk, 1, encoding, &mut tally, &mut |r| rejects.push(r));
                    let _ = free.send(chunk);
                    if tx.send((seq, lines, rejects)).is_err() {
                        break;
                    }
                }
                tally
            })
        })
        .collect();
    drop(done_tx);
    drop(free_tx);

    // Write rejects in file order; hold early chunks until their turn.
    let mut next = 0u64;
    let mut lines_before = 1u64; // the header
    let mut pending: BTreeMap<u64, (u64, Vec<Reject>)> = BTreeMap::new();
    let mut write_result = Ok(());
    for (seq, lines, rs) in done_rx {
        pending.insert(seq, (lines, rs));
        while let Some((lines, rs)) = pending.remove(&next) {
            for mut r in rs {
                r.line += lines_before;
                if write_result.is_ok() {
                    write_result = rejects.write(&r);
                }
            }
            lines_before += lines;
            next += 1;
        }
    }
    // A worker that stopped (a panic) lost its tally: that is an error, never a smaller total.
    let mut lost = 0;
    for h in handles {
        match h.join() {
            Ok(t) => tally.merge(&t),
            Err(_) => lost += 1,
        }
    }
    if lost > 0 || !pending.is_empty() {
        return Err(Problem::shell("$", ShellCode::Internal, ""));
    }
    let read_result = reader
        .join()
        .unwrap_or_else(|_| Err(io::Error::other("reader stopped")));
    read_result.map_err(file_error)?;
    write_result.map_err(write_err)?;
    rejects.out.flush().map_err(write_err)?;
    Ok(report(&tally, encoding, args.fiscal))
}
