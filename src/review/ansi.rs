//! ANSI terminal colours for the text reports (`explain`, `diff`).
//!
//! Takes a string and an SGR code (the number between `ESC[` and `m`);
//! gives the string wrapped in `ESC[<code>m … ESC[0m`, or unchanged when
//! colour is off. Guarantees: the text between the escape codes is the same
//! whatever the setting, so plain and coloured reports differ only by them.

/// Bold (also the section headings).
pub const BOLD: &str = "1";
/// Faint: ids, dropped text, notes.
pub const DIM: &str = "2";
/// Red: removals.
pub const RED: &str = "31";
/// Green: additions.
pub const GREEN: &str = "32";
/// Yellow: modifications, titles.
pub const YELLOW: &str = "33";
/// Blue: status cues.
pub const BLUE: &str = "34";

/// Paint or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Whether to paint.
    pub on: bool,
}

impl Style {
    /// `s` in `code`, then reset.
    pub fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    /// `s` in bold and `code` (two escape sequences), then reset.
    pub fn paint_bold(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{BOLD}m\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_leaves_the_text_and_on_wraps_it() {
        let (off, on) = (Style { on: false }, Style { on: true });
        assert_eq!(off.paint(RED, "x"), "x");
        assert_eq!(off.paint_bold(GREEN, "x"), "x");
        assert_eq!(on.paint(DIM, "x"), "\x1b[2mx\x1b[0m");
        assert_eq!(on.paint_bold(GREEN, "x"), "\x1b[1m\x1b[32mx\x1b[0m");
    }
}
