//! 公民身份号码 (resident identity numbers), GB 11643-1999: the first piece of the clerk's real
//! lists (issue 14). An 18-character number is six digits of address code, the birth date
//! `YYYYMMDD`, a three-digit sequence, and a check character (`0`–`9` or `X`) over the first 17
//! by ISO 7064 MOD 11-2; a legacy 15-digit number (`YYMMDD`, born 1900–1999, no check
//! character) is converted to 18. The birth date is read from the number, so a list needs no
//! age column and the age follows the birthday reading of the rules.
//!
//! Personal information: nothing here logs or keeps a number. [`IdNumber::masked`] is the only
//! form a report, an error or a printed list may show (first 6 and last 4 characters).

use super::Date;

/// A valid 18-character identity number (a 15-digit one converted).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IdNumber([u8; 18]);

/// Why a text is not a valid identity number (each a reject with its reason, never a guess).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdProblem {
    /// Neither 18 nor 15 characters (after trimming spaces).
    Length,
    /// A character that is not a digit (or `X` as the 18th).
    NotDigits,
    /// The birth date in the number is not a real date.
    BirthDate,
    /// The check character does not match the first 17 digits.
    CheckCharacter,
}

impl IdProblem {
    /// A stable snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            IdProblem::Length => "id_length",
            IdProblem::NotDigits => "id_not_digits",
            IdProblem::BirthDate => "id_birth_date",
            IdProblem::CheckCharacter => "id_check_character",
        }
    }
}

/// ISO 7064 MOD 11-2 weights of the first 17 digits (2^(17−i) mod 11).
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/// The check character for each remainder of the weighted sum mod 11.
const CHECK: [u8; 11] = *b"10X98765432";

/// The check character of 17 digits.
fn check_character(digits: &[u8]) -> u8 {
    let sum: u32 = digits
        .iter()
        .zip(WEIGHTS)
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    CHECK[(sum % 11) as usize]
}

impl IdNumber {
    /// Reads an identity number: 18 characters with a valid check character (`x` read as
    /// `X`), or 15 digits (converted: `19` put before the year, the check character added).
    /// Spaces around it are ignored.
    pub fn parse(text: &str) -> Result<IdNumber, IdProblem> {
        let b = text.trim().as_bytes();
        let mut out = [0u8; 18];
        match b.len() {
            18 => {
                if !b[..17].iter().all(u8::is_ascii_digit) {
                    return Err(IdProblem::NotDigits);
                }
                out.copy_from_slice(b);
                out[17] = out[17].to_ascii_uppercase();
                if !(out[17].is_ascii_digit() || out[17] == b'X') {
                    return Err(IdProblem::NotDigits);
                }
            }
            15 => {
                if !b.iter().all(u8::is_ascii_digit) {
                    return Err(IdProblem::NotDigits);
                }
                out[..6].copy_from_slice(&b[..6]);
                out[6..8].copy_from_slice(b"19");
                out[8..17].copy_from_slice(&b[6..15]);
                out[17] = check_character(&out[..17]);
            }
            _ => return Err(IdProblem::Length),
        }
        let id = IdNumber(out);
        id.birth_date().ok_or(IdProblem::BirthDate)?;
        if check_character(&out[..17]) != out[17] {
            return Err(IdProblem::CheckCharacter);
        }
        Ok(id)
    }

    /// The birth date the number holds.
    pub fn birth_date(&self) -> Option<Date> {
        let n = |r: std::ops::Range<usize>| {
            self.0[r]
                .iter()
                .fold(0u16, |acc, d| acc * 10 + u16::from(d - b'0'))
        };
        Date::new(
            n(6..10),
            u8::try_from(n(10..12)).ok()?,
            u8::try_from(n(12..14)).ok()?,
        )
    }

    /// The 18 characters (for matching rows across lists; never shown, see [`Self::masked`]).
    pub fn as_str(&self) -> &str {
        // Only ASCII digits and `X` are ever stored.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// The number as reports and printed lists show it: the first 6 and the last 4 characters,
    /// the 8 between them as `*`.
    pub fn masked(&self) -> String {
        let s = self.as_str();
        format!("{}********{}", &s[..6], &s[14..])
    }
}

/// Never the number itself, even in a debug print: its masked form.
impl std::fmt::Debug for IdNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "IdNumber({})", self.masked())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A made-up number (address code 000000, which no region has) with its check character.
    fn made_up(birth: &str, seq: &str) -> String {
        let body = format!("000000{birth}{seq}");
        let check = check_character(body.as_bytes()) as char;
        format!("{body}{check}")
    }

    #[test]
    fn the_standards_own_example_is_valid_and_its_birth_date_is_read() {
        // GB 11643-1999's published example number (not a person's).
        let id = IdNumber::parse("11010519491231002X").expect("valid");
        assert_eq!(id.birth_date(), Date::new(1949, 12, 31));
        assert_eq!(id.masked(), "110105********002X");
        assert_eq!(format!("{id:?}"), "IdNumber(110105********002X)");
        assert_eq!(
            IdNumber::parse(" 11010519491231002x "),
            Ok(id),
            "x and spaces"
        );
    }

    #[test]
    fn a_wrong_check_character_is_refused_on_every_digit() {
        let good = made_up("19580512", "123");
        assert!(IdNumber::parse(&good).is_ok());
        let last = good.as_bytes()[17];
        for c in b"0123456789X" {
            if *c != last {
                let mut bad = good.clone().into_bytes();
                bad[17] = *c;
                let bad = String::from_utf8(bad).unwrap();
                assert_eq!(IdNumber::parse(&bad), Err(IdProblem::CheckCharacter));
            }
        }
    }

    #[test]
    fn a_fifteen_digit_number_is_converted_to_eighteen() {
        let id = IdNumber::parse("000000580512123").expect("valid legacy number");
        assert_eq!(id.as_str(), made_up("19580512", "123"));
        assert_eq!(id.birth_date(), Date::new(1958, 5, 12));
    }

    #[test]
    fn lengths_characters_and_dates_that_are_not_a_number_are_refused_with_their_reason() {
        assert_eq!(IdNumber::parse(""), Err(IdProblem::Length));
        assert_eq!(IdNumber::parse("12345678901234567"), Err(IdProblem::Length));
        assert_eq!(
            IdNumber::parse("00000019580512123A"),
            Err(IdProblem::NotDigits)
        );
        assert_eq!(
            IdNumber::parse("0000001958O512123X"),
            Err(IdProblem::NotDigits)
        );
        assert_eq!(
            IdNumber::parse("00000058051212A"),
            Err(IdProblem::NotDigits)
        );
        assert_eq!(
            IdNumber::parse(&made_up("19580230", "123")),
            Err(IdProblem::BirthDate),
            "30 February"
        );
        assert_eq!(
            IdNumber::parse("000000580230123"),
            Err(IdProblem::BirthDate)
        );
    }
}
