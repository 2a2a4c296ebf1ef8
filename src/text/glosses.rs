//! English glosses of the quoted clauses and the documents' names (English mode only).

use super::Glosses;
use crate::policy::clauses::{self, Clause};

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
            x if x == clauses::TRANSITION_PAYMENT => self.transition_payment,
            x if x == clauses::HEBEI_2021_PRACTICE => self.hebei_2021_practice,
            _ => "",
        }
    }

    /// The English name of a document, by policy-page id.
    pub fn doc(&self, doc: &str) -> &'static str {
        match doc {
            "JRS-2018-3" => self.doc_jrs_2018_3,
            "TGRS-2018-4" => self.doc_tgrs_2018_4,
            "GF-2014-8" => self.doc_gf_2014_8,
            "RSB-2017-59" => self.doc_rsb_2017_59,
            "TRANSITION-2021" => self.doc_transition_2021,
            "HEBEI-2021-PRACTICE" => self.doc_hebei_2021_practice,
            _ => "",
        }
    }
}
