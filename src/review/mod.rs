//! Tools for reviewing what the rules do: [`eval`] scores an output against
//! gold, [`diff`] compares two outputs, [`graph`] builds the company network,
//! [`report`] writes the HTML review page, [`input`] reads their JSON Lines,
//! [`ruletest`] runs every rule's own examples, [`explain`] traces one
//! article; [`ansi`] holds the terminal colours the text reports share.

pub mod ansi;
pub mod diff;
pub mod eval;
pub mod explain;
pub mod graph;
pub mod input;
pub mod report;
pub mod ruletest;

/// `n` and the noun in the number `n` takes: `counted(1, "entity",
/// "entities")` is "1 entity", `counted(2, ...)` "2 entities".
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    #[test]
    fn counted_takes_the_noun_of_its_number() {
        assert_eq!(super::counted(1, "entity", "entities"), "1 entity");
        assert_eq!(super::counted(0, "entity", "entities"), "0 entities");
        assert_eq!(super::counted(3, "rule", "rules"), "3 rules");
    }
}
