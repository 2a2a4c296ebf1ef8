//! The resident's form as typed by a person, turned into contract [`Field`]s.
//!
//! Used by the page; kept free of Leptos and the DOM so it is tested natively. It only
//! reshapes what was typed (trim, full-width digits) — validation is the core's
//! [`Resident::from_fields`], so the page accepts exactly what the CLI accepts.

use crate::input::{Field, InputError, MedicalScheme, Pension, Resident, Statuses};
use crate::rules::{decide, Decision};

/// The form's raw state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormState {
    /// Selected policy year.
    pub year: u16,
    /// The age box, as typed.
    pub age: String,
    /// The birth-month box (`YYYY-MM` from a month input), as typed: when filled, it is sent
    /// instead of the age box.
    pub born: String,
    /// Ticked statuses.
    pub statuses: Statuses,
    /// The exit-date box (`YYYY-MM-DD` from a date input), as typed.
    pub exited_on: String,
    /// Chosen pension situation, if any.
    pub pension: Option<Pension>,
    /// Chosen medical insurance scheme (the residents' scheme unless changed).
    pub medical_scheme: MedicalScheme,
}

/// Turns full-width digits (common with Chinese input methods) into ASCII and trims.
pub fn normalize_digits(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '－' => '-',
            c => c,
        })
        .collect()
}

/// The age box as a contract field: empty → missing, digits → integer, else text (a type error).
pub fn age_field(typed: &str) -> Field {
    Field::from_text(&normalize_digits(typed))
}

impl FormState {
    /// The contract fields of this form.
    pub fn fields(&self) -> Vec<(String, Field)> {
        let born = normalize_digits(&self.born);
        let age = if born.is_empty() {
            ("age".to_string(), age_field(&self.age))
        } else {
            ("born".to_string(), Field::Str(born))
        };
        let mut f = vec![
            ("year".to_string(), Field::Int(i64::from(self.year))),
            age,
            (
                "statuses".to_string(),
                Field::List(
                    self.statuses
                        .iter()
                        .map(|s| Field::Str(s.code().to_string()))
                        .collect(),
                ),
            ),
            (
                "pension".to_string(),
                self.pension
                    .map_or(Field::Null, |p| Field::Str(p.code().to_string())),
            ),
            (
                "medical_scheme".to_string(),
                Field::Str(self.medical_scheme.code().to_string()),
            ),
        ];
        let exit = self.exited_on.trim();
        if self
            .statuses
            .has(crate::input::Status::RegisteredPoorExited)
        {
            f.push((
                "exited_on".to_string(),
                if exit.is_empty() {
                    Field::Null
                } else {
                    Field::Str(exit.to_string())
                },
            ));
        }
        f
    }

    /// The decision for this form, or the first input error.
    ///
    /// ```
    /// use daijiao::form::FormState;
    /// use daijiao::input::{Pension, Status, Statuses};
    /// let f = FormState { year: 2018, age: "４５".into(), born: String::new(), statuses: Statuses::NONE.with(Status::Dibao),
    ///     exited_on: String::new(), pension: Some(Pension::Enrolled), medical_scheme: Default::default() };
    /// assert!(f.decide().unwrap().pension_contribution.government_pays);
    /// let empty = FormState { age: String::new(), ..f };
    /// assert_eq!(empty.decide().unwrap_err().field, "age");
    /// ```
    pub fn decide(&self) -> Result<Decision, InputError> {
        let (r, _) = Resident::from_fields(self.fields())?;
        decide(&r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{ErrorCode, Status};

    fn form(age: &str) -> FormState {
        FormState {
            year: 2020,
            age: age.into(),
            born: String::new(),
            statuses: Statuses::NONE.with(Status::Tekun),
            exited_on: String::new(),
            pension: Some(Pension::Enrolled),
            medical_scheme: MedicalScheme::Residents,
        }
    }

    #[test]
    fn the_age_box_distinguishes_empty_not_a_number_and_out_of_range() {
        assert_eq!(form("").decide().unwrap_err().code, ErrorCode::Missing);
        assert!(matches!(
            form("四十").decide().unwrap_err().code,
            ErrorCode::WrongType { .. }
        ));
        assert!(matches!(
            form("4.5").decide().unwrap_err().code,
            ErrorCode::WrongType { .. }
        ));
        assert_eq!(
            form("131").decide().unwrap_err().code,
            ErrorCode::OutOfRange
        );
        assert_eq!(form("-1").decide().unwrap_err().code, ErrorCode::OutOfRange);
        assert_eq!(
            form("99999999999999999999999").decide().unwrap_err().code,
            ErrorCode::OutOfRange
        );
        assert!(form(" 45 ").decide().is_ok());
    }

    #[test]
    fn a_filled_birth_month_is_sent_instead_of_the_age_box() {
        use crate::rules::ReasonCode;
        let mut f = form("");
        f.born = "２００２-12".into(); // full-width digits, as typed with a Chinese input method
        assert!(f.decide().unwrap().pension_contribution.government_pays);
        f.age = "70".into();
        let d = f.decide().unwrap();
        assert!(
            d.pension_contribution.government_pays,
            "the birth month, not 70"
        );
        f.born = "2002-13".into();
        assert_eq!(f.decide().unwrap_err().code, ErrorCode::BadMonth);
        f.born = " ".into();
        let d = f.decide().unwrap();
        assert_eq!(
            d.pension_contribution.reason.code,
            ReasonCode::TooOld,
            "blank: the age box"
        );
    }

    #[test]
    fn an_unchosen_pension_situation_is_missing() {
        let f = FormState {
            pension: None,
            ..form("40")
        };
        assert_eq!(f.decide().unwrap_err().field, "pension");
    }

    #[test]
    fn the_exit_date_is_sent_only_with_the_lifted_out_status() {
        let mut f = form("40");
        f.exited_on = "2017-01-01".into();
        assert!(f.decide().is_ok(), "a stale date box is ignored");
        f.statuses = f.statuses.with(Status::RegisteredPoorExited);
        assert!(f.decide().is_ok());
        f.exited_on = String::new();
        assert_eq!(f.decide().unwrap_err().field, "exited_on");
    }
}
