//! Where rule files come from: the embedded defaults, a folder, or layers
//! of both (`--rules-extra`).

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::{Error, Result};

/// The default rule files, embedded in the binary.
pub const DEFAULT_RULES: &[(&str, &str)] = &[
    ("lexicons.toml", include_str!("../../rules/lexicons.toml")),
    ("triggers.toml", include_str!("../../rules/triggers.toml")),
    ("status.toml", include_str!("../../rules/status.toml")),
    (
        "boilerplate.toml",
        include_str!("../../rules/boilerplate.toml"),
    ),
    ("companies.txt", include_str!("../../rules/companies.txt")),
    ("outlets.txt", include_str!("../../rules/outlets.txt")),
    ("not-names.txt", include_str!("../../rules/not-names.txt")),
    ("places.txt", include_str!("../../rules/places.txt")),
    ("titles.txt", include_str!("../../rules/titles.txt")),
    (
        "given-names.txt",
        include_str!("../../rules/given-names.txt"),
    ),
    ("honorifics.txt", include_str!("../../rules/honorifics.txt")),
    (
        "legal-suffixes.txt",
        include_str!("../../rules/legal-suffixes.txt"),
    ),
    (
        "designators.txt",
        include_str!("../../rules/designators.txt"),
    ),
    ("anaphors.txt", include_str!("../../rules/anaphors.txt")),
    (
        "anaphors-two.txt",
        include_str!("../../rules/anaphors-two.txt"),
    ),
    (
        "speech-verbs.txt",
        include_str!("../../rules/speech-verbs.txt"),
    ),
    (
        "public-bodies.txt",
        include_str!("../../rules/public-bodies.txt"),
    ),
    (
        "company-nouns.txt",
        include_str!("../../rules/company-nouns.txt"),
    ),
    (
        "public-titles.txt",
        include_str!("../../rules/public-titles.txt"),
    ),
    (
        "clause-words.txt",
        include_str!("../../rules/clause-words.txt"),
    ),
    (
        "object-stops.txt",
        include_str!("../../rules/object-stops.txt"),
    ),
    (
        "prepositions.txt",
        include_str!("../../rules/prepositions.txt"),
    ),
    (
        "list-openers.txt",
        include_str!("../../rules/list-openers.txt"),
    ),
    (
        "name-particles.txt",
        include_str!("../../rules/name-particles.txt"),
    ),
    (
        "title-modifiers.txt",
        include_str!("../../rules/title-modifiers.txt"),
    ),
];

/// Where rule files come from: a set of layers, each a map from file name to
/// text. Later layers add to earlier ones (`--rules-extra`).
#[derive(Debug, Clone, Default)]
pub struct RuleSource {
    pub(super) layers: Vec<Layer>,
}

#[derive(Debug, Clone)]
pub(super) struct Layer {
    /// How file names of this layer are shown in messages (`rules/` or a path).
    pub(super) prefix: String,
    pub(super) files: BTreeMap<String, String>,
}

impl RuleSource {
    /// The rules embedded in the binary.
    pub fn embedded() -> Self {
        let files = DEFAULT_RULES
            .iter()
            .map(|(name, text)| (name.to_string(), text.to_string()))
            .collect();
        RuleSource {
            layers: vec![Layer {
                prefix: "rules/".to_string(),
                files,
            }],
        }
    }

    /// Every `.toml` and `.txt` file of a folder (not recursive).
    pub fn from_dir(dir: &Path) -> Result<Self> {
        let mut source = RuleSource::default();
        source.add_dir(dir)?;
        Ok(source)
    }

    /// Adds a folder of rules on top of what is already here.
    pub fn add_dir(&mut self, dir: &Path) -> Result<()> {
        let io = |source| Error::Io {
            path: dir.to_path_buf(),
            source,
        };
        let mut files = BTreeMap::new();
        for entry in std::fs::read_dir(dir).map_err(io)? {
            let entry = entry.map_err(io)?;
            let path = entry.path();
            let is_rule_file = matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("toml") | Some("txt")
            );
            if !is_rule_file || !path.is_file() {
                continue;
            }
            let text = std::fs::read_to_string(&path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            files.insert(entry.file_name().to_string_lossy().into_owned(), text);
        }
        let mut prefix = dir.display().to_string();
        if !prefix.ends_with('/') {
            prefix.push('/');
        }
        self.layers.push(Layer { prefix, files });
        Ok(())
    }

    /// The text of a file by the name messages show it under (an
    /// [`Origin::file`](super::Origin::file), e.g. `rules/triggers.toml`); the last layer wins.
    pub fn file_text(&self, shown: &str) -> Option<&str> {
        self.layers.iter().rev().find_map(|layer| {
            let name = shown.strip_prefix(layer.prefix.as_str())?;
            layer.files.get(name).map(String::as_str)
        })
    }

    /// Adds one file from memory (tests, `rules test` on a single rule).
    pub fn with_file(mut self, name: &str, text: &str) -> Self {
        self.layers.push(Layer {
            prefix: "rules/".to_string(),
            files: BTreeMap::from([(name.to_string(), text.to_string())]),
        });
        self
    }
}
