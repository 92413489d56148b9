//! [`Strings`]: many short strings in one buffer, numbered in the order
//! added. The rule set holds tens of thousands of list forms and literals;
//! one `String` each was an allocation each (and a free at exit), a third
//! of loading the default rules.

use std::ops::Index;

/// Strings one after the other in one buffer: string `i` is
/// `text[ends[i - 1]..ends[i]]` (from 0 for the first).
#[derive(Debug, Clone, Default)]
pub struct Strings {
    text: String,
    ends: Vec<u32>,
}

impl Strings {
    /// Room for `n` more strings of about `bytes` bytes in all.
    pub(crate) fn reserve(&mut self, n: usize, bytes: usize) {
        self.ends.reserve(n);
        self.text.reserve(bytes);
    }

    /// Adds `s`; gives its index.
    ///
    /// # Panics
    /// If the strings would pass 4 GB in all.
    pub fn push(&mut self, s: &str) -> u32 {
        self.text.push_str(s);
        let end = u32::try_from(self.text.len()).expect("rule strings under 4 GB");
        self.ends.push(end);
        (self.ends.len() - 1) as u32
    }

    /// How many strings there are.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// String `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = match i {
            0 => 0,
            _ => self.ends[i - 1] as usize,
        };
        Some(&self.text[start..end])
    }

    /// Keeps the first `n` strings.
    pub fn truncate(&mut self, n: usize) {
        if n < self.ends.len() {
            self.ends.truncate(n);
            let end = self.ends.last().map_or(0, |&e| e as usize);
            self.text.truncate(end);
        }
    }

    /// Every string, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &str> + Clone + '_ {
        (0..self.ends.len()).map(|i| {
            let start = if i == 0 { 0 } else { self.ends[i - 1] };
            &self.text[start as usize..self.ends[i] as usize]
        })
    }
}

impl Index<usize> for Strings {
    type Output = str;

    /// String `i`.
    ///
    /// # Panics
    /// If there is no string `i`.
    fn index(&self, i: usize) -> &str {
        match self.get(i) {
            Some(s) => s,
            None => panic!("string {i} of {}", self.len()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Strings;

    #[test]
    fn strings_come_back_as_pushed() {
        let mut s = Strings::default();
        assert!(s.is_empty());
        assert_eq!(s.push("Zentrix"), 0);
        assert_eq!(s.push(""), 1);
        assert_eq!(s.push("Kerrat Mills"), 2);
        assert_eq!(s.len(), 3);
        assert_eq!(&s[0], "Zentrix");
        assert_eq!(&s[1], "");
        assert_eq!(&s[2], "Kerrat Mills");
        assert_eq!(s.get(3), None);
        assert_eq!(
            s.iter().collect::<Vec<_>>(),
            ["Zentrix", "", "Kerrat Mills"]
        );
        s.truncate(1);
        assert_eq!(s.iter().collect::<Vec<_>>(), ["Zentrix"]);
        assert_eq!(s.push("Vexo"), 1);
        assert_eq!(&s[1], "Vexo");
    }
}
