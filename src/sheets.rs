//! A list file's bytes as sheets of text cells: CSV (UTF-8, with or without a BOM, else GBK;
//! quoted cells may hold commas and line breaks: the `csv` crate) and spreadsheets (xlsx, xls,
//! ods: `calamine`, pure Rust). A shell's module — the core never sees a file format — shared by
//! the CLI and, behind the same feature, a page: bytes in, cells out, no file system.

use std::io::Cursor;

/// One sheet of a file: its rows of cells as text, and where its first row is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// The sheet's name (empty for a CSV file).
    pub name: String,
    /// 1-based row number (the line of a CSV file, the row of a spreadsheet) of `rows[0]`.
    pub first_row: usize,
    /// The rows, each a list of cells as text (empty cells as "").
    pub rows: Vec<Vec<String>>,
}

/// What a file was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated text, UTF-8.
    CsvUtf8,
    /// Comma-separated text, GBK (Excel's "CSV" on a Chinese Windows).
    CsvGbk,
    /// A spreadsheet (xlsx, xls, xlsb or ods).
    Spreadsheet,
}

impl Format {
    /// A stable code.
    pub fn code(self) -> &'static str {
        match self {
            Format::CsvUtf8 => "csv-utf8",
            Format::CsvGbk => "csv-gbk",
            Format::Spreadsheet => "spreadsheet",
        }
    }
}

/// The zip container of xlsx and ods; the compound file of xls.
const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Whether the bytes are a spreadsheet (by their first bytes, not by a file name).
pub fn is_spreadsheet(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP) || bytes.starts_with(OLE)
}

/// Reads every sheet of a file, in the file's order. The error is a short text (the reader's
/// own words) for the shell to put in its message.
pub fn read(bytes: &[u8]) -> Result<(Format, Vec<Sheet>), String> {
    if is_spreadsheet(bytes) {
        return spreadsheet(bytes).map(|s| (Format::Spreadsheet, s));
    }
    let (format, text) = decode(bytes);
    let rows = csv_rows(&text)?;
    let sheet = Sheet {
        name: String::new(),
        first_row: 1,
        rows,
    };
    Ok((format, vec![sheet]))
}

/// A CSV file's text: UTF-8 (a BOM dropped), else GBK.
pub fn decode(bytes: &[u8]) -> (Format, String) {
    let bytes = bytes.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (Format::CsvUtf8, s.to_string()),
        Err(_) => (
            Format::CsvGbk,
            encoding_rs::GBK
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
        ),
    }
}

/// A CSV text's rows (rows may have different lengths).
fn csv_rows(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| {
            r.map(|r| r.iter().map(str::to_string).collect())
                .map_err(|e| e.to_string())
        })
        .collect()
}

/// Every worksheet of a spreadsheet. A merged title cell is its top-left cell's text; the rows
/// start where the sheet's used range starts (`first_row`).
fn spreadsheet(bytes: &[u8]) -> Result<Vec<Sheet>, String> {
    use calamine::Reader as _;
    let mut book =
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut sheets = Vec::new();
    for (name, range) in book.worksheets() {
        let (row0, col0) = range.start().unwrap_or((0, 0));
        let pad = col0 as usize;
        let rows = range
            .rows()
            .map(|r| {
                // cells left of the used range are empty, so columns keep their positions
                std::iter::repeat_n(String::new(), pad)
                    .chain(r.iter().map(cell_text))
                    .collect()
            })
            .collect();
        sheets.push(Sheet {
            name,
            first_row: row0 as usize + 1,
            rows,
        });
    }
    Ok(sheets)
}

/// A cell as the clerk sees it. A whole number stored as a float (Excel's numbers) is written
/// without a fraction; an identity number stored as a number has lost its last digits already
/// and is rejected by its check digit, never repaired.
fn cell_text(d: &calamine::Data) -> String {
    match d {
        calamine::Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => {
            format!("{f:.0}")
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gbk_csv_with_a_quoted_line_break_is_read_as_gbk() {
        let text = "姓名,身份证号\n\"张\n三\",1\n";
        let (bytes, _, _) = encoding_rs::GBK.encode(text);
        let (format, sheets) = read(&bytes).unwrap();
        assert_eq!(format, Format::CsvGbk);
        assert_eq!(sheets[0].rows[1][0], "张\n三");
    }

    #[test]
    fn a_utf8_bom_is_dropped() {
        let (format, sheets) = read("\u{FEFF}a,b\n".as_bytes()).unwrap();
        assert_eq!(format, Format::CsvUtf8);
        assert_eq!(sheets[0].rows[0], ["a", "b"]);
    }

    #[test]
    fn bytes_that_look_like_a_spreadsheet_but_are_not_are_an_error_not_a_panic() {
        assert!(read(b"PK\x03\x04 not a zip").is_err());
        let mut ole = OLE.to_vec();
        ole.extend_from_slice(&[0; 100]);
        assert!(read(&ole).is_err());
    }

    #[test]
    fn whole_numbers_have_no_fraction_and_others_keep_theirs() {
        assert_eq!(cell_text(&calamine::Data::Float(2018.0)), "2018");
        assert_eq!(cell_text(&calamine::Data::Float(0.5)), "0.5");
        assert_eq!(cell_text(&calamine::Data::Empty), "");
    }
}
