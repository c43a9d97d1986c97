//! Every CSV this service writes goes through [`Csv`]: a cell a spreadsheet would take for a formula
//! (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with an apostrophe,
//! so an export opened in a spreadsheet shows text and runs nothing ("CSV injection").

/// Whether a spreadsheet would read `cell` as a formula.
pub fn looks_like_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// `cell` as it is safe to write.
pub fn neutralised(cell: &str) -> std::borrow::Cow<'_, str> {
    if looks_like_formula(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// A CSV document in memory, every cell neutralised.
pub struct Csv(csv::Writer<Vec<u8>>);

impl Csv {
    /// A document with this header row.
    pub fn with_header(header: &[&str]) -> Result<Csv, csv::Error> {
        let mut w = Csv(csv::Writer::from_writer(Vec::new()));
        w.row(header)?;
        Ok(w)
    }

    pub fn row<I, S>(&mut self, cells: I) -> Result<(), csv::Error>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let cells: Vec<String> = cells
            .into_iter()
            .map(|c| neutralised(c.as_ref()).into_owned())
            .collect();
        self.0.write_record(&cells)
    }

    pub fn into_bytes(self) -> Result<Vec<u8>, csv::Error> {
        self.0
            .into_inner()
            .map_err(|e| csv::Error::from(std::io::Error::other(e.to_string())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_become_text_and_others_stay() {
        let mut w = Csv::with_header(&["a", "b"]).unwrap();
        w.row(["=HYPERLINK(\"http://x\")", "@SUM(A1)"]).unwrap();
        w.row(["+1+1", "-2"]).unwrap();
        w.row(["\tx", "plain, with a comma"]).unwrap();
        let text = String::from_utf8(w.into_bytes().unwrap()).unwrap();
        assert_eq!(
            text,
            "a,b\n\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(A1)\n'+1+1,'-2\n'\tx,\"plain, with a comma\"\n"
        );
        assert!(!looks_like_formula("Cork") && looks_like_formula("\rx"));
    }
}
