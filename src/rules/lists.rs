//! Rule kind `[[list]]` (`lexicons.toml`): name lists (gazetteers), each a
//! line-based `.txt` file of entries `Canonical | alias | alias`.

use std::borrow::Cow;
use std::hash::BuildHasher;

use hashbrown::{DefaultHashBuilder, HashTable, hash_table};
use serde::Deserialize;

use super::load::{Loader, RawItem};
use super::location::ItemAt;
use super::meta::raw_rule;
use super::source::Layer;
use super::strings::Strings;
use super::{Payload, RuleMeta};
use crate::pipeline::read::View;

/// Characters refused inside a list line: a byte order mark (U+FEFF) after
/// the start of a file, zero-width space (U+200B) and word joiner (U+2060).
/// They are invisible in an editor and would make an entry that never
/// matches ("\u{FEFF}Name"), so they are reported at their column (a file's
/// leading BOM is dropped when the file is read).
const INVISIBLE: [char; 3] = ['\u{feff}', '\u{200b}', '\u{2060}'];
/// What a name list holds, and so how the spotter uses its entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ListKind {
    /// Companies: `Canonical | alias | ...`.
    Company,
    /// News outlets and sites: not companies when cited as a source.
    Outlet,
    /// Capitalised words that are never a name by themselves.
    NotName,
    /// Countries, regions, cities.
    Place,
    /// Job titles.
    Title,
    /// Common given names, evidence of a person.
    GivenName,
    /// Mr, Ms, Dr, ...
    Honorific,
    /// Legal-form suffixes: Inc, Corp, AG, ... (strong company evidence).
    LegalSuffix,
    /// Words that end company names: Motors, Group, Airlines, ...
    Designator,
    /// "the company", "the carmaker": refers back to one company.
    AnaphorOne,
    /// "the two companies", "both firms": refers back to two.
    AnaphorTwo,
    /// said, says, told: speech verbs next to person names.
    SpeechVerb,
    /// Words that end names of public bodies (Commission, Ministry): such a
    /// name is never a company.
    PublicBody,
    /// Nouns that, after "the" and a few modifiers, describe a company
    /// ("the Italian car maker", "the South Korean electronics giant").
    CompanyNoun,
    /// Words of titles held outside companies (minister, union leader): such
    /// a title never takes a company from the sentence around it.
    PublicTitle,
    /// Words that open a new clause (that, which, while): the search for a
    /// trigger's subject stops at them.
    ClauseWord,
    /// Words that end a trigger's object list (to, for, said, is).
    ObjectStop,
    /// Words after a comma that continue an object list (including, such).
    ListOpener,
    /// Prepositions: a company right after one is no sentence subject.
    Preposition,
    /// Lower-case words inside names (de, van, bin): "Societe Generale de
    /// Belgique".
    NameParticle,
    /// Words that may stand inside or before a job title (senior, global).
    TitleModifier,
    /// Words right before an unknown capitalised name that make it a company
    /// ("rival", "shares of").
    CompanyCue,
    /// Words right after an unknown name or its possessive that make it a
    /// company ("shares", "chief executive", "(NYSE:", "said it would").
    CompanyHead,
    /// Job titles and occupations that the roles stage alone reads (coach,
    /// producer, prosecutor): the people and company spotters never see
    /// them, so a general word can be a title without cutting or making a
    /// name.
    RoleTitle,
    /// Common surnames: "Quennick" alone elsewhere makes a capitalised pair
    /// ending in it a person only if it is one (looked up per word).
    Surname,
    /// Titles written abbreviated with a full stop before a name ("Sen.",
    /// "Lt. Gov.", "Sgt."): the full stop ends no sentence, and the roles
    /// stage reads them as the title (looked up per word).
    TitleAbbrev,
    /// Nationality, language and religion words ("Dutch", "Welsh",
    /// "Sunni"): never the first word of a person's name (looked up per
    /// word).
    Nationality,
    /// Words that end names of businesses and institutions but make no
    /// company ("Realty", "Trust", "Associates"): a name of two or more
    /// words ending in one is no person (looked up per word).
    OrgWord,
    /// Cue words a stage asks for by list id ([`Rules::is_cue`](super::Rules::is_cue)),
    /// never by class: words passed over before a title ("new", "current"),
    /// plurals that are no title, verbs that need no "as" (roles); holder
    /// words ("existing investors X"), group nouns and "led" verbs (events).
    /// Looked up per word.
    Cue,
}

// Class masks are `u32`: one bit a kind (Cue is the last variant).
const _: () = assert!(
    (ListKind::Cue as u32) < 32,
    "more list kinds than class-mask bits"
);

impl ListKind {
    /// Bit used in per-token class masks.
    pub const fn bit(self) -> u32 {
        1 << (self as u32)
    }

    /// Function-word lists are looked up word by word, never searched for in
    /// the text: they hold the commonest words of the language.
    pub fn words_only(self) -> bool {
        matches!(
            self,
            ListKind::ClauseWord
                | ListKind::ObjectStop
                | ListKind::ListOpener
                | ListKind::Preposition
                | ListKind::NameParticle
                | ListKind::TitleModifier
                | ListKind::Surname
                | ListKind::TitleAbbrev
                | ListKind::Nationality
                | ListKind::OrgWord
                | ListKind::Cue
        )
    }

    pub(super) fn case_sensitive_default(self) -> bool {
        matches!(self, ListKind::Company | ListKind::Outlet)
    }
}

/// A declared name list.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NameList {
    /// Header.
    pub meta: RuleMeta,
    /// What the entries are.
    pub kind: ListKind,
    /// Whether matching respects case.
    pub case_sensitive: bool,
    /// The line-based file holding the entries.
    pub file: String,
}

/// One entry of a name list (one line). Its canonical form (the line's
/// first field) is [`Rules::canonical`](super::Rules::canonical).
#[derive(Debug, Clone)]
pub struct Entry {
    /// Index of its list in [`Rules::lists`](super::Rules::lists).
    pub list: usize,
    /// Line in the list file.
    pub line: usize,
}

raw_rule!(RawList {
    kind: ListKind,
    file: String,
    case: Option<String>,
});

/// Where an entry's forms go: its list's file, kind and case rule.
struct ListTarget<'a> {
    file: &'a str,
    list: usize,
    kind: ListKind,
    case_sensitive: bool,
    /// Whether each form is checked against the file's other forms ("listed
    /// twice"): not in the embedded defaults, fixed in the binary and
    /// checked by a unit test (the check was 7% of start-up).
    check_twice: bool,
}

impl Loader {
    /// Adds one `[[list]]` item and the entries of its file.
    pub(super) fn add_list(&mut self, value: RawItem<'_>, at: &ItemAt<'_>, layer: &Layer) {
        let Some((header, raw)) = self.parse_rule::<RawList>(value, at) else {
            return;
        };
        let meta = self.meta(header, at);
        let cue_lists = self
            .lists
            .iter()
            .filter(|l| l.kind == ListKind::Cue)
            .count();
        if raw.kind == ListKind::Cue && cue_lists >= MAX_CUE_LISTS {
            self.problem(
                at.file,
                at.line,
                1,
                format!(
                    "cue list `{}` is one too many: at most {MAX_CUE_LISTS} cue lists are read",
                    meta.id
                ),
            );
        }
        let case_sensitive = self.list_case(raw.case.as_deref(), raw.kind, at);
        let shown_file = format!("{}{}", layer.prefix, raw.file);
        match layer.files.get(&raw.file) {
            None => {
                let line = at.key_line("file").unwrap_or(at.line);
                self.problem(
                    at.file,
                    line,
                    1,
                    format!("list file `{}` not found beside this file", raw.file),
                );
            }
            Some(text) => {
                let target = ListTarget {
                    file: &shown_file,
                    list: self.lists.len(),
                    kind: raw.kind,
                    case_sensitive,
                    check_twice: !layer.embedded,
                };
                self.add_entries(&target, text);
            }
        }
        self.lists.push(NameList {
            meta,
            kind: raw.kind,
            case_sensitive,
            file: shown_file,
        });
    }

    /// The list's `case` key: `sensitive`, `insensitive`, or the kind's default.
    fn list_case(&mut self, case: Option<&str>, kind: ListKind, at: &ItemAt<'_>) -> bool {
        match case {
            None => kind.case_sensitive_default(),
            Some("sensitive") => true,
            Some("insensitive") => false,
            Some(other) => {
                let line = at.key_line("case").unwrap_or(at.line);
                self.problem(
                    at.file,
                    line,
                    1,
                    format!("unknown case `{other}` (expected sensitive or insensitive)"),
                );
                kind.case_sensitive_default()
            }
        }
    }

    /// Every line of a list file: one entry, each of its forms a surface and
    /// (unless the kind is looked up word by word) an automaton pattern.
    fn add_entries(&mut self, target: &ListTarget<'_>, text: &str) {
        // (The tables have room for every list's lines: `Loader::reserve_lists`.)
        let capacity = if target.check_twice {
            text.bytes().filter(|&b| b == b'\n').count() + 1
        } else {
            0
        };
        let mut seen = Seen::new(capacity, target.case_sensitive, self.hasher.clone());
        let mut forms = Vec::new();
        for (n, raw_line) in lines_of(text).enumerate() {
            let line_no = n + 1;
            if !self.entry_forms(target, line_no, raw_line, &mut forms) {
                continue;
            }
            let entry = self.entries.len() as u32;
            self.entries.push(Entry {
                list: target.list,
                line: line_no,
            });
            self.canonicals.push(forms[0]);
            for &form in &forms {
                self.add_form(target, line_no, entry, form, &mut seen);
            }
        }
    }

    /// The forms of one list line (`Canonical | alias | ...`, `#` comments
    /// dropped) into `forms`, or false for a blank or faulty line (the fault
    /// recorded).
    fn entry_forms<'t>(
        &mut self,
        target: &ListTarget<'_>,
        line_no: usize,
        raw_line: &'t str,
        forms: &mut Vec<&'t str>,
    ) -> bool {
        forms.clear();
        let (file, kind) = (target.file, target.kind);
        let invisible = || raw_line.char_indices().find(|(_, c)| INVISIBLE.contains(c));
        if let Some((col, c)) = (!raw_line.is_ascii()).then(invisible).flatten() {
            let msg = format!(
                "an invisible U+{:04X} in the entry (a byte order mark or zero-width space, \
                 often left where files were joined): remove it",
                c as u32
            );
            self.problem(file, line_no, col + 1, msg);
            return false;
        }
        // ('#' and '|' are ASCII: their byte offsets are char boundaries.)
        let comment = raw_line.bytes().position(|b| b == b'#');
        let content = raw_line[..comment.unwrap_or(raw_line.len())].trim();
        if content.is_empty() {
            return false;
        }
        if content.bytes().any(|b| b == b'|') {
            forms.extend(content.split('|').map(str::trim));
        } else {
            forms.push(content); // one form, trimmed already
        }
        if let Some((col, msg)) = form_fault(kind, raw_line, forms) {
            self.problem(file, line_no, col, msg);
            return false;
        }
        true
    }

    /// One form of entry `entry`, read as the matching view reads text
    /// (typography folded, see [`View`]): checked against the file's other forms
    /// and (companies) every other company's aliases, then added.
    fn add_form<'t>(
        &mut self,
        target: &ListTarget<'_>,
        line_no: usize,
        entry: u32,
        form: &'t str,
        seen: &mut Seen<'t>,
    ) {
        let (file, kind, case_sensitive) = (target.file, target.kind, target.case_sensitive);
        let form = matching_form(form);
        if target.check_twice && !seen.insert(form.clone()) {
            self.problem(
                file,
                line_no,
                1,
                format!("`{form}` is listed twice in this file"),
            );
            return;
        }
        if kind.words_only() {
            return; // looked up by its entry's canonical form only
        }
        let surface = self.surfaces.push(&form);
        // (A refused alias leaves its surface behind: the set then has a
        // problem and is never compiled.)
        if kind == ListKind::Company && !self.add_company_alias(target, line_no, entry, surface) {
            return;
        }
        let payload = Payload::Entry {
            entry,
            surface,
            case_sensitive,
        };
        if form.is_ascii() {
            self.add_folded_pattern(&form, payload); // folded already
        } else {
            self.add_pattern(&form, payload);
        }
    }

    /// Records surface `surface` as an alias of entry `entry`'s company;
    /// false (and a problem) when another company already has it.
    fn add_company_alias(
        &mut self,
        target: &ListTarget<'_>,
        line_no: usize,
        entry: u32,
        surface: u32,
    ) -> bool {
        let (surfaces, canonicals, hasher) = (&self.surfaces, &self.canonicals, &self.hasher);
        let form = &surfaces[surface as usize];
        let slot = self.company_aliases.entry(
            hasher.hash_one(form),
            |&(s, _)| &surfaces[s as usize] == form,
            |&(s, _)| hasher.hash_one(&surfaces[s as usize]),
        );
        let canonical = &canonicals[entry as usize];
        match slot {
            hash_table::Entry::Vacant(slot) => {
                slot.insert((surface, entry));
            }
            hash_table::Entry::Occupied(mut slot) => {
                let first_entry = slot.get().1 as usize;
                let (first, first_canonical) =
                    (&self.entries[first_entry], &canonicals[first_entry]);
                if first_canonical == canonical {
                    *slot.get_mut() = (surface, entry); // the latest place
                    return true;
                }
                let first_file = match self.lists.get(first.list) {
                    Some(list) => list.file.as_str(),
                    None => target.file, // this file: its list comes after its entries
                };
                let msg = format!(
                    "alias `{form}` is given to two companies: `{first_canonical}` ({first_file}:{}) and `{canonical}`",
                    first.line
                );
                self.problem(target.file, line_no, 1, msg);
                return false;
            }
        }
        true
    }
}

/// The lines of `text` as [`str::lines`] gives them (split at `\n`, a `\r`
/// before it dropped), found by a byte loop: list lines are a few bytes
/// long, too short for `str::lines`'s searcher to pay off.
fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        // ('\n' is ASCII: its byte offset is a char boundary.)
        let (line, next) = match rest.bytes().position(|b| b == b'\n') {
            Some(i) => {
                let line = &rest[..i];
                (line.strip_suffix('\r').unwrap_or(line), &rest[i + 1..])
            }
            None => (rest, ""),
        };
        rest = next;
        Some(line)
    })
}

/// The forms of one list file so far, for the "listed twice" check: equal
/// when their keys are (the form itself in a case-sensitive list, else its
/// lower case). An ASCII form is kept borrowed and compared ignoring ASCII
/// case, which is comparing its lower case without making it; any other
/// form of a case-insensitive list is kept as its lower case (which holds
/// no ASCII capital, so the same comparison holds for it).
struct Seen<'t> {
    forms: HashTable<Cow<'t, str>>,
    case_sensitive: bool,
    hasher: DefaultHashBuilder,
}

impl<'t> Seen<'t> {
    fn new(capacity: usize, case_sensitive: bool, hasher: DefaultHashBuilder) -> Self {
        Seen {
            forms: HashTable::with_capacity(capacity),
            case_sensitive,
            hasher,
        }
    }

    /// Adds `form`'s key; false if it was there already.
    fn insert(&mut self, form: Cow<'t, str>) -> bool {
        let key = if self.case_sensitive || form.is_ascii() {
            form
        } else {
            Cow::Owned(form.to_lowercase())
        };
        let hash = self.hash(&key);
        let (case_sensitive, hasher) = (self.case_sensitive, &self.hasher);
        let same = |a: &str, b: &str| {
            if case_sensitive {
                a == b
            } else {
                a.eq_ignore_ascii_case(b)
            }
        };
        let rehash = |k: &Cow<'t, str>| key_hash(hasher, case_sensitive, k);
        match self.forms.entry(hash, |k| same(k, &key), rehash) {
            hash_table::Entry::Occupied(_) => false,
            hash_table::Entry::Vacant(slot) => {
                slot.insert(key);
                true
            }
        }
    }

    fn hash(&self, key: &str) -> u64 {
        key_hash(&self.hasher, self.case_sensitive, key)
    }
}

/// The hash of `key` as it is, or (`case_sensitive` false) of its ASCII
/// lower case (lowered on the stack when short).
fn key_hash(hasher: &DefaultHashBuilder, case_sensitive: bool, key: &str) -> u64 {
    let mut buf = [0u8; 64];
    if case_sensitive {
        hasher.hash_one(key)
    } else if key.len() <= buf.len() {
        let lower = &mut buf[..key.len()];
        lower.copy_from_slice(key.as_bytes());
        lower.make_ascii_lowercase();
        hasher.hash_one(&*lower)
    } else {
        hasher.hash_one(key.to_ascii_lowercase().as_bytes())
    }
}

/// `form` as the article's matching view reads it: a list entry written
/// with a no-break space, a curly apostrophe, an en dash or decomposed
/// accents matches the same words as one written plainly.
pub(super) fn matching_form(form: &str) -> Cow<'_, str> {
    if form.is_ascii() {
        return Cow::Borrowed(form); // (the view folds no ASCII)
    }
    let view = View::new(form);
    if view.is_folded() {
        Cow::Owned(view.text().to_string())
    } else {
        Cow::Borrowed(form)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every cue list's words, as its entries give them, are the words
    /// `Cues` finds for its id, and no other list's id finds them unless
    /// that list holds them too.
    #[test]
    fn the_cue_words_of_each_list_are_found_by_its_id_and_no_other() {
        let rules = crate::Rules::default_rules().unwrap();
        let mut by_list: Vec<hashbrown::HashSet<String>> =
            vec![Default::default(); rules.lists.len()];
        for (e, canonical) in rules.entries.iter().zip(rules.canonicals.iter()) {
            by_list[e.list].insert(canonical.to_lowercase());
        }
        let cue_lists: Vec<usize> = (0..rules.lists.len())
            .filter(|&i| rules.lists[i].kind == ListKind::Cue)
            .collect();
        assert!(cue_lists.len() > 64, "the bits span several u64s");
        for &i in &cue_lists {
            let id = rules.lists[i].meta.id.as_str();
            let mut found: Vec<&str> = rules.cues.words_of(id);
            found.sort_unstable();
            let mut want: Vec<&str> = by_list[i].iter().map(String::as_str).collect();
            want.sort_unstable();
            assert_eq!(found, want, "{id}");
            for &j in &cue_lists {
                let other = rules.lists[j].meta.id.as_str();
                for w in &want {
                    assert_eq!(
                        rules.cues.contains(other, w.as_bytes()),
                        by_list[j].contains(*w),
                        "{other} {w}"
                    );
                }
            }
        }
        assert!(!rules.cues.contains("no-such-list", b"the"));
        assert!(!rules.cues.contains("month-names", b"quennick"));
        assert!(rules.cues.words_of("no-such-list").is_empty());
    }

    fn seen(case_sensitive: bool) -> Seen<'static> {
        Seen::new(4, case_sensitive, DefaultHashBuilder::default())
    }

    #[test]
    fn a_form_is_seen_twice_in_lower_case_unless_the_list_keeps_case() {
        let mut s = seen(false);
        assert!(s.insert(Cow::Borrowed("Quennick")));
        assert!(!s.insert(Cow::Borrowed("QUENNICK")));
        assert!(!s.insert(Cow::Borrowed("quennick")));
        assert!(s.insert(Cow::Borrowed("Quennicks")));
        assert!(s.insert(Cow::Borrowed("Zoë Varn")));
        assert!(!s.insert(Cow::Borrowed("ZOË VARN")));
        assert!(s.insert(Cow::Borrowed("Zoe Varn")));
        let long = "Zentrix ".repeat(12);
        assert!(s.insert(Cow::Owned(long.clone())));
        assert!(!s.insert(Cow::Owned(long.to_uppercase())));
        let mut s = seen(true);
        assert!(s.insert(Cow::Borrowed("Zorblax")));
        assert!(s.insert(Cow::Borrowed("ZORBLAX")));
        assert!(!s.insert(Cow::Borrowed("Zorblax")));
        assert!(s.insert(Cow::Borrowed("Zoë")));
        assert!(s.insert(Cow::Borrowed("ZOË")));
    }

    /// Loading skips the "listed twice" check for the embedded defaults:
    /// they pass it (loaded here as a folder's files, checked in full).
    #[test]
    fn the_embedded_lists_pass_the_listed_twice_check() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/rules");
        let source = crate::rules::RuleSource::from_dir(std::path::Path::new(dir)).unwrap();
        if let Err(e) = crate::rules::Rules::load(&source) {
            panic!("{e}");
        }
    }

    proptest::proptest! {
        #[test]
        fn list_lines_are_the_lines_of_str(text in "[a\r\n ]{0,12}") {
            let ours: Vec<&str> = lines_of(&text).collect();
            let std: Vec<&str> = text.lines().collect();
            proptest::prop_assert_eq!(ours, std);
        }
    }
}

/// The first fault of the forms `forms` of list line `raw_line` in a list
/// of `kind`, as (column, message): an empty form, aliases outside a
/// company or outlet list, or a form without a letter or digit.
fn form_fault(kind: ListKind, raw_line: &str, forms: &[&str]) -> Option<(usize, String)> {
    if let Some(pos) = forms.iter().position(|f| f.is_empty()) {
        let col = raw_line.find('|').map_or(1, |c| c + 1);
        return Some((col, format!("empty name in entry (field {})", pos + 1)));
    }
    if kind != ListKind::Company && forms.len() > 1 && kind != ListKind::Outlet {
        let msg = "aliases (`|`) are only allowed in company and outlet lists";
        return Some((1, msg.to_string()));
    }
    if forms
        .iter()
        .any(|f| f.chars().all(|c| !c.is_alphanumeric()))
    {
        return Some((1, "a name needs at least one letter or digit".to_string()));
    }
    None
}

/// The words of the `cue` lists, each list one bit (its place among them,
/// the first [`MAX_CUE_LISTS`] only): small cue-word lists a stage asks for
/// by id.
///
/// Asked per word, [`Cues::contains_code`] hashes the word (as bytes: a
/// word lowered on the stack needs no UTF-8 check) and finds the list by
/// its place in [`super::CODE_CUE_LISTS`], mapped to its bit at load;
/// [`Cues::contains`], for any other id, also hashes the id (only for a
/// word in some cue list).
#[derive(Debug, Default)]
pub(super) struct Cues {
    ids: Vec<String>,
    /// Each id's place in `ids`: [`Cues::contains`] hashes the id once
    /// rather than comparing it with every id (a stage asks per word).
    slots: hashbrown::HashMap<String, u32>,
    /// Each word's list bits, keyed by its bytes.
    words: hashbrown::HashMap<Box<[u8]>, CueBits>,
    /// The place in `ids` of each list of [`super::CODE_CUE_LISTS`] (by its
    /// place there), `u16::MAX` when not loaded.
    code: Vec<u16>,
}

/// How many `cue` lists are read (one bit each). The defaults hold at most
/// half as many (a test in tests/lexicons.rs checks; `tieup rules test`
/// prints how many there are), and a rules folder with more is a load error
/// at the first list too many.
pub(crate) const MAX_CUE_LISTS: usize = 512;

/// One bit per cue list: the lists (by place in [`Cues::ids`]) a word is in.
pub(super) type CueBits = [u64; MAX_CUE_LISTS / 64];

/// Whether `bits` has the bit of cue list `slot`.
#[inline]
fn has_bit(bits: &CueBits, slot: usize) -> bool {
    bits[slot / 64] >> (slot % 64) & 1 != 0
}

impl Cues {
    /// The one-word entries of the `cue` lists among `entries` (canonical
    /// forms `canonicals`).
    pub(super) fn build(lists: &[NameList], entries: &[Entry], canonicals: &Strings) -> Self {
        let mut cues = Cues::default();
        let mut slots = vec![None; lists.len()];
        for (i, list) in lists.iter().enumerate() {
            if list.kind == ListKind::Cue && cues.ids.len() < MAX_CUE_LISTS {
                slots[i] = Some(cues.ids.len());
                // A repeated id keeps its first place, as a scan of `ids` finds.
                let slot = cues.ids.len() as u32;
                cues.slots.entry(list.meta.id.clone()).or_insert(slot);
                cues.ids.push(list.meta.id.clone());
            }
        }
        for (e, canonical) in entries.iter().zip(canonicals.iter()) {
            if let Some(slot) = slots[e.list] {
                let word = canonical.to_lowercase().into_bytes().into_boxed_slice();
                cues.words.entry(word).or_default()[slot / 64] |= 1 << (slot % 64);
            }
        }
        let code = super::CODE_CUE_LISTS
            .iter()
            .map(|id| cues.slots.get(*id).map_or(u16::MAX, |&s| s as u16));
        cues.code = code.collect();
        cues
    }

    /// Whether the lower-case `word` (its bytes) is in the list at place
    /// `k` of [`super::CODE_CUE_LISTS`].
    pub(super) fn contains_code(&self, k: usize, word: &[u8]) -> bool {
        let Some(bits) = self.words.get(word) else {
            return false;
        };
        let slot = self.code[k] as usize;
        slot != u16::MAX as usize && has_bit(bits, slot)
    }

    /// Per list (by place in `ids`), its place in [`super::CODE_CUE_LISTS`],
    /// or `u16::MAX` for a list the code does not read by id.
    pub(super) fn code_places(&self) -> Vec<u16> {
        let mut places = vec![u16::MAX; self.ids.len()];
        for (k, &slot) in self.code.iter().enumerate() {
            if slot != u16::MAX {
                places[slot as usize] = k as u16;
            }
        }
        places
    }

    /// The places in [`super::CODE_CUE_LISTS`] of the lists the lower-case
    /// `word` (its bytes) is in, as bits (`N` words of 64), or `None` when
    /// it is in none of them; `places` is [`Cues::code_places`].
    pub(super) fn code_bits<const N: usize>(
        &self,
        word: &[u8],
        places: &[u16],
    ) -> Option<[u64; N]> {
        Self::code_of(self.words.get(word)?, places)
    }

    /// [`Cues::code_bits`] of a word whose list bits are `bits`.
    pub(super) fn code_of<const N: usize>(bits: &CueBits, places: &[u16]) -> Option<[u64; N]> {
        let mut code = [0u64; N];
        for (w, &word_bits) in bits.iter().enumerate() {
            let mut rest = word_bits;
            while rest != 0 {
                let slot = w * 64 + rest.trailing_zeros() as usize;
                rest &= rest - 1;
                let k = places[slot] as usize;
                if k != u16::MAX as usize {
                    code[k / 64] |= 1 << (k % 64);
                }
            }
        }
        (code != [0; N]).then_some(code)
    }

    /// Every word of the cue lists that is ASCII and one word (no space):
    /// those a token may spell, with each word's list bits.
    pub(super) fn ascii_entries(&self) -> impl Iterator<Item = (&str, &CueBits)> {
        self.words
            .iter()
            .filter(|(w, _)| w.is_ascii() && !w.contains(&b' '))
            .map(|(w, bits)| (std::str::from_utf8(w).expect("a lower-cased str"), bits))
    }

    /// The words of the list with id `id`, in no order.
    pub(super) fn words_of(&self, id: &str) -> Vec<&str> {
        let Some(slot) = self.ids.iter().position(|l| l == id) else {
            return Vec::new();
        };
        self.words
            .iter()
            .filter(|(_, bits)| has_bit(bits, slot))
            .map(|(w, _)| std::str::from_utf8(w).expect("a lower-cased str"))
            .collect()
    }

    /// Whether the lower-case `word` (its bytes) is in the list with id
    /// `id`.
    pub(super) fn contains(&self, id: &str, word: &[u8]) -> bool {
        // Most words are in no cue list: look the word up before the id.
        let Some(bits) = self.words.get(word) else {
            return false;
        };
        self.slot(id).is_some_and(|slot| has_bit(bits, slot))
    }

    /// The place in `ids` of list `id` (its first, for an id declared
    /// twice), if it is a cue list's.
    #[inline]
    fn slot(&self, id: &str) -> Option<usize> {
        self.slots.get(id).map(|&slot| slot as usize)
    }
}
