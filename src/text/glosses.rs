//! English glosses of the quoted clauses and the documents' names (English mode only).

use crate::policy::clauses::{self, Clause};

/// English glosses of the Chinese policy quotes and document numbers (shown in English mode
/// beside the Chinese, never instead of it).
#[derive(Debug)]
pub struct Glosses {
    /// JRS-2018-3 一.
    pub jrs_1_poor_persons: &'static str,
    /// JRS-2018-3 二(一)1, the payment.
    pub jrs_2_1_1_payment: &'static str,
    /// JRS-2018-3 二(一)1, the direct claim.
    pub jrs_2_1_1_direct_claim: &'static str,
    /// JRS-2018-3 二(一)2.
    pub jrs_2_1_2_whole_year: &'static str,
    /// JRS-2018-3 二(二)1.
    pub jrs_2_2_1_medical: &'static str,
    /// TGRS-2018-4.
    pub tgrs_2018_4_budget: &'static str,
    /// 国发〔2014〕8号 (summary).
    pub gf_2014_8_ages: &'static str,
    /// 国发〔2014〕8号 三(三), severe disability (summary).
    pub gf_2014_8_severe_disability: &'static str,
    /// The documents' names, by policy-page id.
    pub docs: [(&'static str, &'static str); 4],
}

impl Glosses {
    /// The gloss of a cited clause.
    pub fn clause(&self, c: &Clause) -> &'static str {
        match *c {
            x if x == clauses::JRS_1_POOR_PERSONS => self.jrs_1_poor_persons,
            x if x == clauses::JRS_2_1_1_PAYMENT => self.jrs_2_1_1_payment,
            x if x == clauses::JRS_2_1_1_DIRECT_CLAIM => self.jrs_2_1_1_direct_claim,
            x if x == clauses::JRS_2_1_2_WHOLE_YEAR => self.jrs_2_1_2_whole_year,
            x if x == clauses::JRS_2_2_1_MEDICAL => self.jrs_2_2_1_medical,
            x if x == clauses::TGRS_2018_4_BUDGET => self.tgrs_2018_4_budget,
            x if x == clauses::GF_2014_8_AGES => self.gf_2014_8_ages,
            x if x == clauses::GF_2014_8_SEVERE_DISABILITY => self.gf_2014_8_severe_disability,
            _ => "",
        }
    }

    /// The English name of a document, by policy-page id.
    pub fn doc(&self, doc: &str) -> &'static str {
        self.docs
            .iter()
            .find(|(id, _)| *id == doc)
            .map_or("", |(_, name)| name)
    }
}
